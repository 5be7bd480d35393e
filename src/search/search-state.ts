// What a search is (query, scope, order, date range and chosen filter values) and its place in the page URL,
// so a search can be linked, reloaded and stepped back through.
import { FILTER_KEYS, filterValuesOf, type FilterKey, type NoticeSearchFields } from './notice-attributes.ts';

/** Where the words are looked for: the whole text, or titles only. */
export const SCOPES = ['all', 'title'] as const;
export type Scope = (typeof SCOPES)[number];
/** How results are ordered: by relevance (tiers, then Pagefind's score) or by 成文日期, newest first. */
export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The query as typed (normalised later). */
  query: string;
  /** Chosen values per filter; a notice matches when it has any chosen value of every filter that has some. */
  filters: Record<FilterKey, string[]>;
  scope: Scope;
  sort: Sort;
  /** 成文日期 range, year-month inclusive (yyyy-mm); empty for open. */
  from: string;
  to: string;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { year: [], type: [], section: [] };
}

export function emptyState(): SearchState {
  return { query: '', filters: emptyFilters(), scope: 'all', sort: 'relevance', from: '', to: '' };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

/** The state held by a search URL: ?q=…&scope=title&sort=date&from=2023-01&to=2024-02&year=2023&type=通知 (a filter may repeat). */
export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  const month = (name: string) => {
    const value = params.get(name) ?? '';
    return MONTH.test(value) ? value : '';
  };
  let [from, to] = [month('from'), month('to')];
  if (from && to && from > to) [from, to] = [to, from];
  return { query: params.get('q') ?? '', filters, scope: oneOf(SCOPES, params.get('scope'), 'all'), sort: oneOf(SORTS, params.get('sort'), 'relevance'), from, to };
}

/** The URL parameters for a state, in a fixed order so equal states give equal URLs; defaults are left out. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.scope !== 'all') params.set('scope', state.scope);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

/** True when some filter or the date range narrows the search. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0) || !!state.from || !!state.to;
}

/**
 * Pagefind's filter argument: any of the chosen values within a filter, all filters together; the date range becomes
 * the archive's months (`months`, from the index) that fall inside it.
 */
export function pagefindFilters(state: SearchState, months: readonly string[] = []): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) out[key] = { any: [...state.filters[key]] };
  if (state.from || state.to) {
    const inRange = months.filter((m) => (!state.from || m >= state.from) && (!state.to || m <= state.to));
    // No month in range: a value no notice has, so the search finds nothing rather than everything.
    out['month'] = { any: inRange.length > 0 ? inRange : ['none'] };
  }
  return out;
}

/** Filter values in reading order: numbers inside values compare as numbers (第3期 before 第10期). */
export function sortFilterValues(values: Iterable<string>): string[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...values].sort((a, b) => collator.compare(a, b));
}

/**
 * Every value of each filter among the notices, given in printed order: the search page's checkboxes, known at build
 * time. Years and types in reading order; sections (栏目) as the tables of contents first print them.
 */
export function filterChoices(notices: readonly Pick<NoticeSearchFields, 'date' | 'type' | 'section'>[]): Record<FilterKey, string[]> {
  const values = notices.map(filterValuesOf);
  const distinct = (key: FilterKey) => new Set(values.flatMap((v) => v[key] ?? []));
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, key === 'section' ? [...distinct(key)] : sortFilterValues(distinct(key))])) as Record<FilterKey, string[]>;
}
