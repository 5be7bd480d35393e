// The notice and issue model: the one contract between the parser, the MDX writer and the site.
import { z } from 'astro/zod';

/** A doc number (文号) in canonical form, e.g. 柳政发〔2024〕3号, and its parts. */
export const DocNumberSchema = z.object({
  /** Canonical text: prefix〔year〕number号. */
  text: z.string(),
  /** Issuer abbreviation and kind, e.g. 柳政发, 柳政规, 国发. */
  prefix: z.string(),
  year: z.number().int(),
  number: z.number().int(),
});
export type DocNumber = z.infer<typeof DocNumberSchema>;
/** A doc number's three parts, without its text. */
export type DocNumberParts = Pick<DocNumber, 'prefix' | 'year' | 'number'>;

/** A 1-based line range [first, last] in the seed file. */
export const LineRangeSchema = z.tuple([z.number().int(), z.number().int()]);

/** A doc number cited in a notice's text, with where it stands. */
export const CitationSchema = z.object({
  docNumber: z.string(),
  /** 1-based seed line where the block holding the citation starts. */
  line: z.number().int(),
  /** 0-based offset (UTF-16) of the citation within that block's text. */
  column: z.number().int(),
  /** The cited document's title when the text quotes it right before the number: 《title》（文号）. */
  quotedTitle: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** What a notice's own text says about it, with the sentence that says it and the seed line it stands on. */
export const EffectSchema = z.object({
  /** in-force-from: 施行日期; valid-until: the last day of its 有效期; abolishes-unnumbered: it abolishes a document it names in words. */
  kind: z.enum(['in-force-from', 'valid-until', 'abolishes-unnumbered']),
  /** ISO date, for in-force-from and valid-until. */
  date: z.string().optional(),
  /** The sentence, verbatim. */
  sentence: z.string(),
  line: z.number().int(),
});
export type Effect = z.infer<typeof EffectSchema>;

/** A relation a notice states about a document it cites, with the sentence that states it. */
export const RelationSchema = z.object({
  /** abolishes: it abolishes the document (废止); amends: it amends it (修改); implements: it rests on it (根据, 贯彻落实 …). */
  kind: z.enum(['abolishes', 'amends', 'implements']),
  /** The other document's doc number. */
  target: z.string(),
  /** For abolishes: 'whole' when the whole document is abolished; 'part' when only some provisions are. */
  scope: z.enum(['whole', 'part']).optional(),
  /** For implements: the verb as printed, e.g. 根据, 贯彻落实. */
  verb: z.string().optional(),
  /** The sentence, verbatim. */
  sentence: z.string(),
  line: z.number().int(),
});
export type Relation = z.infer<typeof RelationSchema>;

/** A document the notice publishes (印发), named by its title; target is the anchor of its text in the notice when there. */
export const PublicationSchema = z.object({
  title: z.string(),
  target: z.string().optional(),
  sentence: z.string(),
  line: z.number().int(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** Heading marker styles of Chinese official documents, in their conventional rank. */
export const HeadingStyleSchema = z.enum(['一、', '（一）', '1.', '（1）', 'title']);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;

const lines = LineRangeSchema;

export const HeadingBlockSchema = z.object({
  kind: z.literal('heading'),
  /** HTML heading level (2–6) within the notice page; the notice title is level 1. */
  level: z.number().int().min(2).max(6),
  style: HeadingStyleSchema,
  text: z.string(),
  /** Stable anchor (github-slugger, as rehype-slug would give). */
  id: z.string(),
  lines,
});
export const ParagraphBlockSchema = z.object({ kind: z.literal('paragraph'), text: z.string(), lines });
export const ListBlockSchema = z.object({
  kind: z.literal('list'),
  /** 'roster' for name lists (name + unit per line); 'notes' for 附注-style items. */
  variant: z.enum(['roster', 'notes']),
  items: z.array(z.object({ text: z.string(), line: z.number().int() })),
  lines,
});
export const TableRowSchema = z.object({
  cells: z.array(z.string()),
  line: z.number().int(),
  /** A row that starts with empty cells continues the item above it. */
  continuation: z.boolean(),
});
export const TableBlockSchema = z.object({
  kind: z.literal('table'),
  caption: z.string().optional(),
  header: z.array(z.string()),
  rows: z.array(TableRowSchema),
  lines,
});
export const AttachmentRefBlockSchema = z.object({
  kind: z.literal('attachment-ref'),
  /** The verbatim label, e.g. 附件： or 附件1：. */
  label: z.string(),
  title: z.string(),
  /** Anchor of the attachment section when the attachment is in the text. */
  target: z.string().optional(),
  lines,
});

export const BlockSchema = z.discriminatedUnion('kind', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ListBlockSchema,
  TableBlockSchema,
  AttachmentRefBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type AttachmentRefBlock = z.infer<typeof AttachmentRefBlockSchema>;

/** An attachment section: the 附件 label, its title, and its content. */
export const AttachmentSchema = z.object({
  /** The verbatim label line, e.g. 附件 or 附件2. */
  label: z.string(),
  title: z.string(),
  id: z.string(),
  blocks: z.array(BlockSchema),
  lines,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const NoticeSchema = z.object({
  /** URL slug, ASCII, derived from the doc number. */
  slug: z.string(),
  docNumber: DocNumberSchema,
  /** The doc number exactly as printed in the header. */
  docNumberText: z.string(),
  title: z.string(),
  /** 'body' when the title is printed above the notice; 'toc' when only the table of contents has it. */
  titleSource: z.enum(['body', 'toc']),
  /** Issuing date, ISO yyyy-mm-dd. */
  date: z.string(),
  /** The date exactly as printed. */
  dateText: z.string(),
  authority: z.string(),
  /** Document type (文种) read from the end of the title: 通知, 决定, 意见 … */
  type: z.string(),
  /** The addressee line (主送机关), when present. */
  addressee: z.string().optional(),
  blocks: z.array(BlockSchema),
  attachments: z.array(AttachmentSchema),
  /** Printed page where the notice starts, from the table of contents. */
  startPage: z.number().int().optional(),
  /** Last printed page, derived from the next notice's start page; absent for the last notice. */
  endPage: z.number().int().optional(),
  /** 1-based position of the notice in its issue. */
  order: z.number().int(),
  cites: z.array(CitationSchema),
  relations: z.array(RelationSchema),
  /** Documents it publishes (关于印发《…》的通知). */
  publishes: z.array(PublicationSchema),
  /** What its own text says about when it applies and what it ends. */
  effects: z.array(EffectSchema),
  /** Lines of the seed that hold this notice, title to last line. */
  sourceLines: LineRangeSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;

export const TocEntrySchema = z.object({
  title: z.string(),
  docNumber: z.string().optional(),
  page: z.number().int(),
  line: z.number().int(),
});
export type TocEntry = z.infer<typeof TocEntrySchema>;

export const ColophonSchema = z.object({
  /** 主管 */
  supervisor: z.string().optional(),
  /** 主办 */
  publisher: z.string().optional(),
  /** 联系电话 */
  phone: z.string().optional(),
  /** Every colophon line as printed, label and value. */
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
});

export const IssueSchema = z.object({
  /** Stable id, e.g. 2024-03. */
  id: z.string(),
  gazette: z.string(),
  year: z.number().int(),
  /** 期 within the year. */
  number: z.number().int(),
  /** 总第N期. */
  cumulative: z.number().int(),
  /** Publication date, ISO. */
  date: z.string(),
  colophon: ColophonSchema,
  toc: z.array(TocEntrySchema),
  notices: z.array(NoticeSchema),
  /** Seed file name the issue came from. */
  source: z.string(),
  /** Seed line that states the issue's identity, e.g. (2024年第3期，总第153期). */
  identityLine: z.number().int(),
});
export type Issue = z.infer<typeof IssueSchema>;
