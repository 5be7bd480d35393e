// The real issue built with the constructed issue of every kind (tests/fixtures/constructed): sections, an order and
// its articles, relations across the two issues, and the search of orders and sections.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { searchByUrl } from '../../support/search-page.ts';
import { test, expect } from '../fixtures';
import { repo, scratchFolder, serveSeeds } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();

test.describe('the real issue with the constructed issue of every kind', () => {
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const seeds = path.join(scratch.path, 'two-seeds');
    mkdirSync(seeds, { recursive: true });
    copyFileSync(path.join(repo, 'seeds/2024-03.txt'), path.join(seeds, '2024-03.txt'));
    copyFileSync(path.join(repo, 'tests/fixtures/constructed/2024-04.txt'), path.join(seeds, '2024-04.txt'));
    ({ url: siteUrl, close } = await serveSeeds(seeds, scratch.path, 'two'));
  });
  test.afterAll(async () => close());

  test('the issue page shows its table of contents in sections, every item linked', async ({ page }) => {
    await page.goto(`${siteUrl}issues/2024-04/`);
    await expect(page.locator('.toc-section')).toHaveText(['【政府规章】', '【市政府文件】', '【市政府办公室文件】', '【部门文件】', '【人事任免】', '【政策解读】']);
    await expect(page.locator('.toc-title a')).toHaveCount(8);
    const regulations = page.getByRole('list', { name: '目录 【政府规章】' });
    await expect(regulations.locator('.toc-doc-number')).toHaveText(['柳州市人民政府令第20号']);
    await page.getByRole('link', { name: '《柳州市城市道路桥梁管理办法》政策解读' }).click();
    await expect(page).toHaveURL(`${siteUrl}notices/2024-04-item-8/`);
    await expect(page.locator('.notice-header .notice-number')).toHaveCount(0);
    await expect(page.locator('.notice-section')).toHaveText('政策解读');
  });

  test('an order shows its number, dates, signer and section, and each article is a link target', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhoushirenminzhengfuling-no20/#tiao-5`);
    await expect(page.locator('h1')).toHaveText('柳州市城市道路桥梁管理办法');
    await expect(page).toHaveTitle(/柳州市城市道路桥梁管理办法（柳州市人民政府令第20号）/);
    const meta = page.locator('.notice-meta');
    await expect(page.locator('.notice-header .notice-number')).toHaveText('柳州市人民政府令第20号');
    await expect(meta.locator('dt')).toContainText(['公布日期', '审议通过', '签署', '栏目', '施行日期']);
    await expect(page.locator('.notice-effect dt')).toHaveText(['施行日期']);
    const article = page.locator('#tiao-5');
    await expect(article).toHaveText('第五条');
    await expect(article).toBeInViewport();
    await expect(page.locator('.prose .article-label')).toHaveCount(7);
    // Title, 章 and 节 rank above the text; an article's label is a run-in label of the text's size.
    const size = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const [h2, h3, h4, body] = [await size('.prose h2'), await size('.prose h3'), await size('.prose h4:not(.article-label)'), await size('.prose p')];
    expect(h2).toBeGreaterThan(h3);
    expect(h3).toBeGreaterThan(h4);
    expect(h4).toBeGreaterThan(body);
    // The outline lists the 章 and 节, never the 条.
    const outline = page.locator('.outline a');
    await expect(outline).toContainText(['第一章 总 则', '第一节 一般规定']);
    await expect(outline.filter({ hasText: '第一条' })).toHaveCount(0);
  });

  test('citations and relations link across the issues both ways', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    await expect(page.locator('.notice-status .status-badge')).toHaveText('已废止');
    await expect(page.locator('.notice-status .status-by a')).toHaveAttribute('href', '/notices/liuzhengfa-2024-9/');
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await expect(page.locator('.related-group[data-relation="implementedBy"] a').filter({ hasText: '柳政发〔2024〕9号' })).toHaveAttribute('href', '/notices/liuzhengfa-2024-9/');
    await page.goto(`${siteUrl}notices/liuzhengbanfa-2024-12/`);
    const ref = page.locator('.prose a.doc-ref', { hasText: '柳州市人民政府令第20号' });
    await expect(ref).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
    await page.goto(`${siteUrl}doc-numbers/liuzhoushirenminzhengfuling-no/`);
    await expect(page.locator('h1')).toHaveText('柳州市人民政府令各号');
    await expect(page.locator('li#liuzhoushirenminzhengfuling-no20 a').first()).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the new page types have no axe violations and do not scroll sideways on a phone (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 780 });
      for (const pagePath of ['issues/2024-04/', 'notices/liuzhoushirenminzhengfuling-no20/', 'notices/2024-04-item-8/', 'notices/liuzhengren-2024-5/', 'doc-numbers/liuzhoushirenminzhengfuling-no/']) {
        await page.goto(siteUrl + pagePath);
        const outline = page.locator('nav.outline details');
        if ((await outline.count()) > 0) await outline.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), pagePath).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, pagePath).toBeLessThanOrEqual(0);
      }
    });
  }

  test('the search box finds an order by its number typed short, an article as a section of its result, and filters by section', async ({ page }) => {
    for (const typed of ['市政府令第20号', '政府令20号', '第20号令']) {
      await searchByUrl(page, siteUrl, typed);
      await expect(page.locator('.search-exact a'), typed).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
    }
    // A jointly issued document is found by either of its numbers.
    await searchByUrl(page, siteUrl, '柳教规2024-1');
    await expect(page.locator('.search-exact a')).toHaveAttribute('href', '/notices/liucaigui-2024-2/');
    await page.locator('.search-exact a').click();
    await expect(page.locator('.notice-header .notice-number')).toHaveText('柳财规〔2024〕2号、柳教规〔2024〕1号');
    await searchByUrl(page, siteUrl, '巡查制度');
    const result = page.locator('.search-result', { has: page.locator('h3 a[href^="/notices/liuzhoushirenminzhengfuling-no20/"]') });
    await expect(result.locator('.search-sections a').first()).toHaveAttribute('href', /#tiao-5$/);
    await searchByUrl(page, siteUrl, '城市道路桥梁');
    const sections = page.locator('#search-filters fieldset', { has: page.locator('legend', { hasText: '栏目' }) });
    // As the table of contents prints them, not in pinyin order.
    await expect(sections.locator('label:visible')).toContainText(['政府规章', '市政府文件', '市政府办公室文件', '部门文件', '政策解读']);
    await sections.getByLabel(/政府规章/).check();
    await expect(page.locator('#search-results h3 a')).toHaveCount(1);
    await expect(page.locator('#search-results h3 a')).toHaveAttribute('href', /liuzhoushirenminzhengfuling-no20/);
  });
});
