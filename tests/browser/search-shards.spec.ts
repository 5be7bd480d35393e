// The full-text index as built: every notice in exactly one shard, the shards the search page merges, and nothing
// left of the files the indexing step read.
import { test, expect } from './fixtures';
import { ISSUE_2024_03 } from './site-content';

test('every notice is indexed once across the shards the search page merges', async ({ page, request, siteUrl, searchShardSize }) => {
  await page.goto(`${siteUrl}search/`);
  const { bundles } = JSON.parse((await page.locator('#search-config').textContent()) ?? '{}') as { bundles: string[] };
  expect(bundles[0]).toBe('pagefind');
  // Shards hold whole years where they can, so there may be more than the fewest possible.
  if (searchShardSize > 0) expect(bundles.length).toBeGreaterThanOrEqual(Math.ceil(ISSUE_2024_03.length / searchShardSize));
  else expect(bundles).toEqual(['pagefind']);
  let indexed = 0;
  for (const bundle of bundles) {
    const entry = (await (await request.get(`${siteUrl}${bundle}/pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
    if (searchShardSize > 0) expect(pages, bundle).toBeLessThanOrEqual(searchShardSize);
    indexed += pages;
  }
  expect(indexed).toBe(ISSUE_2024_03.length);
  // The merged shards load no script or WebAssembly of their own.
  for (const bundle of bundles.slice(1)) expect((await request.get(`${siteUrl}${bundle}/pagefind.js`)).status()).toBe(404);
  for (const file of ['search/shards.json', 'search/title-records.json']) expect((await request.get(`${siteUrl}${file}`)).status(), file).toBe(404);
});
