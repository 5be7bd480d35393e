// The notice and issue model: the one contract between the parser, the MDX writer and the site.
import { z } from 'astro/zod';

/** A doc number (文号) in canonical form, e.g. 柳政发〔2024〕3号, and its parts. */
export const DocNumberSchema = z.object({
  text: z.string().describe('Canonical text: prefix〔year〕number号, or prefix第number号 for an order (柳州市人民政府令第20号).'),
  prefix: z.string().describe('Issuer abbreviation and kind, e.g. 柳政发, 柳政规, 国发; for an order the authority\'s name and 令.'),
  year: z.number().int().optional().describe('Year in the brackets 〔〕; absent for an order, whose numbers run across years.'),
  number: z.number().int().describe('Serial number before 号.'),
});
export type DocNumber = z.infer<typeof DocNumberSchema>;
/** A doc number's three parts, without its text. */
export type DocNumberParts = Pick<DocNumber, 'prefix' | 'year' | 'number'>;

/** A 1-based line range [first, last] in the seed file. */
export const LineRangeSchema = z.tuple([z.number().int(), z.number().int()]);

/** A doc number in a text of the model: where it stands in that text and what it reads as; found once, rendered as a link. */
export const DocRefSchema = z.object({
  index: z.number().int().describe('0-based offset (UTF-16) of the doc number as printed in the text.'),
  length: z.number().int().describe('Length (UTF-16) of the doc number as printed.'),
  docNumber: DocNumberSchema,
});
export type DocRef = z.infer<typeof DocRefSchema>;

/** A doc number cited in a notice's text, with where it stands. */
export const CiteSchema = z.object({
  docNumber: DocNumberSchema,
  line: z.number().int().describe('1-based seed line where the block holding the citation starts.'),
  column: z.number().int().describe('0-based offset (UTF-16) of the citation within that block\'s text.'),
  quotedTitle: z.string().optional().describe('The cited document\'s title when the text quotes it right before the number: 《title》（文号）.'),
});
export type Cite = z.infer<typeof CiteSchema>;

/** What a notice's own text says about it, with the sentence that says it and the seed line it stands on. */
export const EffectSchema = z.object({
  kind: z.enum(['in-force-from', 'valid-until', 'abolishes-unnumbered']).describe('in-force-from: 施行日期; valid-until: the last day of its 有效期; abolishes-unnumbered: it abolishes a document it names in words.'),
  date: z.string().optional().describe('ISO date, for in-force-from and valid-until.'),
  sentence: z.string().describe('The sentence, verbatim.'),
  line: z.number().int().describe('The seed line of the block that holds the sentence.'),
});
export type Effect = z.infer<typeof EffectSchema>;

/** How much of a document a notice abolishes: the whole document or some of its provisions. */
export const AbolitionScopeSchema = z.enum(['whole', 'part']);
export type AbolitionScope = z.infer<typeof AbolitionScopeSchema>;

/** A relation a notice states about a document it cites, with the sentence that states it. */
export const RelationSchema = z.object({
  kind: z.enum(['abolishes', 'amends', 'implements']).describe('abolishes: it abolishes the document (废止); amends: it amends it (修改); implements: it rests on it (根据, 贯彻落实 …).'),
  target: DocNumberSchema.describe('The other document\'s doc number.'),
  scope: AbolitionScopeSchema.optional().describe('For abolishes: \'whole\' when the whole document is abolished; \'part\' when only some provisions are.'),
  verb: z.string().optional().describe('For implements: the verb as printed, e.g. 根据, 贯彻落实.'),
  sentence: z.string().describe('The sentence, verbatim.'),
  line: z.number().int().describe('The seed line of the block that holds the sentence.'),
});
export type Relation = z.infer<typeof RelationSchema>;

