// The PDF an issue was read from (<content>/originals/<file>), served byte for byte beside the issue's page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { CONTENT_DIR } from '../../../site/content-dir.ts';
import { servesOriginals } from '../../../site/originals.ts';

export const getStaticPaths = (async () => {
  const { issues } = await loadArchive();
  // Where GONGBAO_ORIGINALS names the originals' public home, the site links there and serves no copy.
  if (!servesOriginals) return [];
  return issues.flatMap((issue) => (issue.original ? [{ params: { id: issue.id, original: issue.id }, props: { file: issue.original.file } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = path.resolve(CONTENT_DIR, 'originals', (props as { file: string }).file);
  return new Response(await readFile(file), { headers: { 'Content-Type': 'application/pdf' } });
};
