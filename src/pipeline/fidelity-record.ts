// The fidelity account as content/fidelity.json holds it: the schema the ingest writes with and the site reads with.
import { z } from 'astro/zod';

export const DropReasonSchema = z.enum(['running-header', 'section-heading', 'repeated-table-header', 'wrap-space', 'markup', 'whitespace', 'invisible']).describe('Why characters of the source do not appear in a notice; invisible: a default-ignorable code point (zero-width space, BOM, direction mark …).');
export type DropReason = z.infer<typeof DropReasonSchema>;

export const DropSchema = z.object({
  line: z.number().int().min(1).describe('1-based seed line.'),
  column: z.number().int().min(0).describe('Column in the raw source line.'),
  text: z.string().describe('The characters left out.'),
  reason: DropReasonSchema,
}).describe('Characters of the source left out of the model, and why.');
export type Drop = z.infer<typeof DropSchema>;

export const NoticeFidelitySchema = z.object({
  docNumber: z.string().describe('The notice\'s doc number, or its title when it has none.'),
  chars: z.number().int().min(0),
  lost: z.number().int().min(0).describe('Source characters of the notice\'s lines that are not in its model.'),
  invented: z.number().int().min(0).describe('Characters of the model that are not in the notice\'s lines.'),
});
export type NoticeFidelity = z.infer<typeof NoticeFidelitySchema>;

export const PdfDropReasonSchema = z.enum(['running-head', 'folio', 'duplicate-glyph', 'contents-marks', 'table-header']).describe('Why characters printed on a PDF page are not in its text form; contents-marks: leader dots and brackets of a contents entry; table-header: a header row a table repeats on a new page.');
export type PdfDropReason = z.infer<typeof PdfDropReasonSchema>;

/** What the ingest knows of a PDF seed: its pages, their printed numbers, and what its text form maps back or leaves out. */
export const PdfFidelitySchema = z.object({
  pages: z.number().int().min(1),
  printedPages: z.array(z.number().int().nullable()).describe('By PDF page (the first is page 1): the number its folio prints, null for a page without one.'),
  linePages: z.array(z.number().int().nullable()).describe('By line of the text form (the first is line 1): the PDF page it starts on, null for a blank line.'),
  producer: z.string().optional().describe('The PDF\'s Producer, so that a producer\'s quirks can be traced.'),
  creator: z.string().optional(),
  glyphs: z.number().int().min(0).describe('Characters printed on the pages, whitespace aside.'),
  substituted: z.number().int().min(0).describe('Look-alike characters mapped back to their ideographs.'),
  substitutions: z.array(z.object({ page: z.number().int().min(1), from: z.string(), to: z.string(), kind: z.enum(['radical', 'stroke', 'compatibility', 'punctuation']) })),
  dropped: z.record(PdfDropReasonSchema, z.number().int().min(0)).describe('Characters printed and left out of the text form, by reason.'),
  drops: z.array(z.object({ page: z.number().int().min(1), text: z.string(), reason: PdfDropReasonSchema })),
}).describe('For an issue read from its PDF; the lines of the rest of the report are lines of its text form.');
export type PdfFidelity = z.infer<typeof PdfFidelitySchema>;

export const FidelityReportSchema = z.object({
  file: z.string().describe('Seed file, e.g. seeds/2024-03.txt.'),
  sourceChars: z.number().int().min(0).describe('Characters of the whole file (line breaks and a BOM not counted).'),
  notices: z.array(NoticeFidelitySchema),
  issueChars: z.number().int().min(0).describe('Characters of the cover, table of contents and colophon, which the issue\'s data holds.'),
  dropped: z.record(DropReasonSchema, z.number().int().min(0)).describe('Dropped characters by reason.'),
  drops: z.array(DropSchema),
  strayLines: z.array(z.object({ line: z.number().int().min(1), text: z.string() })).describe('Lines of text that belong to no notice and to no part of the issue.'),
  unaccounted: z.number().int().min(0).describe('Lost + invented + stray: must be zero.'),
  pdf: PdfFidelitySchema.optional(),
});
export type FidelityReport = z.infer<typeof FidelityReportSchema>;
