// The filters' counts wait for the index's filter data, loaded once per engine; a failure shows no counts.
import { describe, expect, it } from 'vitest';
import { createFilterCounter } from '../../../src/client/filter-counts.ts';
import type { PagefindSearch } from '../../../src/search/pagefind-client.ts';
import type { RankedSearch, SearchEngine } from '../../../src/search/ranked-search.ts';

function engine(fails = false): SearchEngine & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    search: async (_term, options): Promise<PagefindSearch> => {
      asked.push(options?.filters);
      if (fails) throw new Error('chunk missing');
      return { results: [], filters: {} };
    },
  };
}
const found = (counts: () => Promise<Record<string, Record<string, number>>>): RankedSearch => ({ hits: [], filters: {}, countFilters: counts });

describe('createFilterCounter', () => {
  it('loads the filter data once per engine with a value no notice has, then counts', async () => {
    const counter = createFilterCounter(['year', 'type']);
    const full = engine();
    expect(counter.known(full)).toBe(false);
    const counts = { year: { 2024: 3 } };
    expect(await counter.later(full, found(async () => counts))).toBe(counts);
    expect(await counter.later(full, found(async () => counts))).toBe(counts);
    expect(counter.known(full)).toBe(true);
    expect(full.asked).toEqual([{ year: { any: ['-'] }, type: { any: ['-'] } }]);
    expect(counter.known(engine())).toBe(false);
  });

  it('gives no counts when the filter data or the counts cannot be loaded', async () => {
    const counter = createFilterCounter(['year']);
    const broken = engine(true);
    expect(await counter.later(broken, found(async () => ({ year: {} })))).toBeNull();
    expect(counter.known(broken)).toBe(false);
    expect(await counter.later(engine(), found(() => Promise.reject(new Error('worker'))))).toBeNull();
  });
});
