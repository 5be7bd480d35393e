// One shard of the exact doc-number lookup: /search/doc-numbers/liuzhengfa-2024-0.json (see src/search/doc-number-map.ts).
import type { GetStaticPaths } from 'astro';
import { buildShards, type DocNumberShard } from '../../../search/doc-number-map.ts';
import { loadArchive } from '../../../site/archive.ts';
import { entryStatusSources, statusPhrase } from '../../../site/status.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  // The exact-match card shows an archived notice's date, and every card the status the archive knows.
  const records = archive.docNumbers.map((entry) => ({
    ...entry,
    ...(entry.notice && { notice: { ...entry.notice, date: archive.noticeBySlug.get(entry.notice.slug)?.data.date } }),
    status: statusPhrase(entryStatusSources(entry.relations)),
  }));
  return [...buildShards(records)].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { entries: DocNumberShard } }): Response {
  return new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