/** A document the notice publishes (印发), named by its title; target is the anchor of its text in the notice when there. */
export const PublicationSchema = z.object({
  title: z.string().describe('The published document\'s title, as the notice names it.'),
  target: z.string().optional().describe('Anchor of its text on the notice page (an attachment or a title heading), when the notice prints it.'),
  sentence: z.string().describe('The title or sentence that says it is published (印发), verbatim.'),
  line: z.number().int().describe('The seed line of that sentence.'),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** Heading marker styles of Chinese official documents, in their conventional rank. */
export const HeadingStyleSchema = z.enum(['第一章', '第一节', '一、', '（一）', '1.', '（1）', 'title']);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;

const lines = LineRangeSchema;
/** The doc numbers in a block's text, in order. */
const refs = z.array(DocRefSchema);

export const HeadingBlockSchema = z.object({
  kind: z.literal('heading'),
  level: z.number().int().min(2).max(6).describe('HTML heading level (2–6) within the notice page; the notice title is level 1.'),
  style: HeadingStyleSchema,
  text: z.string(),
  id: z.string().describe('Stable anchor (github-slugger, as rehype-slug would give).'),
  refs,
  lines,
});
export const ParagraphBlockSchema = z.object({ kind: z.literal('paragraph'), text: z.string(), refs, lines });
/** An article (条) of a regulation: its label as printed and the text of its first paragraph (款); later 款 are paragraphs. */
export const ArticleBlockSchema = z.object({
  kind: z.literal('article'),
  level: z.number().int().min(2).max(6).describe('HTML heading level of the label: one below the 章 or 节 it stands in.'),
  label: z.string().describe('The label as printed, e.g. 第三条.'),
  number: z.number().int().min(1).describe('The article\'s number, 3 for 第三条.'),
  id: z.string().describe('Stable ASCII anchor, tiao-3 (tiao-3-1 for a second 第三条 in the notice).'),
  text: z.string().describe('The text after the label, to the end of its first paragraph.'),
  refs: refs.describe('The doc numbers in the text after the label.'),
  lines,
});
export const ListBlockSchema = z.object({
  kind: z.literal('list'),
  variant: z.enum(['roster', 'notes']).describe('\'roster\' for name lists (name + unit per line); \'notes\' for 附注-style items.'),
  items: z.array(z.object({ text: z.string(), line: z.number().int(), refs })),
  lines,
});
export const TableRowSchema = z.object({
  cells: z.array(z.string()),
  line: z.number().int(),
  continuation: z.boolean().describe('A row that starts with empty cells continues the item above it.'),
  refs: z.array(refs).describe('The doc numbers in each cell.'),
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
  label: z.string().describe('The verbatim label, e.g. 附件： or 附件1：.'),
  title: z.string(),
  target: z.string().optional().describe('Anchor of the attachment section when the attachment is in the text.'),
  refs: refs.describe('The doc numbers in the title.'),
  lines,
});

export const BlockSchema = z.discriminatedUnion('kind', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ArticleBlockSchema,
  ListBlockSchema,
  TableBlockSchema,
  AttachmentRefBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ArticleBlock = z.infer<typeof ArticleBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type AttachmentRefBlock = z.infer<typeof AttachmentRefBlockSchema>;

/** An attachment section: the 附件 label, its title, and its content. */
export const AttachmentSchema = z.object({
  label: z.string().describe('Verbatim label, e.g. 附件 or 附件2.'),
  title: z.string().describe('The attachment\'s title as printed above it.'),
  titleRefs: refs.describe('The doc numbers in the title.'),
  id: z.string().describe('Anchor of the attachment\'s heading.'),
  blocks: z.array(BlockSchema),
  lines,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const NoticeSchema = z.object({
  slug: z.string().describe('URL slug, ASCII: from the doc number (liuzhengfa-2024-3), or from the issue and the item\'s order when it has none (2024-04-item-8).'),
  docNumber: DocNumberSchema.optional().describe('Absent for an item printed without one (公告, 政策解读 …).'),
  docNumberText: z.string().optional().describe('The doc number exactly as printed in the header (an order\'s two lines joined; a joint document\'s numbers together).'),
  otherDocNumbers: z.array(DocNumberSchema).optional().describe('A jointly issued document\'s further doc numbers, one per issuing authority, after the first.'),
  form: z.enum(['dated', 'order', 'unnumbered']).describe('dated: the title, then the date and doc number, then the text; order: the order\'s name and number head it, and its date (公布日期) follows the signer inside the text; unnumbered: the title, then the text, with no doc number.'),
  title: z.string(),
  titleSource: z.enum(['body', 'toc']).describe('\'body\' when the title is printed above the notice; \'toc\' when only the table of contents has it.'),
  date: z.string().describe('Issuing date, ISO yyyy-mm-dd; for an unnumbered item without a date in its text, the issue\'s date.'),
  dateText: z.string().optional().describe('The date exactly as printed; absent when the item prints none.'),
  authority: z.string(),
  type: z.string().describe('Document type (文种) read from the end of the title: 通知, 决定, 意见 …'),
  addressee: z.string().optional().describe('The addressee line (主送机关), when present.'),
  signer: z.string().optional().describe('For an order: the signer line as printed, e.g. 市长  某某某.'),
  passedAt: z.string().optional().describe('For an order: the meeting that passed it, from its promulgation sentence, e.g. 2024年3月1日市人民政府第30次常务会议.'),
  blocks: z.array(BlockSchema),
  attachments: z.array(AttachmentSchema),
  startPage: z.number().int().optional().describe('Printed page where the notice starts, from the table of contents.'),
  endPage: z.number().int().optional().describe('Last printed page, derived from the next notice\'s start page; absent for the last notice.'),
  order: z.number().int().describe('1-based position of the notice in its issue.'),
  section: z.string().optional().describe('The table of contents section it is printed under, e.g. 市政府文件.'),
  cites: z.array(CiteSchema),
  relations: z.array(RelationSchema),
  publishes: z.array(PublicationSchema).describe('Documents it publishes (关于印发《…》的通知).'),
  effects: z.array(EffectSchema).describe('What its own text says about when it applies and what it ends.'),
  sourceLines: LineRangeSchema.describe('Lines of the seed that hold this notice, title to last line.'),
  pdfPages: LineRangeSchema.optional().describe('For an issue read from its PDF: the PDF pages (1-based, as file.pdf#page=N counts) the notice begins and ends on.'),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const TocEntrySchema = z.object({
  title: z.string(),
  docNumber: DocNumberSchema.optional(),
  otherDocNumbers: z.array(DocNumberSchema).optional().describe('A jointly issued document\'s further doc numbers.'),
  page: z.number().int(),
  line: z.number().int(),
  section: z.string().optional().describe('The section heading the entry stands under (【市政府文件】 → 市政府文件), when the table of contents has sections.'),
});
export type TocEntry = z.infer<typeof TocEntrySchema>;

export const ColophonSchema = z.object({
  supervisor: z.string().optional().describe('主管'),
  publisher: z.string().optional().describe('主办'),
  phone: z.string().optional().describe('联系电话'),
  fields: z.array(z.object({ label: z.string(), value: z.string() })).describe('Every colophon line as printed, label and value.'),
});

export const IssueSchema = z.object({
  id: z.string().describe('Stable id, e.g. 2024-03.'),
  gazette: z.string(),
  year: z.number().int(),
  number: z.number().int().describe('期 within the year.'),
  cumulative: z.number().int().describe('总第N期.'),
  date: z.string().describe('Publication date, ISO.'),
  colophon: ColophonSchema,
  toc: z.array(TocEntrySchema),
  notices: z.array(NoticeSchema),
  source: z.string().describe('Seed file name the issue came from.'),
  original: z.object({
    file: z.string().describe('File name of the PDF the issue was read from, e.g. 2024-03.pdf: the site serves it as it is.'),
    pages: z.number().int().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the PDF, so a copy fetched from anywhere can be checked against the one read.'),
  }).optional().describe('The PDF the issue was read from; absent for an issue from a text seed.'),
  identityLine: z.number().int().describe('Seed line that states the issue\'s identity, e.g. (2024年第3期，总第153期).'),
});
export type Issue = z.infer<typeof IssueSchema>;

/** A model value as it stands before the issue's doc-number prefixes are known: its texts without their doc-number refs. */
export type WithoutRefs<T> = T extends readonly unknown[]
  ? { [K in keyof T]: WithoutRefs<T[K]> }
  : T extends object
    ? { [K in keyof T as K extends 'refs' | 'titleRefs' ? never : K]: WithoutRefs<T[K]> }
    : T;
