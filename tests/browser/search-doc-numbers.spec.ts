// The doc-number resolver in the browser: every archived number in five spellings opens its notice; a
// cited-only and an unknown number get their messages.
import { test, expect } from './fixtures';
import { ISSUE_2024_03 } from './site-content';
import { resultPaths, searchByUrl, searched, typeQuery } from './search-helpers';

/** Five ways people type 柳政发〔2024〕3号. */
function variants(docNumber: string): string[] {
  const m = /^(.+)〔(\d{4})〕(\d+)号$/.exec(docNumber);
  if (!m) throw new Error(docNumber);
  const [, prefix = '', year, number = ''] = m;
  const traditional = prefix.replace(/发/g, '發');
  return [
    `${prefix}[${year}]${number}号`,
    `${prefix}（${year}）第${number}号`,
    `${prefix}${year}年${number}号`,
    `${prefix} ${year}-${number.padStart(2, '0')}`,
    `${traditional}【${year}】${number}號`,
  ];
}

test.describe('archived doc numbers', () => {
  for (const [docNumber, slug] of ISSUE_2024_03) {
    test(`${docNumber} in five spellings resolves to its notice`, async ({ page, siteUrl, siteBase }) => {
      const url = `${siteBase}notices/${slug}/`;
      await page.goto(`${siteUrl}search/`);
      const spellings = variants(docNumber);
      for (const typed of spellings) {
        await typeQuery(page, typed);
        const exact = page.locator('.search-exact a');
        await expect(exact, typed).toHaveAttribute('href', url);
        await expect(page.locator('.search-exact')).toContainText(docNumber);
      }
      // Enter goes straight to it (the last spelling is the traditional one).
      await page.locator('#search-page-query').press('Enter');
      await expect(page).toHaveURL(new URL(url, siteUrl).href);
    });
  }

  test('Enter right after typing, before the debounce, still opens the notice', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}search/`);
    await page.locator('#search-page-query').fill('柳政发2023-9');
    await page.locator('#search-page-query').press('Enter');
    await expect(page).toHaveURL(new URL(`${siteBase}notices/liuzhengfa-2023-9/`, siteUrl).href);
  });

  test('a doc number typed in the header box is shown as the exact match on the search page', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}issues/`);
    await page.locator('#site-search').fill('柳政发〔2024〕3号');
    await page.locator('#site-search').press('Enter');
    await searched(page, '柳政发〔2024〕3号');
    await expect(page.locator('.search-exact a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-3/`);
    // A second Enter in the page's box opens it.
    await page.locator('#search-page-query').press('Enter');
    await expect(page).toHaveURL(new URL(`${siteBase}notices/liuzhengfa-2024-3/`, siteUrl).href);
  });
});

test('a cited-only doc number says it is not archived and lists the notices citing it', async ({ page, siteUrl, siteBase }) => {
  await searchByUrl(page, siteUrl, '国发[2022]22号');
  const cited = page.locator('.search-cited');
  await expect(cited).toContainText('本站未收录国发〔2022〕22号');
  await expect(cited.getByRole('link', { name: '柳州市人民政府关于做好全市第五次全国经济普查的通知' })).toHaveAttribute(
    'href',
    `${siteBase}notices/liuzhengfa-2023-9/`,
  );
  await expect(cited.getByRole('link', { name: /见文号索引/ })).toHaveAttribute('href', `${siteBase}doc-numbers/#guofa-2022-22`);
  await expect(page.locator('.search-exact')).toHaveCount(0);
});

test('an unknown doc number says so, then shows full-text results', async ({ page, siteUrl }) => {
  await searchByUrl(page, siteUrl, '柳政发〔2024〕13号');
  await expect(page.locator('.search-unknown')).toHaveText('本站没有文号为柳政发〔2024〕13号的文件，下面是全文检索结果。');
  await expect(page.locator('.search-exact')).toHaveCount(0);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
  // Enter does not pretend to have found it.
  await page.locator('#search-page-query').press('Enter');
  await searched(page, '柳政发〔2024〕13号');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('2023 and 2024 numbers 3 are told apart', async ({ page, siteUrl, siteBase }) => {
  await searchByUrl(page, siteUrl, '柳政发2023-3');
  await expect(page.locator('.search-exact a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-3/`);
  await typeQuery(page, '柳政发2024-3');
  await expect(page.locator('.search-exact a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-3/`);
});
