// Every page type renders with the site chrome, one h1 and headings that never skip a level.
import { test, expect } from './fixtures';
import { PAGE_TYPES } from './site-content';

test.describe('every page type', () => {
  for (const [name, pagePath] of Object.entries(PAGE_TYPES)) {
    test(`${name} renders with the site chrome and ordered headings`, async ({ page, siteUrl, siteBase }) => {
      const response = await page.goto(siteUrl + pagePath);
      expect(response?.status()).toBe(name === 'not found' ? 404 : 200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('main#main')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
      // Every page has a search box in its header, but the search page, whose own box is the one box it shows.
      const search = page.locator(name === 'search' ? 'main form[role="search"]' : 'header form[role="search"]');
      await expect(search).toHaveAttribute('action', `${siteBase}search/`);
      await expect(search.locator('input[name="q"]')).toHaveCount(1);
      const boxes: Record<string, number> = { search: 1, 'not found': 2 }; // the 404 page offers a search of its own.
      await expect(page.locator('input[name="q"]')).toHaveCount(boxes[name] ?? 1);
      await expect(page.locator('header a.site-name')).toHaveAttribute('href', siteBase);

      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(1);
      });
    });
  }
});
