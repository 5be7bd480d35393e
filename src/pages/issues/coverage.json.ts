// The archive's coverage as JSON: per year the 期号 held and missing, and the 总期号 gaps between years.
import type { APIRoute } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { issueCoverage } from '../../site/issue-coverage.ts';
import { jsonFile } from '../../site/notice-record.ts';

export const GET: APIRoute = async () =>
  new Response(jsonFile(issueCoverage((await loadArchive()).issues)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
