// A synthetic archive of many issues (tests/support/synthetic-archive.ts): the lists that grow with the archive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocNumberEntry } from '../../../src/pipeline/content-schema';
import { LIST_LIMIT } from '../../../src/site/long-list';
import { writeSyntheticArchive } from '../../support/synthetic-archive.ts';
import { test, expect } from '../fixtures';
import { scratchFolder, serveSeeds } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();

test.describe('a synthetic archive of many issues', () => {
  let siteUrl = '';
  let content = '';
  let close = async () => {};
  test.beforeAll(async () => {
    // Synthetic issues repeat the real issue's notices, so the notice it abolishes in part (柳政发〔2022〕21号, archived
    // once the archive reaches 2022) is abolished in part, and cited, by most issues.
    const seeds = writeSyntheticArchive({ issues: LIST_LIMIT * 2 }, path.join(scratch.path, 'seeds'));
    const served = await serveSeeds(seeds.dir, scratch.path, 'many');
    ({ url: siteUrl, close, content } = served);
  });
  test.afterAll(async () => close());

  test('a notice cited by more notices than its page lists shows the first and links the whole list', async ({ page }) => {
    const entries = JSON.parse(readFileSync(path.join(content, 'doc-numbers.json'), 'utf8')) as DocNumberEntry[];
    const cited = entries.find((e) => e.notice && e.citedBy.length > LIST_LIMIT && e.relations.filter((r) => r.kind === 'abolished-by').length > LIST_LIMIT);
    expect(cited, 'a notice cited and abolished in part more than LIST_LIMIT times').toBeDefined();
    const slug = cited!.notice!.slug;
    await page.goto(`${siteUrl}notices/${slug}/`);
    // Every citing notice abolishes it in part: listed once, under 废止本文的文件, not again under 引用本文的文件.
    await expect(page.locator('#cited-by li')).toHaveCount(0);
    await expect(page.locator('#cited-by-heading + p')).toHaveText('引用本文的文件均已列在上方相关文件中。');
    const abolishedBy = page.locator('.related-group[data-relation="abolishedBy"]');
    await expect(abolishedBy.locator('li')).toHaveCount(LIST_LIMIT);
    await expect(abolishedBy.locator('.list-more a')).toHaveAttribute('href', `/doc-numbers/${slug.replace(/-\d+$/, '')}/#${slug}`);
    await page.goto(`${siteUrl}notices/${slug}/cited-by/`);
    // The whole list, in the same order, each linking its notice.
    await expect(page.locator('main ol.doc-link-list a')).toHaveText(cited!.citedBy.map((link) => link.title));
    const hrefs = await page.locator('main ol.doc-link-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(cited!.citedBy.map((link) => `/notices/${link.slug}/`));
  });

  test('each issue page links the issues before and after it in the archive', async ({ page }) => {
    const issues = (JSON.parse(readFileSync(path.join(content, 'issues.json'), 'utf8')) as { id: string; label: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    const [first, second, third] = issues as [(typeof issues)[number], (typeof issues)[number], (typeof issues)[number]];
    await page.goto(`${siteUrl}issues/${second.id}/`);
    const nav = page.getByRole('navigation', { name: '前后各期' });
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `/issues/${first.id}/`);
    await expect(nav.locator('a[rel="prev"] .doc-number')).toHaveText(first.label);
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${third.id}/`);
    await page.goto(`${siteUrl}issues/${first.id}/`);
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${second.id}/`);

    // Years too: the earliest year links only the year after it.
    const firstYear = Number(first.id.slice(0, 4));
    await page.goto(`${siteUrl}issues/${firstYear}/`);
    await expect(page.locator('h1')).toHaveText(`${firstYear}年`);
    const years = page.getByRole('navigation', { name: '前后年份' });
    await expect(years.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(years.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${firstYear + 1}/`);
    await expect(page.locator('.issue-list a').first()).toHaveAttribute('href', /^\/issues\/\d{4}-\d{2}\/$/);
  });
});
