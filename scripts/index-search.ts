// CLI: builds one search bundle of a built site with a Pagefind process of its own: a shard of the full-text index
// (named in the site's search/shards.json) or the titles index. The build runs one per bundle, a few at a time; a
// large archive's shards can as well be built on other machines, each from a copy of Astro's output.
// Usage: tsx scripts/index-search.ts --site DIR --bundle NAME
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { runPagefindCli } from '../src/postbuild/pagefind-cli.ts';
import { indexShard, indexTitles, readShardPlan, readTitleRecords } from '../src/postbuild/search-index.ts';
import { TITLES_BUNDLE } from '../src/search/titles-bundle.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, bundle: { type: 'string' } } });
  const { site, bundle } = values;
  if (!site || !bundle) throw new Error('usage: tsx scripts/index-search.ts --site DIR --bundle NAME');
  if (bundle === TITLES_BUNDLE) {
    console.log(`[gongbao] pagefind: ${await indexTitles(site, pagefind, await readTitleRecords(site))} titles indexed into ${bundle}/`);
    return;
  }
  const plan = await readShardPlan(site);
  const shard = plan.find((s) => s.bundle === bundle);
  if (!shard) throw new Error(`no shard ${bundle} in the site's plan (${plan.map((s) => s.bundle).join(', ')})`);
  const count = await indexShard(site, shard, runPagefindCli);
  console.log(`[gongbao] pagefind: ${count} notice${count === 1 ? '' : 's'} of ${shard.from} to ${shard.to} indexed into ${bundle}/`);
}

try {
  await main();
} catch (error) {
  console.error(`search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
