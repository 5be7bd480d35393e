// The notice's lines exactly as in the seed (<content>/sources/<slug>.txt), served beside the notice page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { CONTENT_DIR } from '../../../site/content-dir.ts';

export const getStaticPaths = (async () => {
  const { notices } = await loadArchive();
  return notices.map((notice) => ({ params: { slug: notice.id } }));
}) satisfies GetStaticPaths;

// Bytes, not a string, so the text is served exactly as stored.
export const GET: APIRoute = async ({ params }) => {
  const file = path.resolve(CONTENT_DIR, 'sources', `${params['slug']}.txt`);
  return new Response(await readFile(file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
