// Search relevance: builds the site from seeds/ in a scratch copy (or reuses it), runs every query of
// tests/search-relevance/queries.json through the search page in Chromium, and prints top-1, MRR@5 and the misses.
// Usage: npm run eval:search [-- --reuse]
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { loadRelevanceSet, runRelevanceSet } from '../tests/support/relevance-run.ts';
import { formatReport, scoreQuery, summarise } from '../tests/support/relevance-score.ts';
import { buildProject, prepareProject, totalMs } from './bench/site-build.ts';

/** The bar `npm test` holds search to (tests/browser/search-relevance.spec.ts). */
export const RELEVANCE_TARGETS = { top1: 0.95 };

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } });
  const project = join(tmpdir(), 'gongbao-eval', 'site');
  const dist = join(project, 'dist');
  if (values.reuse && existsSync(join(dist, 'pagefind'))) console.log(`reusing the build in ${dist}`);
  else {
    prepareProject(project);
    const times = await buildProject(project, join(import.meta.dirname, '../seeds'));
    console.log(`site built in ${(totalMs(times) / 1000).toFixed(1)} s → ${dist}`);
  }
  const server = await startStaticServer(dist, '/');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const scores = (await runRelevanceSet(page, server.url, loadRelevanceSet())).map(scoreQuery);
    console.log(formatReport(scores));
    const { top1 } = summarise(scores);
    const low = scores.filter((s) => s.belowTop3.length > 0).length;
    return top1 >= RELEVANCE_TARGETS.top1 && low === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = await main();
