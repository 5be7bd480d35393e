// Atom feed of notices; every URL is absolute under the base, and no timestamp comes from the build.
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { loadArchive } from '../site/archive.ts';
import { atomXml } from '../site/atom.ts';
import { feedEntries, feedUpdated } from '../site/notice-feed.ts';
import { noticeRecord } from '../site/notice-record.ts';
import { absoluteUrl, createRoutes } from '../site/routes.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const site = import.meta.env.SITE;
  const routes = createRoutes(import.meta.env.BASE_URL);
  const entries = feedEntries(
    archive.notices.map((notice) => {
      const record = noticeRecord(archive, notice, site, import.meta.env.BASE_URL);
      const issue = archive.issueById.get(record.issue)!;
      return { ...record, issueDate: issue.date, issueLabel: issue.label };
    }),
  );
  const xml = atomXml({
    homeUrl: absoluteUrl(site, routes.home),
    selfUrl: absoluteUrl(site, routes.feed),
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    author: t('site.name'),
    updated: feedUpdated(entries),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
