// One notice's metadata as JSON, at /notices/<slug>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { jsonFile, noticeRecord } from '../../site/notice-record.ts';
import type { NoticeRecord } from '../../site/notice-record-schema.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.notices.map((notice) => ({
    params: { slug: notice.id },
    props: { record: noticeRecord(archive, notice, { site: import.meta.env.SITE, base: import.meta.env.BASE_URL }) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: NoticeRecord }> = ({ props }) =>
  new Response(jsonFile(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
