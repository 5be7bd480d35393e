// Scores of merged shards made comparable: each shard's idf is replaced by the archive-wide one.
import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindSearch } from '../../../src/search/pagefind-client.ts';
import type { SearchEngine } from '../../../src/search/ranked-search.ts';
import { comparableScores, idf, pagefindTerms, shardFactors, shardMembers } from '../../../src/search/shard-scores.ts';

describe('idf', () => {
  it('is Pagefind’s BM25 idf: rarer terms and larger shards weigh more', () => {
    expect(idf(5, 1)).toBeCloseTo(Math.log(4));
    expect(idf(18, 4)).toBeCloseTo(Math.log(1 + 14.5 / 4.5));
    expect(idf(100, 1)).toBeGreaterThan(idf(10, 1));
  });
});

describe('pagefindTerms', () => {
  it('cuts each word as the segmenter does, once each, in lower case', () => {
    expect(pagefindTerms('稳增长 增长')).toEqual(['稳', '增长']);
    expect(pagefindTerms('GDP')).toEqual(['gdp']);
  });
});

/** Two shards: `new` holds a, b (N 2), `old` holds c, d, e (N 3). */
const members = { pages: new Map([['new', 2], ['old', 3]]), shardOf: new Map([['a', 'new'], ['b', 'new'], ['c', 'old'], ['d', 'old'], ['e', 'old']]) };

describe('shardFactors', () => {
  it('scales each shard by the archive-wide idf over its own, summed over the terms the shard holds', () => {
    const counts = new Map([['x', new Map([['new', 1], ['old', 3]])], ['y', new Map([['new', 0], ['old', 1]])]]);
    const factors = shardFactors(members, counts);
    // new lacks y, which Pagefind drops there: only x counts.
    expect(factors.get('new')).toBeCloseTo(idf(5, 4) / idf(2, 1));
    expect(factors.get('old')).toBeCloseTo((idf(5, 4) + idf(5, 1)) / (idf(3, 3) + idf(3, 1)));
  });

  it('leaves a shard holding none of the terms as it is', () => {
    expect(shardFactors(members, new Map([['x', new Map([['old', 1]])]])).get('new')).toBe(1);
  });
});

/** A fake merged index: results per term with scores, and the unfiltered count per shard of each term. */
function fakeEngine(answers: Record<string, [id: string, score: number][]>): SearchEngine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(term, options): Promise<PagefindSearch> {
      asked.push(term ?? `<${options?.filters?.['shard']?.any[0]}>`);
      const shard = options?.filters?.['shard']?.any[0];
      const ids = term === null ? [...members.shardOf].filter(([, s]) => s === shard).map(([id]) => [id, 0] as [string, number]) : (answers[term] ?? []);
      const perShard: Record<string, number> = {};
      for (const [id] of ids) perShard[members.shardOf.get(id)!] = (perShard[members.shardOf.get(id)!] ?? 0) + 1;
      // A shard filter no page carries leaves no results, but the unfiltered counts remain.
      const kept = term !== null && shard ? [] : ids;
      const results: PagefindResult[] = kept.map(([id, score]) => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: {} }) }));
      return { results, filters: {}, totalFilters: { shard: perShard } };
    },
  };
}

describe('comparableScores', () => {
  it('lists each shard once to learn its pages', async () => {
    const found = await shardMembers(fakeEngine({}), ['new', 'old']);
    expect(found).toEqual(members);
  });

  it('puts a notice that holds a word more often first, though its shard holds the word more widely', async () => {
    // a holds x once in a shard where x is rare; c holds it often in a shard where every page has it.
    const engine = fakeEngine({ x: [['a', 2.0], ['c', 1.5], ['d', 0.3], ['e', 0.3]] });
    const { results } = await comparableScores(engine, members).search('x');
    expect(results.map((r) => r.id)).toEqual(['c', 'a', 'd', 'e']);
    expect(results[1]!.score).toBeCloseTo((2.0 * idf(5, 4)) / idf(2, 1));
  });

  it('keeps Pagefind’s own result objects, whose data the worker frees once they are collected', async () => {
    const engine = fakeEngine({ x: [['a', 2.0]] });
    const raw = await engine.search('x');
    const wrapped = comparableScores({ search: async () => raw }, members);
    expect((await wrapped.search('x')).results[0]).toBe(raw.results[0]);
  });

  it('leaves exact phrases and listings alone, and asks each term’s counts once', async () => {
    const engine = fakeEngine({ x: [['a', 1], ['c', 1]], '"x"': [['a', 1], ['c', 1]] });
    const sharded = comparableScores(engine, members);
    expect((await sharded.search('"x"')).results.map((r) => r.score)).toEqual([1, 1]);
    await sharded.search('x');
    await sharded.search('x');
    expect(engine.asked.filter((term) => term === 'x')).toHaveLength(3);
  });
});
