// Loads a Pagefind index (the full text's shards, newest first, or the titles) as one module: the first bundle merges the rest.
import type { PagefindModule, PagefindOptions } from '../search/pagefind-client.ts';
import { SHARD_FILTER } from '../search/shards.ts';

/**
 * How every bundle searches; a merged shard takes them again. The status and acts meta (已被…废止, 本文废止… ) are for
 * showing; Pagefind searches meta as text, so they must not rank a page.
 */
const SEARCH_OPTIONS: PagefindOptions = { excerptLength: 36, ranking: { metaWeights: { status: 0, acts: 0 }, pageLength: 0 } };

/** The bundles' module, from the site's `base`; the first of `bundles` is the one whose script loads. */
export async function loadPagefind(base: string, [primary, ...shards]: readonly string[]): Promise<PagefindModule> {
  const module = (await import(/* @vite-ignore */ `${base}${primary}/pagefind.js`)) as PagefindModule;
  // Each bundle's pages carry their bundle's name as a filter, so a newest-first listing can take the shards one by one.
  const optionsOf = (bundle: string): PagefindOptions => (shards.length > 0 ? { ...SEARCH_OPTIONS, mergeFilter: { [SHARD_FILTER]: bundle } } : SEARCH_OPTIONS);
  // One call before init: later calls replace the options init reads. Searching in Pagefind's worker keeps a query of
  // a large archive (a single search of 150 issues takes 40–140 ms) from blocking the page.
  await module.options(optionsOf(primary!));
  await module.init();
  // The shards load side by side; their order no longer matters once each carries its filter.
  await Promise.all(shards.map((shard) => module.mergeIndex(`${base}${shard}/`, optionsOf(shard))));
  return module;
}
