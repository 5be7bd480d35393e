// Every notice's metadata as one JSON array, in archive order.
import type { APIRoute } from 'astro';
import { loadArchive } from '../site/archive.ts';
import { jsonFile, noticeRecord } from '../site/notice-record.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const records = archive.notices.map((notice) =>
    noticeRecord(archive, notice, import.meta.env.SITE, import.meta.env.BASE_URL),
  );
  return new Response(jsonFile(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
