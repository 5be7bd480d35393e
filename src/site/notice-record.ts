// The machine-readable record of a notice, shared by /issues/<id>/notices.json and /notices/<slug>.json, and the
// catalogue of those files at /notices.json.
import type { Archive, NoticeEntry } from './archive.ts';
import { citationText } from './citation.ts';
import { noticeReference } from './notice-reference.ts';
import type { NoticeCatalogue, NoticeRecord } from './notice-record-schema.ts';
import { createRoutes, publicUrl, type SiteAddress } from './routes.ts';
import { statusLabelKey } from './status.ts';
import { t } from '../i18n/t.ts';

/** The contract's notice metadata (outline dropped, as in content/notices.json) plus absolute URLs and citation. */
export function noticeRecord(archive: Archive, notice: NoticeEntry, address: SiteAddress): NoticeRecord {
  const { site, base } = address;
  const { outline: _, ...meta } = notice.data;
  const issue = archive.issueById.get(meta.issue);
  if (!issue) throw new Error(`notice ${notice.id}: unknown issue ${meta.issue}`);
  const routes = createRoutes(base);
  return {
    ...meta,
    url: publicUrl(site, routes.notice(notice.id)),
    issueUrl: publicUrl(site, routes.issue(issue.id)),
    sourceUrl: publicUrl(site, routes.noticeSource(notice.id)),
    jsonUrl: publicUrl(site, routes.noticeJson(notice.id)),
    status: t(statusLabelKey(meta.related)),
    statusAsOf: archive.issues.at(-1)?.label ?? issue.label,
    citation: citationText(noticeReference(archive, notice, address)),
  };
}

/** Every issue with the file of its records. */
export function noticeCatalogue(archive: Archive, { site, base }: SiteAddress): NoticeCatalogue {
  const routes = createRoutes(base);
  return {
    notices: archive.notices.length,
    issues: archive.issues.map((issue) => ({ id: issue.id, label: issue.label, notices: issue.notices.length, url: publicUrl(site, routes.issueNoticesJson(issue.id)) })),
  };
}

/** Stable, readable JSON with a final newline. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
