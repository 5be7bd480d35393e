// How many results each filter value keeps needs the index's filter data (a chunk per filter and shard), which the
// first results do not wait for: it is loaded once per engine, after the results are shown.
import type { FilterKey } from '../search/notice-attributes.ts';
import { noPageFilters, type FilterCounts } from '../search/pagefind-client.ts';
import type { RankedSearch, SearchEngine } from '../search/ranked-search.ts';

export interface FilterCounter {
  /** Whether the engine's filter data is loaded, so a search's own counts are complete. */
  known(engine: SearchEngine): boolean;
  /** The search's counts once its engine's filter data is loaded; null when it or the counts could not be loaded. */
  later(engine: SearchEngine, found: RankedSearch): Promise<FilterCounts | null>;
}

/** A counter for the filters that have values; a value no notice has loads each filter's data and lists nothing. */
export function createFilterCounter(filters: readonly FilterKey[]): FilterCounter {
  const noValue = noPageFilters(filters);
  const loading = new Map<SearchEngine, Promise<boolean>>();
  const loaded = new Set<SearchEngine>();
  const load = (engine: SearchEngine) => loading.get(engine) ?? loading.set(engine, engine.search(null, { filters: noValue }).then(() => true, () => false)).get(engine)!;
  return {
    known: (engine) => loaded.has(engine),
    async later(engine, found) {
      if (!(await load(engine))) return null;
      loaded.add(engine);
      return found.countFilters().catch(() => null);
    },
  };
}
