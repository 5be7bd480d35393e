// Runs the relevance set through the real search page in Chromium and reads the notices it lists, in order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { searchByUrl } from './search-page.ts';
import type { RelevanceQuery, RelevanceRun } from './relevance-score.ts';

/** The relevance set, checked for shape so a broken edit fails loudly. */
export function loadRelevanceSet(file = path.join(import.meta.dirname, '../search-relevance/queries.json')): RelevanceQuery[] {
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] };
  for (const q of queries) {
    if (!q.query || !q.class || !Array.isArray(q.expect) || q.expect.length === 0 || q.expect.length > 3) {
      throw new Error(`${file}: malformed query ${JSON.stringify(q)}`);
    }
  }
  return queries;
}

/** Notice slugs the page lists for its current search: the doc-number answer first, then the results, without repeats. */
export async function listedNotices(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#search-output a[data-result-link]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const slugs = hrefs.map((href) => /\/notices\/([^/?#]+)\//.exec(href)?.[1]).filter((slug): slug is string => !!slug);
  return [...new Set(slugs)];
}

/** Types each query into the search page (through its URL, as every search box does) and records what it lists. */
export async function runRelevanceSet(page: Page, siteUrl: string, queries: readonly RelevanceQuery[]): Promise<RelevanceRun[]> {
  const runs: RelevanceRun[] = [];
  for (const query of queries) {
    await searchByUrl(page, siteUrl, query.query);
    runs.push({ ...query, ranked: await listedNotices(page) });
  }
  return runs;
}
