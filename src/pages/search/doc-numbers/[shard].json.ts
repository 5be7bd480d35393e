// One shard of the exact doc-number lookup: /search/doc-numbers/liuzhengfa-2024-0.json (see src/search/doc-number-map.ts).
import type { GetStaticPaths } from 'astro';
import { buildShards, type DocNumberShard } from '../../../search/doc-number-map.ts';
import { loadArchive } from '../../../site/archive.ts';

export const getStaticPaths = (async () => {
  const records = (await loadArchive()).docNumbers;
  return [...buildShards(records)].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { entries: DocNumberShard } }): Response {
  return new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
