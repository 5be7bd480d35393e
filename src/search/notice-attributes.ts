// What a notice gives the search index besides its text: filter values and the meta shown with each result.

/** What the values are made from (a notice's frontmatter). */
export interface NoticeSearchFields {
  /** Absent for an item printed without one. */
  docNumber?: string | undefined;
  /** ISO day, yyyy-mm-dd. */
  date: string;
  /** 文种: 通知, 决定, 意见 … */
  type: string;
  /** The table of contents section it is printed under (市政府文件 …), when the issue has sections. */
  section?: string;
  /** e.g. 2024年第3期. */
  issueLabel: string;
  /** The status shown with a result: 已被柳政发〔2024〕8号废止 … or 未见废止或修改记载. */
  status: string;
  /** What the notice does to others, shown with it: 本文废止柳政规〔2022〕4号. */
  acts?: string | undefined;
}

/**
 * Filter names, as the search page shows and puts them in its URL. No issue filter: its values grow with every issue,
 * and the date range and year narrow by time already.
 */
export const FILTER_KEYS = ['year', 'type', 'section'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Inline `key:value` attribute values, one per element: Pagefind 1.6 reads one pair per attribute (a
 * comma-separated list became a single value in a test build), and splits at the first colon.
 */
function pair(key: string, value: string): string {
  if (!value.trim() || /[\n\r]/.test(value)) throw new Error(`pagefind ${key}: unusable value ${JSON.stringify(value)}`);
  return `${key}:${value}`;
}

/** The filter that carries the date range: yyyy-mm of the notice's date; never shown as a group of its own. */
export const MONTH_FILTER = 'month';
/** The sort key: the notice's date, yyyy-mm-dd, which sorts as text. */
export const DATE_SORT = 'date';

/** What one notice gives an index, as key → value(s): filters, meta and sort values. */
export interface NoticeSearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** A notice's value of each shown filter; a notice printed outside any section has no section value. */
export function filterValuesOf(notice: Pick<NoticeSearchFields, 'date' | 'type' | 'section'>): Record<FilterKey, string | undefined> {
  return { year: notice.date.slice(0, 4), type: notice.type, section: notice.section };
}

/** Filters (year of the notice's date, type, section, month), meta (docNumber, date, issue) and the date to sort by. */
export function noticeSearchRecord(notice: NoticeSearchFields): NoticeSearchRecord {
  const shown = Object.entries(filterValuesOf(notice)).flatMap(([key, value]) => (value === undefined ? [] : [[key, [value]] as const]));
  return {
    filters: { ...Object.fromEntries(shown), [MONTH_FILTER]: [notice.date.slice(0, 7)] },
    meta: {
      ...(notice.docNumber !== undefined && { docNumber: notice.docNumber }),
      date: notice.date,
      issue: notice.issueLabel,
      status: notice.status,
      ...(notice.acts !== undefined && { acts: notice.acts }),
    },
    sort: { [DATE_SORT]: notice.date },
  };
}

/** The record as inline attribute values: data-pagefind-filter, data-pagefind-meta and data-pagefind-sort. */
export function noticeSearchData(notice: NoticeSearchFields): { filters: string[]; meta: string[]; sort: string[] } {
  const record = noticeSearchRecord(notice);
  return {
    filters: Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => pair(key, value))),
    meta: Object.entries(record.meta).map(([key, value]) => pair(key, value)),
    sort: Object.entries(record.sort).map(([key, value]) => pair(key, value)),
  };
}
