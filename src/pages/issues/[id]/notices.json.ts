// The records of one issue's notices, in printed order: the archive's metadata in files that grow with an issue only.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, noticesOfIssue } from '../../../site/archive.ts';
import { jsonFile, noticeRecord } from '../../../site/notice-record.ts';
import type { NoticeRecord } from '../../../site/notice-record-schema.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.issues.map((issue) => ({
    params: { id: issue.id },
    props: { records: noticesOfIssue(archive, issue).map((notice) => noticeRecord(archive, notice, { site: import.meta.env.SITE, base: import.meta.env.BASE_URL })) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: NoticeRecord[] }> = ({ props }) =>
  new Response(jsonFile(props.records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
