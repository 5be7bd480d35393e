// What every citation of a notice is made from: its catalogue data, its issue and its canonical URL.
import type { Archive, NoticeEntry } from './archive.ts';
import type { ReferenceInput } from './citation.ts';
import { createRoutes, publicUrl, type SiteAddress } from './routes.ts';

/** The reference data of a notice; the URL is the canonical one (absolute when GONGBAO_SITE is set). */
export function noticeReference(archive: Archive, notice: NoticeEntry, { site, base }: SiteAddress): ReferenceInput & { id: string; type: string } {
  const issue = archive.issueById.get(notice.data.issue);
  if (!issue) throw new Error(`notice ${notice.id}: unknown issue ${notice.data.issue}`);
  const { data } = notice;
  return {
    id: notice.id,
    type: data.type,
    title: data.title,
    docNumber: data.docNumber,
    authority: data.authority,
    date: data.date,
    gazette: issue.gazette,
    issueLabel: issue.label,
    year: issue.year,
    number: issue.number,
    startPage: data.startPage,
    endPage: data.endPage,
    url: publicUrl(site, createRoutes(base).notice(notice.id)),
  };
}
