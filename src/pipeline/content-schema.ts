// The content/ contract as zod schemas: the ingest validates what it writes with them, the site reads with them.
import { z } from 'astro/zod';
import { ColophonSchema, EffectSchema, PublicationSchema, TocEntrySchema as PrintedTocEntrySchema } from './model.ts';

/** ISO date yyyy-mm-dd; YAML may hand an unquoted date over as a Date, which is turned back into its ISO day. */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
);

/** A notice's scope of abolition: the whole document or some of its provisions. */
export const ScopeSchema = z.enum(['whole', 'part']);
export type Scope = z.infer<typeof ScopeSchema>;

/** Parts of a canonical doc number 柳政发〔2024〕3号. */
export const DocNumberPartsSchema = z.object({
  /** Issuer abbreviation and kind, e.g. 柳政发. */
  prefix: z.string(),
  year: z.number().int(),
  number: z.number().int(),
});

/** Another document and how it relates to this notice, with the sentence that says so. */
export const RelatedDocumentSchema = z.object({
  docNumber: z.string(),
  /** The other document's slug: its notice when archived, else its entry in the doc-number index. */
  slug: z.string(),
  /** Its title: the archived notice's, else as the citing text quotes it; absent when neither is known. */
  title: z.string().optional(),
  /** Whether the archive holds the other document. */
  archived: z.boolean(),
  /** For abolishes and abolishedBy: the whole document or some of its provisions. */
  scope: ScopeSchema.optional(),
  /** For implements and implementedBy: the verb as printed, e.g. 根据, 贯彻落实. */
  verb: z.string().optional(),
  /** The sentence that states the relation, verbatim, in the notice that states it (this one, or the other for …By). */
  sentence: z.string(),
  /** The seed line of that sentence, in the stating notice's source. */
  line: z.number().int(),
});
export type RelatedDocument = z.infer<typeof RelatedDocumentSchema>;

/** An archived notice that is the same document for another year: same title once its years are taken out. */
export const OtherYearSchema = z.object({
  docNumber: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Its issuing date. */
  date: IsoDateSchema,
});

/** The documents related to a notice, grouped by relation; every group is present, empty when none. */
export const RelatedSchema = z.object({
  /** Documents this notice abolishes (废止), wholly or in part. */
  abolishes: z.array(RelatedDocumentSchema),
  /** Archived notices that abolish this one. */
  abolishedBy: z.array(RelatedDocumentSchema),
  /** Documents this notice amends (修改, 修正). */
  amends: z.array(RelatedDocumentSchema),
  /** Archived notices that amend this one. */
  amendedBy: z.array(RelatedDocumentSchema),
  /** Documents this notice rests on (根据, 按照, 为贯彻落实…). */
  implements: z.array(RelatedDocumentSchema),
  /** Archived notices that rest on this one. */
  implementedBy: z.array(RelatedDocumentSchema),
  /** Documents this notice publishes (印发); target is the anchor of the published text on the notice page. */
  publishes: z.array(PublicationSchema),
  /** The same document for other years, by date. */
  otherYears: z.array(OtherYearSchema),
});
export type Related = z.infer<typeof RelatedSchema>;

export const AttachmentSchema = z.object({
  /** Verbatim label, e.g. 附件 or 附件2. */
  label: z.string(),
  title: z.string(),
  /** Anchor of the attachment's heading. */
  id: z.string(),
});

