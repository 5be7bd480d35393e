// Which notices the Atom feed lists, in which order, with which dates.
import type { AtomEntry } from './atom.ts';
import { compareText } from '../pipeline/text-shape.ts';
import { chinaMidnight } from './dates.ts';
import { titleWithDocNumber } from './citation.ts';

export interface FeedNotice {
  title: string;
  docNumber?: string | undefined;
  type: string;
  /** Issuing date (ISO). */
  date: string;
  /** Publication date of its issue (ISO): when it reached the public. */
  issueDate: string;
  issueLabel: string;
  /** Absolute URL of the notice page. */
  url: string;
  citation: string;
  /** Short status: 已废止, 部分废止, 已修改 or 未见废止或修改记载. */
  status: string;
}

/** How many notices the feed lists: the newest, so a feed reader's download stays small however large the archive grows. */
export const FEED_SIZE = 100;

/**
 * The newest `size` entries, newest issue first and in printed order within an issue; updated = the issue's date,
 * published = issuing date.
 */
export function feedEntries(notices: readonly FeedNotice[], size = FEED_SIZE): AtomEntry[] {
  return [...notices]
    .map((notice, index) => ({ notice, index }))
    .sort((a, b) => compareText(b.notice.issueDate, a.notice.issueDate) || a.index - b.index)
    .slice(0, size)
    .map(({ notice }) => ({
      url: notice.url,
      title: titleWithDocNumber(notice.title, notice.docNumber),
      updated: chinaMidnight(notice.issueDate),
      published: chinaMidnight(notice.date),
      summary: notice.citation,
      categories: [notice.type, notice.issueLabel, notice.status],
    }));
}

/** The feed's updated time: its newest entry's, so it changes only when content does. */
export function feedUpdated(entries: readonly AtomEntry[]): string {
  return entries.map((e) => e.updated).reduce((a, b) => (b > a ? b : a), '1970-01-01T00:00:00+08:00');
}
