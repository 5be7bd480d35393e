// The doc-number resolver in the browser: every archived number in five spellings opens its notice; a
// cited-only and an unknown number get their messages.
import { test, expect } from './fixtures';
import { ISSUE_2024_03 } from './site-content';
import { resultPaths, searchByUrl, searched, typeQuery } from '../support/search-page.ts';

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

  for (const from of ['issues/', 'notices/liuzhengfa-2023-9/', 'doc-numbers/']) {
    test(`Enter in the header box on ${from} opens an exact doc number directly`, async ({ page, siteUrl, siteBase }) => {
      await page.goto(`${siteUrl}${from}`);
      await page.locator('#site-search').fill('柳政发〔2024〕3号');
      await page.locator('#site-search').press('Enter');
      await expect(page).toHaveURL(new URL(`${siteBase}notices/liuzhengfa-2024-3/`, siteUrl).href);
      // The search page was replaced, so Back returns to where the reader typed.
      await page.goBack();
      await expect(page).toHaveURL(`${siteUrl}${from}`);
    });
  }

  test('a search link, Reload or Back to the search page shows the match without jumping', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳政发〔2024〕3号');
    await page.reload();
    await searched(page, '柳政发〔2024〕3号');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.locator('.search-exact a')).toBeVisible();
  });

  test('the search page has one search box', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}search/`);
    await expect(page.locator('input[name="q"]')).toHaveCount(1);
  });
});

test.describe('cited-only doc numbers', () => {
  test('say the archive does not hold it and list the citing notices with how they cite it', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '国发[2022]22号');
    const cited = page.locator('.search-cited');
    await expect(cited.getByRole('heading')).toHaveText('本站未收录该文件');
    await expect(cited).toContainText('国发〔2022〕22号 《国务院关于开展第五次全国经济普查的通知》');
    const citing = cited.locator('.search-citing li');
    await expect(citing).toHaveCount(1);
    await expect(citing).toHaveText('依据 柳州市人民政府关于做好全市第五次全国经济普查的通知');
    await expect(citing.getByRole('link')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-9/`);
    await expect(cited.getByRole('link', { name: /见文号索引/ })).toHaveAttribute('href', `${siteBase}doc-numbers/guofa-2022/#guofa-2022-22`);
    await expect(page.locator('.search-exact')).toHaveCount(0);
    expect(await resultPaths(page)).toEqual([]);
  });

  test('an abolished number names the notice that abolished it, wholly or in part', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳政规〔2022〕4号');
    await expect(page.locator('.search-citing li')).toHaveText('废止 柳州市人民政府关于废止柳政规〔2022〕4号文件的通知');
    await expect(page.locator('.search-cited')).toContainText('《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》');
    await typeQuery(page, '柳政发〔2022〕21号');
    await expect(page.locator('.search-citing li')).toHaveText(/^部分废止 /);
  });
});

test.describe('unknown doc numbers', () => {
  test('say so plainly, list no full-text results, and offer the nearest numbers of the prefix', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '柳政发〔2024〕13号');
    const box = page.locator('.search-unknown');
    await expect(box).toContainText('本站没有文号为柳政发〔2024〕13号的文件');
    await expect(page.locator('#search-status')).not.toContainText('找到');
    expect(await resultPaths(page)).toEqual([]);
    const nearest = box.locator('.search-numbers a .doc-number');
    await expect(nearest).toHaveText(['柳政发〔2024〕3号', '柳政发〔2024〕4号', '柳政发〔2024〕6号', '柳政发〔2024〕7号', '柳政发〔2024〕8号']);
    await expect(box.getByRole('link', { name: '在文号索引中查看全部柳政发文号' })).toHaveAttribute('href', `${siteBase}doc-numbers/#liuzhengfa`);
    // Enter does not pretend to have found it.
    await page.locator('#search-page-query').press('Enter');
    await searched(page, '柳政发〔2024〕13号');
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });

  test('a year the archive lacks offers the nearest year\'s numbers', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳政发〔2099〕1号');
    await expect(page.locator('.search-unknown .search-numbers .doc-number').first()).toContainText('柳政发〔2024〕');
    expect(await resultPaths(page)).toEqual([]);
  });

  test('a prefix the archive never saw lists nothing and points to the index', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '柳政办发〔2024〕1号');
    const box = page.locator('.search-unknown');
    await expect(box).toContainText('本站没有文号为柳政办发〔2024〕1号的文件');
    await expect(box.locator('.search-numbers')).toHaveCount(0);
    await expect(box.getByRole('link', { name: /查看全部文号/ })).toHaveAttribute('href', `${siteBase}doc-numbers/`);
    expect(await resultPaths(page)).toEqual([]);
  });
});

test.describe('prefixes and bare numbers', () => {
  test('a prefix alone lists its numbers by year, newest first, in numeric order', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '柳政发');
    const box = page.locator('.search-prefix');
    await expect(box.locator('h3')).toHaveText(['2024年', '2023年', '2022年']);
    const numbers = await box.locator('.search-numbers').first().locator('.doc-number').allTextContents();
    expect(numbers).toEqual(['柳政发〔2024〕3号', '柳政发〔2024〕4号', '柳政发〔2024〕6号', '柳政发〔2024〕7号', '柳政发〔2024〕8号']);
    expect(await resultPaths(page)).toEqual([]);
  });

  for (const typed of ['柳政发〔2023〕', '柳政发2023', '柳政发 2023年']) {
    test(`${typed} lists that year's numbers, archived and cited`, async ({ page, siteUrl }) => {
      await searchByUrl(page, siteUrl, typed);
      const box = page.locator('.search-prefix');
      await expect(box.locator('h3')).toHaveText(['2023年']);
      const numbers = await box.locator('.doc-number').allTextContents();
      expect(numbers[0]).toBe('柳政发〔2023〕2号');
      expect(numbers.at(-1)).toBe('柳政发〔2023〕19号');
    });
  }

  test('2024-3 offers 柳政发〔2024〕3号 and the issue 2024年第3期', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '2024-3');
    const box = page.locator('.search-bare');
    await expect(box.getByRole('link', { name: '2024年第3期' })).toHaveAttribute('href', `${siteBase}issues/2024-03/`);
    await expect(box.locator('.search-numbers .doc-number')).toHaveText(['柳政发〔2024〕3号']);
    expect(await resultPaths(page)).toEqual([]);
  });

  test('2023年3号 offers the 2023 number 3 and no issue the archive lacks', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '2023年3号');
    const box = page.locator('.search-bare');
    await expect(box.locator('.search-numbers .doc-number')).toHaveText(['柳政发〔2023〕3号']);
    await expect(box.locator('a[data-issue-link]')).toHaveCount(0);
  });
});

test('2023 and 2024 numbers 3 are told apart', async ({ page, siteUrl, siteBase }) => {
  await searchByUrl(page, siteUrl, '柳政发2023-3');
  await expect(page.locator('.search-exact a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-3/`);
  await typeQuery(page, '柳政发2024-3');
  await expect(page.locator('.search-exact a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-3/`);
});
