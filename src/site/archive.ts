// The one module that reads astro:content: loads the collections and puts them in archive order for the pages.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DocNumberEntry, IssueRecord } from '../pipeline/content-schema.ts';
import { compareIssues } from './issue-order.ts';

export type NoticeEntry = CollectionEntry<'notices'>;

export interface Archive {
  /** Oldest first. */
  issues: IssueRecord[];
  /** By issue (oldest first), then printed order. */
  notices: NoticeEntry[];
  /** As in doc-numbers.json; the index page groups them itself. */
  docNumbers: DocNumberEntry[];
  issueById: ReadonlyMap<string, IssueRecord>;
  noticeBySlug: ReadonlyMap<string, NoticeEntry>;
  docNumberByText: ReadonlyMap<string, DocNumberEntry>;
  /** Index entries by slug: each page of the index links relations through it. */
  docNumberBySlug: ReadonlyMap<string, DocNumberEntry>;
}

// Every page asks for the archive; one build reads and sorts it once, or page generation grows with the archive squared.
let loaded: Promise<Archive> | undefined;

/** The archive, loaded and cross-checked once per build; a broken reference fails the build instead of shipping a dead link. */
export function loadArchive(): Promise<Archive> {
  return (loaded ??= readArchive());
}

async function readArchive(): Promise<Archive> {
  const issues = (await getCollection('issues')).map((e) => e.data).sort(compareIssues);
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const issueRank = new Map(issues.map((issue, i) => [issue.id, i]));

  const notices = (await getCollection('notices')).sort(
    (a, b) => issueRank.get(a.data.issue)! - issueRank.get(b.data.issue)! || a.data.order - b.data.order,
  );
  const noticeBySlug = new Map(notices.map((n) => [n.id, n]));
  for (const n of notices) {
    if (!issueById.has(n.data.issue)) throw new Error(`notice ${n.id}: unknown issue ${n.data.issue}`);
  }
  for (const issue of issues) {
    for (const slug of issue.notices) {
      if (!noticeBySlug.has(slug)) throw new Error(`issue ${issue.id}: unknown notice ${slug}`);
    }
  }

  const docNumbers = (await getCollection('docNumbers')).map((e) => e.data);
  const docNumberByText = new Map(docNumbers.map((d) => [d.docNumber, d]));
  const docNumberBySlug = new Map(docNumbers.map((d) => [d.slug, d]));
  return { issues, notices, docNumbers, issueById, noticeBySlug, docNumberByText, docNumberBySlug };
}

/** The notices of an issue in printed order. */
export function noticesOfIssue(archive: Archive, issue: IssueRecord): NoticeEntry[] {
  return issue.notices.map((slug) => archive.noticeBySlug.get(slug)!);
}

/** The issue a notice appeared in. */
export function issueOfNotice(archive: Archive, notice: NoticeEntry): IssueRecord {
  return archive.issueById.get(notice.data.issue)!;
}

/** The index entry of a doc number; throws on a number the ingest did not index. */
export function docNumberEntry(archive: Archive, docNumber: string): DocNumberEntry {
  const entry = archive.docNumberByText.get(docNumber);
  if (!entry) throw new Error(`doc number ${docNumber} is missing from content/doc-numbers.json`);
  return entry;
}

/** The notices citing a notice's doc number, in the index's order, each with its own doc number. */
export function citingNotices(archive: Archive, notice: NoticeEntry): (DocNumberEntry['citedBy'][number] & { docNumber: string | undefined })[] {
  // An item without a doc number cannot be cited by one.
  if (notice.data.docNumber === undefined) return [];
  return docNumberEntry(archive, notice.data.docNumber).citedBy.map((link) => ({ ...link, docNumber: archive.noticeBySlug.get(link.slug)?.data.docNumber }));
}
