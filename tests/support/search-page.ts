// Shared steps for the search specs: run a query on the search page and read what it shows.
import type { Page } from '@playwright/test';

/** Waits until the search page has rendered the results of `query` (the box's value, as typed). */
export async function searched(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const output = document.getElementById('search-output');
      return output?.dataset['searched'] === q && output.getAttribute('aria-busy') === 'false';
    },
    query,
    { timeout: 15_000 },
  );
}

/** Opens the search page for `query` through its URL, as the header's box does, and waits for the results. */
export async function searchByUrl(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await searched(page, query);
}

/** Types `query` into the search page's box (already open) and waits for the results. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('#search-page-query').fill(query);
  await searched(page, query);
}

/** Paths (without the highlight parameter) of the result titles, in order. */
export async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split(/[?#]/)[0] ?? '');
}
