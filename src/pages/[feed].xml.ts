// Atom feed of notices at atom.xml; every URL is absolute under the base, and no timestamp comes from the build.
// A feed needs absolute URLs, so without the site's origin (GONGBAO_SITE) there is none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../i18n/t.ts';
import { loadArchive } from '../site/archive.ts';
import { atomXml } from '../site/atom.ts';
import { feedEntries, feedUpdated } from '../site/notice-feed.ts';
import { noticeRecord } from '../site/notice-record.ts';
import { publicUrl, createRoutes } from '../site/routes.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'atom' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const site = import.meta.env.SITE;
  const routes = createRoutes(import.meta.env.BASE_URL);
  const entries = feedEntries(
    archive.notices.map((notice) => {
      const record = noticeRecord(archive, notice, { site, base: import.meta.env.BASE_URL });
      const issue = archive.issueById.get(record.issue)!;
      return { ...record, issueDate: issue.date, issueLabel: issue.label };
    }),
  );
  const xml = atomXml({
    homeUrl: publicUrl(site, routes.home),
    selfUrl: publicUrl(site, routes.feed),
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    author: t('site.name'),
    updated: feedUpdated(entries),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
