// Scope, order and dates on the real issue: titles only, newest first, a date range, all in the URL; Back undoes a
// committed change; an empty search shows no zeroed filters and suggests what to try; phones get no keyboard tips.
import { test, expect } from './fixtures';
import { resultPaths, searchByUrl, searched, typeQuery } from '../support/search-page.ts';

const dates = (page: import('@playwright/test').Page) => page.locator('#search-results .search-result-meta time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

test.describe('scope', () => {
  test('仅标题 finds the notices whose title holds the words, and no notice that only mentions them', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '经济普查');
    expect((await resultPaths(page)).length).toBeGreaterThan(1);
    await page.getByRole('radio', { name: '仅标题' }).check();
    await searched(page, '经济普查');
    await expect.poll(() => resultPaths(page)).toEqual([`${siteBase}notices/liuzhengfa-2023-9/`]);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('title');
  });

  test('a body-only word finds nothing in titles, and the page says what to try', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('螺蛳粉')}&scope=title`);
    await searched(page, '螺蛳粉');
    await expect(page.getByRole('radio', { name: '仅标题' })).toBeChecked();
    await expect(page.locator('#search-status')).toHaveText('没有找到包含“螺蛳粉”的文件。');
    await expect(page.locator('.search-empty')).toContainText('按期浏览目录');
  });
});

test.describe('order and dates', () => {
  test('成文日期 orders newest first, and the URL keeps it', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '政府工作报告');
    await page.getByRole('radio', { name: /成文日期/ }).check();
    await searched(page, '政府工作报告');
    await expect.poll(async () => (await dates(page)).length).toBeGreaterThan(2);
    const shown = await dates(page);
    expect(shown).toEqual([...shown].sort().reverse());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
  });

  test('a date range keeps only notices dated inside it', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('政府工作报告')}&from=2023-03&to=2023-12`);
    await searched(page, '政府工作报告');
    await expect.poll(async () => (await dates(page)).length).toBeGreaterThan(0);
    for (const date of await dates(page)) expect(date >= '2023-03-01' && date <= '2023-12-31', date).toBe(true);
    await expect(page.locator('select[name="from"]')).toHaveValue('2023-03');
    await expect(page.locator('select[name="from"] option:checked')).toHaveText('2023年3月');
    await expect(page.getByRole('button', { name: '清除筛选' })).toBeVisible();
  });
});

test.describe('history', () => {
  test('Back undoes each committed change; typing adds one entry, not one per keystroke', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}search/`);
    await searched(page, '');
    const box = page.locator('#search-page-query');
    await box.pressSequentially('为民办实事', { delay: 30 });
    await searched(page, '为民办实事');
    await page.getByRole('group', { name: '成文年份' }).getByRole('checkbox', { name: /^2024/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
    await page.getByRole('radio', { name: /成文日期/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('date');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    await expect(page.getByRole('radio', { name: '相关度' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^2024/ })).toBeChecked();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBeNull();
    await expect(page.getByRole('checkbox', { name: /^2024/ })).not.toBeChecked();
    await expect(box).toHaveValue('为民办实事');
    await searched(page, '为民办实事');
    await page.goBack();
    await expect(box).toHaveValue('');
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('empty and noisy states', () => {
  test('no results: no zeroed filters, shorter terms suggested, the index and issues offered', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '量子计算机');
    await expect(page.locator('#search-status')).toHaveText('没有找到包含“量子计算机”的文件。');
    await expect(page.locator('#search-filter-groups label:visible')).toHaveCount(0);
    const empty = page.locator('.search-empty');
    // The word cut into the words it is made of (the browser's segmenter decides where).
    const tries = await empty.locator('p').first().getByRole('link').allTextContents();
    expect(tries.length).toBeGreaterThan(1);
    expect(tries.join('')).toBe('量子计算机');
    await expect(empty.getByRole('link', { name: '查看全部文号' })).toBeVisible();
    await expect(page.getByRole('button', { name: '清除筛选' })).toBeHidden();
  });

  test('several words that match nothing together are suggested one by one', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '恐龙 潜艇');
    await expect(page.locator('.search-empty').getByRole('link')).toHaveText(['恐龙', '潜艇', '查看全部文号', '按期浏览目录']);
  });

  test('notices holding only some of the words come last, under a line that says so', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '螺蛳粉 产业');
    const items = page.locator('#search-results > li');
    await expect(page.locator('.search-partial')).toHaveText('以下文件只包含部分词语');
    const classes = await items.evaluateAll((lis) => lis.map((li) => li.className));
    const divider = classes.indexOf('search-partial');
    expect(divider).toBeGreaterThan(0);
    expect(classes.slice(0, divider).every((c) => c === 'search-result')).toBe(true);
  });

  test('table cells in an excerpt are joined with ｜, and only the whole phrase is marked', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳州豆腐酿');
    const excerpt = page.locator('#search-results .search-excerpt').first();
    await expect(excerpt).toContainText(' ｜ ');
    expect(await excerpt.textContent()).not.toContain('. ');
    expect(new Set(await page.locator('#search-results mark').allTextContents())).toEqual(new Set(['柳州豆腐酿']));
  });

  test('a doc-number query marks no lone character such as 发 inside 发展', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳政发〔2024〕99号');
    expect(await page.locator('#search-output mark').count()).toBe(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('keyboard tips are not shown, and the page does not scroll sideways', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳州豆腐酿');
    await expect(page.locator('.search-keys')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('on a desktop the keyboard tips are shown', async ({ page, siteUrl }) => {
  await searchByUrl(page, siteUrl, '柳州豆腐酿');
  await expect(page.locator('.search-keys')).toBeVisible();
});

test('typing a new word after a filter search keeps the filter', async ({ page, siteUrl }) => {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent('为民办实事')}&year=2024`);
  await searched(page, '为民办实事');
  await typeQuery(page, '实事');
  expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2024']);
  const shown = await dates(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const date of shown) expect(date.startsWith('2024'), date).toBe(true);
});
