// The home page, the issues list, the year pages and the issue page show the real content of 2024年第3期.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { ISSUE_2024_03, TEST_CONTENT_DIR } from './site-content';

test('home shows the counts, the newest issue’s contents and the issues by year', async ({ page, siteUrl, siteBase }) => {
  await page.goto(siteUrl);
  const docNumbers = JSON.parse(readFileSync(path.join(TEST_CONTENT_DIR, 'doc-numbers.json'), 'utf8')) as unknown[];
  await expect(page.locator('[data-stat="issues"] strong')).toHaveText('1');
  await expect(page.locator('[data-stat="notices"] strong')).toHaveText('18');
  await expect(page.locator('[data-stat="doc-numbers"] strong')).toHaveText(String(docNumbers.length));
  await expect(page.locator('#newest-heading a')).toHaveAttribute('href', `${siteBase}issues/2024-03/`);
  await expect(page.locator('.toc .toc-entry')).toHaveCount(18);
  await expect(page.locator('.issue-year h3')).toHaveText(['2024年']);
});

test('issues list groups issues by year and links each issue', async ({ page, siteUrl, siteBase }) => {
  await page.goto(`${siteUrl}issues/`);
  await expect(page.locator('#year-2024')).toHaveText('2024年');
  const link = page.locator('.issue-list a');
  await expect(link).toHaveText(['2024年第3期']);
  await expect(link).toHaveAttribute('href', `${siteBase}issues/2024-03/`);
  await expect(page.locator('.issue-list li')).toContainText('18件文件');
});

test('the issues page says which issues the archive holds and lacks, also as JSON', async ({ page, request, siteUrl, siteBase }) => {
  await page.goto(`${siteUrl}issues/`);
  // 2024年第3期 is held; 第1期 and 第2期 of 2024 must exist and are not.
  await expect(page.locator('.coverage-years [data-year="2024"] dd')).toHaveText('收录第3期；缺第1、2期');
  await expect(page.locator('.coverage-gaps')).toHaveCount(0);
  const json = page.getByRole('link', { name: '收录情况（JSON）' });
  await expect(json).toHaveAttribute('href', `${siteBase}issues/coverage.json`);
  expect(await (await request.get(`${siteUrl}issues/coverage.json`)).json()).toEqual({ years: [{ year: 2024, held: [3], missing: [1, 2] }], gaps: [] });
});

test('each year has its own page, linked from the issues page', async ({ page, siteUrl, siteBase }) => {
  await page.goto(`${siteUrl}issues/`);
  await page.locator('#year-2024 a').click();
  await expect(page).toHaveURL(`${siteUrl}issues/2024/`);
  await expect(page.locator('h1')).toHaveText('2024年');
  await expect(page.locator('.breadcrumbs a')).toHaveText(['首页', '各期公报']);
  await expect(page.locator('.year-coverage')).toHaveText('收录第3期；缺第1、2期');
  await expect(page.locator('.issue-list a')).toHaveText(['2024年第3期']);
  await expect(page.locator('.issue-list a')).toHaveAttribute('href', `${siteBase}issues/2024-03/`);
  // One year only: no year before or after it.
  await expect(page.getByRole('navigation', { name: '前后年份' })).toHaveCount(0);
});

test.describe('issue page 2024-03', () => {
  test('shows the cover data and the colophon', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}issues/2024-03/`);
    await expect(page.locator('h1')).toContainText('柳州市人民政府公报');
    await expect(page.locator('h1')).toContainText('2024年第3期');
    const cover = page.locator('.issue-facts dd');
    await expect(cover).toHaveText(['2024年', '第3期', '总第153期', '2024年3月15日']);
    await expect(page.locator('.issue-facts time')).toHaveAttribute('datetime', '2024-03-15');
    const colophon = page.locator('section[aria-labelledby="colophon-heading"] .facts');
    await expect(colophon.locator('dt')).toHaveText(['主管', '主办', '联系电话']);
    await expect(colophon.locator('dd')).toHaveText(['柳州市人民政府', '柳州市人民政府办公室', '0772-2825328']);
  });

  test('lists the notices in printed order with their doc numbers, pages and links', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}issues/2024-03/`);
    const entries = page.locator('.toc .toc-entry');
    await expect(entries).toHaveCount(ISSUE_2024_03.length);
    await expect(entries.locator('.toc-doc-number')).toHaveText(ISSUE_2024_03.map(([docNumber]) => docNumber));
    await expect(entries.locator('.toc-page')).toHaveText(ISSUE_2024_03.map(([, , pageNo]) => `第${pageNo}页`));
    const hrefs = await entries.locator('.toc-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(ISSUE_2024_03.map(([, slug]) => `${siteBase}notices/${slug}/`));
  });

  test('each entry leads to its notice, printed from that page', async ({ page, siteUrl }) => {
    test.setTimeout(120_000); // eighteen notices, each opened from the issue page.
    for (const [docNumber, , pageNo] of ISSUE_2024_03) {
      await page.goto(`${siteUrl}issues/2024-03/`);
      const entry = page.locator('.toc-entry', { hasText: docNumber });
      const title = (await entry.locator('.toc-title a').textContent())!;
      await entry.locator('.toc-title a').click();
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator('.notice-header .notice-number')).toHaveText(docNumber);
      const pages = page.locator('.notice-meta div', { has: page.locator('dt', { hasText: '页码' }) }).locator('dd');
      await expect(pages).toHaveText(new RegExp(`^第${pageNo}(—\\d+页|页起|页)$`));
    }
  });
});

test.describe('plain words for citizens', () => {
  test('the issue page says why it prints documents of an earlier year, dates each entry, and dials its phone number', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}issues/2024-03/`);
    await expect(page.locator('.earlier-years')).toHaveText(/有13件成文于2023年/);
    await expect(page.locator('.toc-entry').first().locator('.toc-date')).toHaveText('2024年2月8日');
    await expect(page.getByRole('link', { name: '0772-2825328' })).toHaveAttribute('href', 'tel:07722825328');
    await expect(page.locator('main')).not.toContainText('seeds/');
  });

  test('the footer states once that the printed gazette prevails', async ({ page, siteUrl }) => {
    await page.goto(siteUrl);
    expect((await page.locator('footer').innerText()).split('以印刷版为准').length - 1).toBe(1);
  });

  test('the home page counts fit side by side on a phone and say what they count', async ({ page, siteUrl }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(siteUrl);
    const chips = page.locator('.stats li');
    await expect(chips).toHaveCount(3);
    const boxes = await chips.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    expect(new Set(boxes).size).toBe(1);
    await expect(page.locator('.stats li[data-stat="doc-numbers"] small')).toHaveText('含7个仅被引用');
  });
});
