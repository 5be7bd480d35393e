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

export const FidelityReportSchema = z.object({
  file: z.string().describe('Seed file, e.g. seeds/2024-03.txt.'),
  sourceChars: z.number().int().min(0).describe('Characters of the whole file (line breaks and a BOM not counted).'),
  notices: z.array(NoticeFidelitySchema),
  issueChars: z.number().int().min(0).describe('Characters of the cover, table of contents and colophon, which the issue\'s data holds.'),
  dropped: z.record(DropReasonSchema, z.number().int().min(0)).describe('Dropped characters by reason.'),
  drops: z.array(DropSchema),
  strayLines: z.array(z.object({ line: z.number().int().min(1), text: z.string() })).describe('Lines of text that belong to no notice and to no part of the issue.'),
  unaccounted: z.number().int().min(0).describe('Lost + invented + stray: must be zero.'),
});
export type FidelityReport = z.infer<typeof FidelityReportSchema>;
