// Scores of a merged, sharded index made comparable. Each Pagefind bundle weighs a term by its own rarity (BM25 idf
// from its own page count and document frequency), so a word common in recent years but rare in an old shard would
// lift the old shard's notices. Each result's score is rescaled by the ratio of the archive-wide idf of the search's
// terms to its shard's idf; exact-phrase searches score without idf and are left alone.
import { noPageFilters, type PagefindSearch } from './pagefind-client.ts';
import type { SearchEngine } from './ranked-search.ts';
import { segment } from './query-plan.ts';
import { SHARD_FILTER } from './shards.ts';

/** Pagefind's idf (pagefind_web search.rs): ln(1 + (N − df + 0.5) / (df + 0.5)). */
export function idf(pages: number, withTerm: number): number {
  return Math.log(1 + (pages - withTerm + 0.5) / (withTerm + 0.5));
}

/** The terms Pagefind scores a ranked search by: its words, cut by the same segmenter, in lower case. */
export function pagefindTerms(term: string): string[] {
  return [...new Set(term.split(/\s+/).filter(Boolean).flatMap(segment).map((word) => word.toLocaleLowerCase()))];
}

/** Pages per shard, and which shard holds each page. */
export interface ShardMembers {
  pages: ReadonlyMap<string, number>;
  shardOf: ReadonlyMap<string, string>;
}

/** Lists each shard alone (its synthetic filter), once: result ids are page ids, unique across shards. */
export async function shardMembers(engine: SearchEngine, shards: readonly string[]): Promise<ShardMembers> {
  const lists = await Promise.all(shards.map((shard) => engine.search(null, { filters: { [SHARD_FILTER]: { any: [shard] } } })));
  const shardOf = new Map(lists.flatMap((list, i) => list.results.map((result) => [result.id, shards[i]!] as const)));
  return { pages: new Map(lists.map((list, i) => [shards[i]!, list.results.length])), shardOf };
}

/** The factor per shard that turns its scores for these terms into archive-wide ones; terms a shard lacks Pagefind drops there. */
export function shardFactors(members: ShardMembers, withTerm: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, number> {
  const total = [...members.pages.values()].reduce((sum, n) => sum + n, 0);
  const factors = new Map<string, number>();
  for (const [shard, pages] of members.pages) {
    let local = 0;
    let global = 0;
    for (const counts of withTerm.values()) {
      const here = counts.get(shard) ?? 0;
      if (here === 0) continue;
      local += idf(pages, here);
      global += idf(total, [...counts.values()].reduce((sum, n) => sum + n, 0));
    }
    factors.set(shard, local > 0 ? global / local : 1);
  }
  return factors;
}

const NO_PAGE = noPageFilters([SHARD_FILTER]);

/** A search engine over merged shards whose ranked scores compare across shards. */
export function comparableScores(engine: SearchEngine, members: ShardMembers): SearchEngine {
  // Pages holding a term, per shard: the unfiltered counts of a one-term search. A filter no page matches keeps its
  // results empty, so only the counts cross from Pagefind's worker, and its index chunks are already loaded.
  const known = new Map<string, Promise<Map<string, number>>>();
  const pagesWith = (term: string) => {
    const counted = known.get(term) ?? engine.search(term, { filters: NO_PAGE }).then((found) => countsByShard(found, members));
    known.set(term, counted);
    return counted;
  };
  return {
    async search(term, options) {
      const found = await engine.search(term, options);
      if (term === null || /^\s*".*"\s*$/.test(term)) return found;
      const terms = pagefindTerms(term);
      const counts = new Map(await Promise.all(terms.map(async (t) => [t, await pagesWith(t)] as const)));
      const factors = shardFactors(members, counts);
      // In place: Pagefind frees a result's data in its worker once the result object is garbage collected, so a copy's data() could fail.
      for (const result of found.results) result.score = (result.score ?? 0) * (factors.get(members.shardOf.get(result.id) ?? '') ?? 1);
      found.results.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
      return found;
    },
  };
}

/** Pages found per shard, from the search's unfiltered counts. */
function countsByShard(found: PagefindSearch, members: ShardMembers): Map<string, number> {
  const counts = found.totalFilters?.[SHARD_FILTER] ?? {};
  return new Map([...members.pages.keys()].map((shard) => [shard, counts[shard] ?? 0]));
}
