// The catalogue of the notice records: every issue with the file of its notices' records.
import type { APIRoute } from 'astro';
import { loadArchive } from '../site/archive.ts';
import { jsonFile, noticeCatalogue } from '../site/notice-record.ts';

export const GET: APIRoute = async () =>
  new Response(jsonFile(noticeCatalogue(await loadArchive(), { site: import.meta.env.SITE, base: import.meta.env.BASE_URL })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