export const OutlineEntrySchema = z.object({
  /** Heading level 2–6 (the notice title is the h1). */
  level: z.number().int().min(2).max(6),
  text: z.string(),
  /** Anchor id of the heading in the rendered body. */
  id: z.string(),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

/** Notice metadata as in content/notices.json (the MDX frontmatter minus outline). */
export const NoticeMetaSchema = z.object({
  /** ASCII slug from the doc number, e.g. liuzhengfa-2024-3; also the entry id. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  /** 'toc' when the title was printed only in the issue's table of contents. */
  titleSource: z.enum(['body', 'toc']),
  /** Canonical doc number, e.g. 柳政发〔2024〕3号. */
  docNumber: z.string(),
  docNumberParts: DocNumberPartsSchema,
  /** Issuing date. */
  date: IsoDateSchema,
  authority: z.string(),
  /** Document type (文种): 通知, 决定, 意见 … */
  type: z.string(),
  /** Addressee line (主送机关), when printed. */
  addressee: z.string().optional(),
  /** Issue id, e.g. 2024-03. */
  issue: z.string(),
  /** e.g. 2024年第3期. */
  issueLabel: z.string(),
  /** 1-based position in the issue. */
  order: z.number().int().min(1),
  /** Printed page where the notice starts. */
  startPage: z.number().int().optional(),
  /** Last printed page; absent for an issue's last notice. */
  endPage: z.number().int().optional(),
  /** Doc numbers cited in the text, unique, in order of first citation. */
  cites: z.array(z.string()),
  related: RelatedSchema,
  /** What the notice's own text says about when it applies and what it ends, with the sentences as evidence. */
  effects: z.array(EffectSchema),
  attachments: z.array(AttachmentSchema),
  /** First and last seed line of the notice. */
  sourceLines: z.tuple([z.number().int(), z.number().int()]),
  /** Seed file, e.g. seeds/2024-03.txt. */
  sourceFile: z.string(),
});
export type NoticeMeta = z.infer<typeof NoticeMetaSchema>;

/** The full MDX frontmatter. */
export const NoticeFrontmatterSchema = NoticeMetaSchema.extend({
  /** Headings in order, for the notice's outline. */
  outline: z.array(OutlineEntrySchema),
});
export type NoticeFrontmatter = z.infer<typeof NoticeFrontmatterSchema>;

/** A table-of-contents entry as printed (without its seed line), and the slug of its notice. */
export const TocEntrySchema = PrintedTocEntrySchema.omit({ line: true }).extend({
  /** Notice slug when the entry's notice is archived. */
  slug: z.string().optional(),
});
export type TocEntry = z.infer<typeof TocEntrySchema>;

export const IssueSchema = z.object({
  /** e.g. 2024-03. */
  id: z.string().regex(/^\d{4}-\d{2}$/),
  /** Gazette name, 柳州市人民政府公报. */
  gazette: z.string(),
  year: z.number().int(),
  /** 期 within the year. */
  number: z.number().int(),
  /** 总第N期. */
  cumulative: z.number().int(),
  /** Publication date. */
  date: IsoDateSchema,
  /** e.g. 2024年第3期. */
  label: z.string(),
  colophon: ColophonSchema,
  /** Seed file the issue came from. */
  source: z.string(),
  /** Table of contents in printed order. */
  toc: z.array(TocEntrySchema),
  /** Notice slugs in printed order. */
  notices: z.array(z.string()),
});
export type Issue = z.infer<typeof IssueSchema>;

/** A relation between two doc numbers of the index, seen from one of them. */
export const DocNumberRelationSchema = z.object({
  kind: z.enum(['abolishes', 'abolished-by', 'amends', 'amended-by', 'implements', 'implemented-by']),
  /** The other document's doc number. */
  docNumber: z.string(),
  /** The other document's slug (its index anchor, and its notice when archived). */
  slug: z.string(),
  /** For abolishes and abolished-by. */
  scope: ScopeSchema.optional(),
  /** For implements and implemented-by: the verb as printed. */
  verb: z.string().optional(),
});
export type DocNumberRelation = z.infer<typeof DocNumberRelationSchema>;

export const NoticeLinkSchema = z.object({ slug: z.string(), title: z.string() });
export type NoticeLink = z.infer<typeof NoticeLinkSchema>;

/** One doc number in content/doc-numbers.json, archived here or only cited. */
export const DocNumberEntrySchema = z.object({
  docNumber: z.string(),
  /** Slug; also the anchor id in the doc-number index. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  prefix: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  /** The archived notice with this doc number; absent when only cited. */
  notice: NoticeLinkSchema.extend({ issue: z.string() }).optional(),
  /** For a number only cited: its title as the first citing text quotes it (《title》（文号）); absent when none does. */
  quotedTitle: z.string().optional(),
  /** Notices whose text cites this number. */
  citedBy: z.array(NoticeLinkSchema),
  relations: z.array(DocNumberRelationSchema),
});
export type DocNumberEntry = z.infer<typeof DocNumberEntrySchema>;
