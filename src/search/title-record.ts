// The titles-only index: one record per notice, its title as the whole text, with the filters, meta and sort of its page.
import { noticeSearchRecord, type NoticeSearchFields } from './notice-attributes.ts';

/** Where the build writes the records for the Pagefind integration (removed once indexed). */
export const TITLE_RECORDS_FILE = 'search/title-records.json';

/** One notice in the titles index: its title is the whole text, with the same filters, meta and sort as its page. */
export interface TitleRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The titles index record of a notice (URLs are site-relative: Pagefind's script puts the base in front). */
export function titleRecord(notice: NoticeSearchFields & { slug: string; title: string }, language = 'zh'): TitleRecord {
  const { filters, meta, sort } = noticeSearchRecord(notice);
  return { url: `/notices/${notice.slug}/`, content: notice.title, language, meta: { title: notice.title, ...meta }, filters, sort };
}

