// The content/ contract as zod schemas: the ingest validates what it writes with them, the site reads with them.
import { z } from 'astro/zod';
import { SLUG } from './doc-number/slug-parts.ts';
import { AbolitionScopeSchema, AttachmentSchema, ColophonSchema, DocNumberSchema, IssueSchema, NoticeSchema, PublicationSchema, RelationSchema, TocEntrySchema } from './model.ts';

/** ISO date yyyy-mm-dd; YAML may hand an unquoted date over as a Date, which is turned back into its ISO day. */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
);

/** Parts of a canonical doc number 柳政发〔2024〕3号. */
export const DocNumberPartsSchema = DocNumberSchema.pick({ prefix: true, year: true, number: true });

/** Another document and how it relates to this notice: the stated relation's details and sentence (in the notice that states it: this one, or the other for …By), and the other document as the index knows it. */
export const RelatedDocumentSchema = RelationSchema.pick({ scope: true, verb: true, sentence: true, line: true }).extend({
  docNumber: z.string().describe('The other document\'s doc number.'),
  slug: z.string().describe('The other document\'s slug: its notice when archived, else its entry in the doc-number index.'),
  title: z.string().optional().describe('Its title: the archived notice\'s, else as the citing text quotes it; absent when neither is known.'),
  archived: z.boolean().describe('Whether the archive holds the other document.'),
});
export type RelatedDocument = z.infer<typeof RelatedDocumentSchema>;

/** An archived notice that is the same document for another year: same title once its years are taken out. */
export const OtherYearSchema = z.object({
  docNumber: z.string().describe('Its doc number.'),
  slug: z.string().describe('Its notice\'s slug.'),
  title: z.string().describe('Its title.'),
  date: IsoDateSchema.describe('Its issuing date.'),
});

/** The documents related to a notice, grouped by relation; every group is present, empty when none. */
export const RelatedSchema = z.object({
  abolishes: z.array(RelatedDocumentSchema).describe('Documents this notice abolishes (废止), wholly or in part.'),
  abolishedBy: z.array(RelatedDocumentSchema).describe('Archived notices that abolish this one.'),
  amends: z.array(RelatedDocumentSchema).describe('Documents this notice amends (修改, 修正).'),
  amendedBy: z.array(RelatedDocumentSchema).describe('Archived notices that amend this one.'),
  implements: z.array(RelatedDocumentSchema).describe('Documents this notice rests on (根据, 按照, 为贯彻落实…).'),
  implementedBy: z.array(RelatedDocumentSchema).describe('Archived notices that rest on this one.'),
  publishes: z.array(PublicationSchema).describe('Documents this notice publishes (印发); target is the anchor of the published text on the notice page.'),
  otherYears: z.array(OtherYearSchema).describe('The same document for other years, by date.'),
});
export type Related = z.infer<typeof RelatedSchema>;

/** An attachment as the notice's metadata lists it: the model's label, title and anchor. */
export const AttachmentRecordSchema = AttachmentSchema.pick({ label: true, title: true, id: true });

