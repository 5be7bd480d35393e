// Every page carries a strict Content-Security-Policy, and nothing the site does (search, highlights, copying a
// citation, the header box) is blocked by it.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { searchByUrl, typeQuery } from '../support/search-page.ts';
import { PAGE_TYPES } from './site-content';

/** Records every CSP violation of the page from the start, in window.__violations. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('each page type states a policy without unsafe-inline, allowing only the WebAssembly that search needs', async ({ page, siteUrl }) => {
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(`${siteUrl}${path}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("'wasm-unsafe-eval'");
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

test('nothing the site does is blocked by its policy', async ({ page, siteUrl }) => {
  await watchViolations(page);
  await searchByUrl(page, siteUrl, '经济普查');
  await typeQuery(page, '柳政发〔2024〕3号');
  await typeQuery(page, '經濟普查');
  expect(await violations(page)).toEqual([]);
  await page.locator('#search-results h3 a').first().click();
  await expect(page.locator('mark').first()).toBeVisible();
  await page.locator('.copy-button').first().click();
  expect(await violations(page)).toEqual([]);
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(`${siteUrl}${path}`);
    expect(await violations(page), path).toEqual([]);
  }
});

test('the policy refuses an inline script injected into a page, and the watch above sees it', async ({ page, siteUrl }) => {
  await watchViolations(page);
  await page.goto(siteUrl);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = 1';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});
