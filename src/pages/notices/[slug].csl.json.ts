// One notice as CSL-JSON, at /notices/<slug>.csl.json, for reference managers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { cslItem, type CslItem } from '../../site/citation.ts';
import { noticeReference } from '../../site/notice-reference.ts';
import { jsonFile } from '../../site/notice-record.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.notices.map((notice) => ({
    params: { slug: notice.id },
    props: { item: cslItem(noticeReference(archive, notice, { site: import.meta.env.SITE, base: import.meta.env.BASE_URL })) },
  }));
}) satisfies GetStaticPaths;

// CSL-JSON is a list of items.
export const GET: APIRoute<{ item: CslItem }> = ({ props }) =>
  new Response(jsonFile([props.item]), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
