// Transfer budgets, counted at the static server as sent (text gzipped): loading search plus a first word query with
// its filter counts, and a doc-number lookup once search is loaded.
import { test, expect } from './fixtures';
import { searchByUrl, typeQuery } from '../support/search-page.ts';

test('a first word query stays under 300 KB and a doc-number lookup under 10 KB', async ({ page, siteUrl, siteServer, searchShardSize }) => {
  // The budget holds for the archive's own shard size; shards of a few notices each load their whole index.
  test.skip(searchShardSize > 0, 'measured on the build with the default shard size');
  siteServer.bytesServed.reset();
  await searchByUrl(page, siteUrl, '经济普查');
  await expect(page.locator('#search-filters')).toHaveAttribute('data-counted', '经济普查');
  const firstQuery = siteServer.bytesServed.wire;
  expect(firstQuery).toBeLessThan(300 * 1024);

  siteServer.bytesServed.reset();
  await typeQuery(page, '柳政发2024-3');
  await expect(page.locator('.search-exact')).toBeVisible();
  const lookup = siteServer.bytesServed.wire;
  expect(lookup).toBeLessThan(10 * 1024);
  test.info().annotations.push({ type: 'bytes', description: `first query ${firstQuery} B, doc-number lookup ${lookup} B` });
});