export const OutlineEntrySchema = z.object({
  level: z.number().int().min(2).max(6).describe('Heading level 2–6 (the notice title is the h1).'),
  text: z.string(),
  id: z.string().describe('Anchor id of the heading in the rendered body.'),
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

/** A notice's catalogue record as content/notices.json holds it (the MDX frontmatter minus the outline). */
export const CatalogueRecordSchema = NoticeSchema.pick({
  titleSource: true,
  type: true,
  addressee: true,
  form: true,
  signer: true,
  passedAt: true,
  section: true,
  startPage: true,
  endPage: true,
  effects: true,
  sourceLines: true,
  pdfPages: true,
}).extend({
  slug: NoticeSchema.shape.slug.regex(SLUG).describe('ASCII slug from the doc number, e.g. liuzhengfa-2024-3 (2024-04-item-8 for an item without one); also the entry id.'),
  title: z.string().describe('The title as printed, wrap spaces taken out; from the table of contents when titleSource is toc.'),
  docNumber: z.string().optional().describe('Canonical doc number, e.g. 柳政发〔2024〕3号; absent for an item printed without one.'),
  docNumberParts: DocNumberPartsSchema.optional().describe('The doc number\'s parts.'),
  otherDocNumbers: z.array(z.string()).optional().describe('A jointly issued document\'s further doc numbers, each also in the doc-number index.'),
  date: IsoDateSchema.describe('Issuing date.'),
  authority: z.string().describe('Issuing authority, read from the title (柳州市人民政府 …).'),
  issue: z.string().describe('Issue id, e.g. 2024-03.'),
  issueLabel: z.string().describe('e.g. 2024年第3期.'),
  order: NoticeSchema.shape.order.min(1),
  cites: z.array(z.string()).describe('Doc numbers cited in the text, unique, in order of first citation.'),
  related: RelatedSchema.describe('Related documents, grouped by relation.'),
  attachments: z.array(AttachmentRecordSchema).describe('Attachments printed with the notice (附件), in order.'),
  sourceFile: z.string().describe('Seed file, e.g. seeds/2024-03.txt.'),
});
export type CatalogueRecord = z.infer<typeof CatalogueRecordSchema>;

/** The full MDX frontmatter. */
export const NoticeFrontmatterSchema = CatalogueRecordSchema.extend({
  outline: z.array(OutlineEntrySchema).describe('Headings in order, for the notice\'s outline.'),
});
export type NoticeFrontmatter = z.infer<typeof NoticeFrontmatterSchema>;

const toc = TocEntrySchema.shape;

/** A table-of-contents entry as printed (without its seed line), its doc numbers as text, and the slug of its notice. */
export const TocRecordSchema = z.object({
  title: toc.title,
  docNumber: z.string().optional().describe('Its canonical doc number, when it prints one.'),
  otherDocNumbers: z.array(z.string()).optional().describe(toc.otherDocNumbers.description ?? ''),
  page: toc.page,
  section: toc.section,
  slug: z.string().optional().describe('Notice slug when the entry\'s notice is archived.'),
});
export type TocRecord = z.infer<typeof TocRecordSchema>;

const issue = IssueSchema.shape;

/** An issue as content/issues.json lists it: the model's cover data, its table of contents and its notices' slugs. */
export const IssueRecordSchema = z.object({
  id: issue.id.regex(/^\d{4}-\d{2}$/),
  gazette: z.string().describe('Gazette name, 柳州市人民政府公报.'),
  year: issue.year,
  number: issue.number,
  cumulative: issue.cumulative,
  date: IsoDateSchema.describe('Publication date.'),
  label: z.string().describe('e.g. 2024年第3期.'),
  colophon: ColophonSchema,
  source: z.string().describe('Seed file the issue came from.'),
  original: issue.original,
  toc: z.array(TocRecordSchema).describe('Table of contents in printed order.'),
  notices: z.array(z.string()).describe('Notice slugs in printed order.'),
});
export type IssueRecord = z.infer<typeof IssueRecordSchema>;

/** A relation between two doc numbers of the index, seen from one of them. */
export const DocNumberRelationSchema = z.object({
  kind: z.enum(['abolishes', 'abolished-by', 'amends', 'amended-by', 'implements', 'implemented-by']),
  docNumber: z.string().describe('The other document\'s doc number.'),
  slug: z.string().describe('The other document\'s slug (its index anchor, and its notice when archived).'),
  scope: AbolitionScopeSchema.optional().describe('For abolishes and abolished-by.'),
  verb: z.string().optional().describe('For implements and implemented-by: the verb as printed.'),
});
export type DocNumberRelation = z.infer<typeof DocNumberRelationSchema>;

export const NoticeLinkSchema = z.object({ slug: z.string(), title: z.string() });
export type NoticeLink = z.infer<typeof NoticeLinkSchema>;

/** One doc number in content/doc-numbers.json, archived here or only cited. */
export const DocNumberEntrySchema = z.object({
  docNumber: z.string(),
  slug: z.string().regex(SLUG).describe('Slug; also the anchor id in the doc-number index.'),
  prefix: z.string(),
  year: z.number().int().optional().describe('Absent for an order, whose numbers run across years.'),
  number: z.number().int(),
  notice: NoticeLinkSchema.extend({ issue: z.string() }).optional().describe('The archived notice with this doc number; absent when only cited.'),
  quotedTitle: z.string().optional().describe('For a number only cited: its title as the first citing text quotes it (《title》（文号）); absent when none does.'),
  citedBy: z.array(NoticeLinkSchema).describe('Notices whose text cites this number.'),
  relations: z.array(DocNumberRelationSchema),
});
export type DocNumberEntry = z.infer<typeof DocNumberEntrySchema>;
