// Full-text search in tiers (see rank.ts) over Pagefind: a ranked search for the whole query, exact searches for each
// word and for each of its segments (which notices hold a word as written, and which hold all its parts), and, for
// several words, each word alone for its score.
import type { FilterCounts, PagefindPage, PagefindResult, PagefindSearch } from './pagefind-client.ts';
import { byTierThenScore, phraseTier, type Ranked, type Tier } from './rank.ts';
import { DATE_SORT, FILTER_KEYS } from './notice-attributes.ts';
import type { QueryPlan } from './query-plan.ts';
import { SHARD_FILTER } from './shards.ts';

/** The part of Pagefind's API a ranked search needs. */
export interface SearchEngine {
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

export interface RankOptions {
  filters: Record<string, { any: string[] }>;
  /** Notices whose data is read to place them by where they hold the phrase (the page renders these first anyway). */
  window: number;
  /** relevance: by tier, then score. date: notices holding every word, newest first, then those holding some. */
  order: 'relevance' | 'date';
  /** The engine's bundles, newest first, each carrying SHARD_FILTER; one bundle needs no filter. */
  shards: readonly string[];
}

export interface RankedSearch {
  hits: Ranked<PagefindResult>[];
  /**
   * Counts per shown filter value among the notices the page lists, so that they add up to what it shows; only the
   * filters whose data the engine has loaded have counts.
   */
  filters: FilterCounts;
  /** The same counts asked again, once the filters' data is loaded. */
  countFilters(): Promise<FilterCounts>;
}

/**
 * How many of the listed notices carry each value of the shown filters: for each value Pagefind knows (those of
 * `known`), the notices a filter-only search on it keeps, among `hits`. Pagefind's own counts are of its ranked search,
 * which also holds notices the page does not list (characters of a word apart, words of an abbreviation's long form).
 */
async function countsAmong(engine: SearchEngine, hits: readonly Ranked<PagefindResult>[], known: FilterCounts, filters: RankOptions['filters']): Promise<FilterCounts> {
  const listed = new Set(hits.map((hit) => hit.item.id));
  const shown = Object.entries(known).filter(([key]) => (FILTER_KEYS as readonly string[]).includes(key));
  const counted = await Promise.all(
    shown.map(async ([key, values]) => {
      const perValue = await Promise.all(
        Object.keys(values).map(async (value) => {
          const kept = await engine.search(null, { filters: { ...filters, [key]: { any: [value] } } });
          return [value, kept.results.filter((r) => listed.has(r.id)).length] as const;
        }),
      );
      return [key, Object.fromEntries(perValue)] as const;
    }),
  );
  return Object.fromEntries(counted);
}

/** The ranked search with its counts made from the notices it lists. */
async function withCounts(engine: SearchEngine, hits: Ranked<PagefindResult>[], known: FilterCounts, filters: RankOptions['filters']): Promise<RankedSearch> {
  return {
    hits,
    filters: await countsAmong(engine, hits, known, filters),
    countFilters: async () => countsAmong(engine, hits, (await engine.search(null, { filters })).filters, filters),
  };
}

/** The ids in every set. */
function intersect(sets: readonly Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * Every notice the filters allow, newest first. Merged bundles each sort their own, but their lists are joined by a
 * per-bundle rank, so each shard is listed alone and the lists follow the shards' order, which is by date.
 */
async function newestFirst(engine: SearchEngine, filters: RankOptions['filters'], shards: readonly string[]): Promise<PagefindResult[]> {
  const sort = { [DATE_SORT]: 'desc' as const };
  if (shards.length <= 1) return (await engine.search(null, { filters, sort })).results;
  const lists = await Promise.all(shards.map((shard) => engine.search(null, { filters: { ...filters, [SHARD_FILTER]: { any: [shard] } }, sort })));
  return lists.flatMap((list) => list.results);
}

/** Pagefind's exact-phrase syntax. */
const phrase = (form: string) => `"${form}"`;

/**
 * Searches and orders the results. The first `window` notices that hold every word as a phrase are placed by where
 * they hold it, which needs their data (the page renders those anyway); the rest keep their tier's default.
 */
export async function rankedSearch(engine: SearchEngine, plan: QueryPlan, { filters, window, order, shards }: RankOptions): Promise<RankedSearch> {
  const options = { filters };
  if (plan.words.length === 0) {
    const all = await engine.search(null, options);
    const listed = order === 'date' ? await newestFirst(engine, filters, shards) : all.results;
    return withCounts(engine, listed.map((item) => ({ item, tier: 'terms' as Tier, score: item.score ?? 0 })), all.filters, filters);
  }
  const forms = plan.words.flatMap((word) => word.forms);
  const ids = (search: PagefindSearch) => new Set(search.results.map((r) => r.id));
  // A term asked twice (a one-segment word is its own segment) is searched once.
  const asked = new Map<string, Promise<PagefindSearch>>();
  const search = (term: string) => asked.get(term) ?? asked.set(term, engine.search(term, options)).get(term)!;
  const [ranked, phrases, segments, singles] = await Promise.all([
    Promise.all(plan.variants.map(search)),
    Promise.all(plan.words.map((word) => Promise.all(word.forms.map((form) => search(phrase(form)))))),
    Promise.all(plan.words.map((word) => Promise.all(word.segments.map((parts) => Promise.all(parts.map((part) => search(phrase(part)))))))),
    plan.words.length > 1 ? Promise.all(forms.map(search)) : Promise.resolve([]),
  ]);

  // Best score per notice over every search that found it.
  const pool = new Map<string, { item: PagefindResult; score: number }>();
  const add = (results: readonly PagefindResult[]) => {
    for (const item of results) {
      const score = item.score ?? 0;
      const known = pool.get(item.id);
      if (!known || score > known.score) pool.set(item.id, { item: known?.item ?? item, score });
    }
  };
  ranked.forEach((search) => add(search.results));
  singles.forEach((search) => add(search.results));
  phrases.flat().forEach((search) => add(search.results));
  segments.flat(2).forEach((search) => add(search.results));

  const perWord = phrases.map((searches) => new Set(searches.flatMap((search) => [...ids(search)])));
  const everyPhrase = [...(perWord[0] ?? [])].filter((id) => perWord.every((set) => set.has(id)));
  // Every term: each word has all segments of one of its forms somewhere, apart or together. Pagefind's own ranked
  // search also lists notices holding only some characters of a word (潜 for 潜艇), which are no match at all.
  const termsPerWord = segments.map((perForm) => new Set(perForm.flatMap((perPart) => [...intersect(perPart.map(ids))])));
  const allTerms = intersect(termsPerWord);

  const byScore = (ids: Iterable<string>) => [...ids].map((id) => pool.get(id)!).sort((a, b) => b.score - a.score);
  const phraseHits = byScore(everyPhrase);
  const placed = () =>
    Promise.all(phraseHits.slice(0, window).map(async ({ item, score }) => ({ item, score, tier: phraseTier(plan, (await item.data()) as PagefindPage) })));
  const taken = new Set(everyPhrase);
  const termHits = byScore([...allTerms].filter((id) => !taken.has(id)));
  termHits.forEach(({ item }) => taken.add(item.id));
  // Partial: notices holding some words whole; a word's characters scattered or inside other words do not count.
  const someWord = new Set(perWord.flatMap((ids) => [...ids]));
  const partialHits = byScore([...someWord].filter((id) => !taken.has(id)));

  // The filter values Pagefind knows so far (none until their data is loaded), counted among the listed notices.
  const known = ranked[0]?.filters ?? {};
  if (order === 'date') {
    // A hit's place among every notice the filters allow, newest first, is its date order.
    const place = new Map((await newestFirst(engine, filters, shards)).map((r, i) => [r.id, i]));
    const dated = (hits: { item: PagefindResult; score: number }[], tier: Tier) =>
      hits.map((hit) => ({ ...hit, tier })).sort((a, b) => (place.get(a.item.id) ?? Infinity) - (place.get(b.item.id) ?? Infinity));
    return withCounts(engine, [...dated([...phraseHits, ...termHits], 'terms'), ...dated(partialHits, 'partial')], known, filters);
  }
  const hits = byTierThenScore<PagefindResult>([
    ...(await placed()),
    ...phraseHits.slice(window).map((hit) => ({ ...hit, tier: 'body' as Tier })),
    ...termHits.map((hit) => ({ ...hit, tier: 'terms' as Tier })),
    ...partialHits.map((hit) => ({ ...hit, tier: 'partial' as Tier })),
  ]);
  return withCounts(engine, hits, known, filters);
}
