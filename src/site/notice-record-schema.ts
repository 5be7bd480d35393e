// The notice record of the JSON export as a schema: what /notices.schema.json publishes and what the tests check.
import { z } from 'astro/zod';
import { CatalogueRecordSchema } from '../pipeline/content-schema.ts';

/** One notice as /issues/<id>/notices.json lists it and /notices/<slug>.json serves it; /notices.schema.json is this schema. */
export const NoticeRecordSchema = CatalogueRecordSchema.extend({
  url: z.string().describe('Absolute URL of the notice page.'),
  issueUrl: z.string().describe('Absolute URL of the notice\'s issue page.'),
  sourceUrl: z.string().describe('Absolute URL of the notice\'s source text, verbatim from the seed.'),
  jsonUrl: z.string().describe('Absolute URL of this record.'),
  citation: z.string().describe('The citation the notice page offers to copy.'),
  status: z.string().describe('已废止, 部分废止, 已修改 or 未见废止或修改记载: what the archive\'s notices say about it, up to statusAsOf.'),
  statusAsOf: z.string().describe('The latest issue the archive holds, e.g. 2024年第3期: abolitions and amendments are known up to there.'),
}).describe('One notice of the 柳州市人民政府公报 archive: its catalogue record, status, effects and related documents.');
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;

/** The record schema as JSON Schema (draft 2020-12), field descriptions included. */
export function noticeRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(NoticeRecordSchema, { io: 'output' });
}

/** /notices.json: the catalogue of the records, one file per issue, so no file grows with the whole archive. */
export const NoticeCatalogueSchema = z
  .object({
    notices: z.number().int().describe('How many notices the archive holds.'),
    issues: z
      .array(
        z.object({
          id: z.string().describe('The issue\'s id, e.g. 2024-03.'),
          label: z.string().describe('The issue as printed, e.g. 2024年第3期.'),
          notices: z.number().int().describe('How many notices the issue prints.'),
          url: z.string().describe('Absolute URL of the issue\'s notice records, in printed order.'),
        }),
      )
      .describe('Every issue, oldest first.'),
  })
  .describe('The notice records of the 柳州市人民政府公报 archive, by issue.');
export type NoticeCatalogue = z.infer<typeof NoticeCatalogueSchema>;
