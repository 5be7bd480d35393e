// The part of pagefind.js (Pagefind's browser API, loaded from the built site) the search page uses, typed here
// because the pagefind package types only its Node API.

export interface PagefindOptions {
  excerptLength?: number;
  /** Ranking options; metaWeights scales the boost a match in each meta field gives; pageLength (0–1) how much a long page's score is reduced. */
  ranking?: { metaWeights?: Record<string, number>; pageLength?: number };
  /** A filter value every page of this bundle gets, as if each carried it. */
  mergeFilter?: Record<string, string>;
  /** Search on the main thread instead of in pagefind-worker.js. */
  noWorker?: boolean;
}

/** Filter name → value → count of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Filters on a value no page carries: the search lists nothing, yet Pagefind loads each named filter's data and
 * still counts the pages that hold the term.
 */
export function noPageFilters(keys: readonly string[]): Record<string, { any: string[] }> {
  return Object.fromEntries(keys.map((key) => [key, { any: ['-'] }]));
}

export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle (a shard of the index) to every later search and filter count; options are per bundle. */
  mergeIndex(path: string, options?: PagefindOptions): Promise<void>;
  /** A null term with filters lists every page those filters allow. */
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the current results, per filter value. */
  filters: FilterCounts;
  /** The same counts, before the search's filters apply. */
  totalFilters?: FilterCounts;
}

export interface PagefindResult {
  id: string;
  /** Pagefind's relevance score; exact-phrase searches give every result the same. */
  score?: number;
  data(): Promise<PagefindPage>;
}

export interface PagefindPage {
  /** Base-prefixed URL. */
  url: string;
  /** HTML: escaped text with <mark> around matches. */
  excerpt: string;
  /** The page's indexed text, blocks joined by ". ". */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
