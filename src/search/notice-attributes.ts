// What a notice gives the search index besides its text: filter values and the meta shown with each result.

/** What the values are made from (a notice's frontmatter). */
export interface NoticeSearchFields {
  docNumber: string;
  /** ISO day, yyyy-mm-dd. */
  date: string;
  /** 文种: 通知, 决定, 意见 … */
  type: string;
  /** e.g. 2024年第3期. */
  issueLabel: string;
}

/** Filter names, as the search page shows and puts them in its URL. */
export const FILTER_KEYS = ['year', 'issue', 'type'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Inline `key:value` attribute values, one per element: Pagefind 1.6 reads one pair per attribute (a
 * comma-separated list became a single value in a test build), and splits at the first colon.
 */
function pair(key: string, value: string): string {
  if (!value.trim() || /[\n\r]/.test(value)) throw new Error(`pagefind ${key}: unusable value ${JSON.stringify(value)}`);
  return `${key}:${value}`;
}

/** data-pagefind-filter values (year of the notice's date, issue, type) and data-pagefind-meta values (docNumber, date, issue). */
export function noticeSearchData(notice: NoticeSearchFields): { filters: string[]; meta: string[] } {
  return {
    filters: [pair('year', notice.date.slice(0, 4)), pair('issue', notice.issueLabel), pair('type', notice.type)],
    meta: [pair('docNumber', notice.docNumber), pair('date', notice.date), pair('issue', notice.issueLabel)],
  };
}
