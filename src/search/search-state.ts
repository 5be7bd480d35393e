// What a search is (query and chosen filter values) and its place in the page URL, so a search can be linked.
import { FILTER_KEYS, type FilterKey } from './notice-attributes.ts';

export interface SearchState {
  /** The query as typed (normalised later). */
  query: string;
  /** Chosen values per filter; a notice matches when it has any chosen value of every filter that has some. */
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { year: [], issue: [], type: [] };
}

/** The state held by a search URL: ?q=…&year=2023&type=通知 (a filter may repeat). */
export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  return { query: params.get('q') ?? '', filters };
}

/** The URL parameters for a state, in a fixed order so equal states give equal URLs. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

/** True when some filter has a chosen value. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) out[key] = { any: [...state.filters[key]] };
  return out;
}

/** Filter values in reading order: numbers inside values compare as numbers (第3期 before 第10期). */
export function sortFilterValues(values: Iterable<string>): string[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...values].sort((a, b) => collator.compare(a, b));
}
