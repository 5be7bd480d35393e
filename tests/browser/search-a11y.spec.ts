// Accessibility of the search page in its filled states (the empty page is covered by site-a11y.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { searchByUrl } from '../support/search-page.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    test.use({ colorScheme });
    for (const [state, query] of [
      ['results with filters', '经济普查'],
      ['exact doc-number match', '柳政发2024-3'],
      ['cited-only doc number', '国发〔2022〕22号'],
      ['unknown doc number', '柳政发〔2024〕13号'],
      ['converted query', '經濟普查'],
    ] as const) {
      test(`search page with ${state} has no violations`, async ({ page, siteUrl }) => {
        await searchByUrl(page, siteUrl, query);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('results fit a 360px phone without sideways scroll', async ({ page, siteUrl }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await searchByUrl(page, siteUrl, '经济普查');
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
