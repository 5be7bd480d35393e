// The JSON Schema of a notice record (/issues/<id>/notices.json, /notices/<slug>.json): every field with its meaning.
import type { APIRoute } from 'astro';
import { jsonFile } from '../site/notice-record.ts';
import { noticeRecordJsonSchema } from '../site/notice-record-schema.ts';

export const GET: APIRoute = () =>
  new Response(jsonFile(noticeRecordJsonSchema()), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
