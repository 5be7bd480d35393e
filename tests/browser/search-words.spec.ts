// Full-text search on the real issue: word queries find their notice first, traditional queries are
// converted, filters narrow, query text stays text, keys work, and the opened notice shows the matches.
import { test, expect } from './fixtures';
import { resultPaths, searchByUrl, searched, typeQuery } from '../support/search-page.ts';

/** A query and the notice it must put first, checked against content/notices/*.mdx of 2024年第3期. */
const WORD_QUERIES: [query: string, slugs: string[], why: string][] = [
  ['螺蛳粉', ['liuzhengfa-2024-3'], 'named 9 times in the 2024 work-report tasks, more than anywhere else'],
  ['非物质文化遗产', ['liuzhengfa-2024-6'], 'the ninth list of intangible cultural heritage'],
  ['经济普查', ['liuzhengfa-2023-9'], 'the fifth national economic census notice'],
  ['唐竞', ['liuzhengfa-2023-10'], 'the only notice naming him (special allowance)'],
  ['托育机构', ['liuzhengfa-2023-16'], 'title: 托育机构建设议案的实施方案'],
  ['立法工作计划', ['liuzhengfa-2023-13'], 'title: 2023年立法工作计划'],
  ['市长质量奖', ['liuzhengfa-2023-2'], 'title: 第七届柳州市市长质量奖'],
  ['权责清单', ['liuzhengfa-2023-3'], 'title: 部门权责清单（2022年版）, 6 mentions'],
  ['民营经济', ['liuzhengfa-2023-18'], 'title: 促进民营经济发展壮大, 10 mentions'],
  // Two notices carry it in their titles (the 2023 and the 2024 task plans); either is right.
  ['为民办实事', ['liuzhengfa-2023-7', 'liuzhengfa-2024-4'], 'title of both 为民办实事 task plans'],
  ['政府领导工作分工', ['liuzhengfa-2024-7'], 'title: 政府领导工作分工调整'],
  ['特殊津贴', ['liuzhengfa-2023-10'], 'title: 享受市政府特殊津贴'],
  ['通用目录', ['liuzhengfa-2023-4'], 'title: 三级权责清单规范化通用目录'],
];

test.describe('word queries', () => {
  for (const [query, slugs, why] of WORD_QUERIES) {
    test(`${query} finds its notice first (${why})`, async ({ page, siteUrl, siteBase }) => {
      await searchByUrl(page, siteUrl, query);
      const [first] = await resultPaths(page);
      expect(slugs.map((slug) => `${siteBase}notices/${slug}/`)).toContain(first);
    });
  }

  test('a result shows title, doc number, date and an excerpt with the match marked', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '经济普查');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('h3')).toHaveText('柳州市人民政府关于做好全市第五次全国经济普查的通知');
    await expect(first.locator('.search-result-meta')).toHaveText('柳政发〔2023〕9号 · 2023年3月11日 · 2024年第3期 · 未见废止或修改记载');
    await expect(first.locator('.search-result-meta time')).toHaveAttribute('datetime', '2023-03-11');
    await expect(first.locator('.search-excerpt').first().locator('mark').first()).toHaveText('经济普查');
    // Sections of the notice that match link to their headings.
    const section = first.locator('.search-sections a').first();
    await expect(section).toHaveAttribute('href', /#/);
  });

  test('only notices are results: no home, issue, index or search page', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '柳州市人民政府公报');
    for (const path of await resultPaths(page)) expect(path.startsWith(`${siteBase}notices/`)).toBe(true);
  });
});

test.describe('traditional queries', () => {
  for (const [traditional, simplified] of [
    ['經濟普查', '经济普查'],
    ['螺螄粉', '螺蛳粉'],
    ['非物質文化遺產', '非物质文化遗产'],
    ['權責清單', '权责清单'],
  ] as const) {
    test(`${traditional} returns what ${simplified} returns, and says it converted`, async ({ page, siteUrl }) => {
      await searchByUrl(page, siteUrl, simplified);
      const expected = await resultPaths(page);
      await expect(page.locator('#search-converted')).toBeHidden();
      await typeQuery(page, traditional);
      expect(await resultPaths(page)).toEqual(expected);
      await expect(page.locator('#search-converted')).toHaveText(`已按简体“${simplified}”搜索`);
    });
  }
});

test.describe('filters', () => {
  test('narrow the results and live in the URL', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '为民办实事');
    const all = await resultPaths(page);
    // The values come with the page; their counts follow the results, once the index's filter data is loaded.
    await expect(page.getByRole('group', { name: '成文年份' }).getByRole('checkbox', { name: /^2024（\d+）$/ })).toBeVisible();
    await expect(page.locator('#search-filters')).toHaveAttribute('data-counted', '为民办实事');
    // One word: every listed notice holds it, and the year counts add up to the notices listed.
    const listed = Number(/找到 (\d+) 件/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    const yearCounts = await page.getByRole('group', { name: '成文年份' }).locator('label:visible').allTextContents();
    expect(yearCounts.reduce((sum, text) => sum + Number(/（(\d+)）/.exec(text)?.[1] ?? 0), 0)).toBe(listed);
    await page.getByRole('group', { name: '成文年份' }).getByRole('checkbox', { name: /^2024/ }).check();
    await searched(page, '为民办实事');
    await expect.poll(async () => (await resultPaths(page)).length).toBeLessThan(all.length);
    const narrowed = await resultPaths(page);
    expect(narrowed).toContain(`${siteBase}notices/liuzhengfa-2024-4/`);
    expect(narrowed).not.toContain(`${siteBase}notices/liuzhengfa-2023-7/`);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2024']);

    // The URL alone restores the filtered search.
    await page.goto(page.url());
    await searched(page, '为民办实事');
    await expect(page.getByRole('checkbox', { name: /^2024/ })).toBeChecked();
    expect(await resultPaths(page)).toEqual(narrowed);

    // 2024 holds no 意见 with the phrase, so the value is not offered; without the year it is, and keeps only 2023-8.
    await expect(page.getByRole('group', { name: '文种' }).getByRole('checkbox', { name: /^意见/ })).toBeHidden();
    await page.getByRole('group', { name: '成文年份' }).getByRole('checkbox', { name: /^2024/ }).uncheck();
    await searched(page, '为民办实事');
    await page.getByRole('group', { name: '文种' }).getByRole('checkbox', { name: /^意见（1）$/ }).check();
    await searched(page, '为民办实事');
    await expect.poll(() => resultPaths(page)).toEqual([`${siteBase}notices/liuzhengfa-2023-8/`]);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await searched(page, '为民办实事');
    await expect.poll(() => resultPaths(page)).toEqual(all);
  });
});

test.describe('query text is text', () => {
  for (const query of ['<script>window.__xss=1</script>', '"><img src=x onerror="window.__xss=1">', `'经济"普查'`]) {
    test(`${query} is shown literally and runs nothing`, async ({ page, siteUrl }) => {
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await searchByUrl(page, siteUrl, query);
      await expect(page.locator('#search-page-query')).toHaveValue(query);
      const status = page.locator('#search-status');
      // Either nothing matched (the message quotes the query) or results are listed; never markup.
      const text = (await status.textContent()) ?? '';
      if (text.startsWith('没有找到')) expect(text).toBe(`没有找到包含“${query}”的文件。`);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('#search-output img, #search-output script').count()).toBe(0);
      expect(dialog).toBe(false);
    });
  }
});

test.describe('keyboard', () => {
  test('/ focuses the search box from any page', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await expect(page.locator('#site-search')).toHaveValue('');
    await page.goto(`${siteUrl}search/`);
    await page.locator('body').press('/');
    await expect(page.locator('#search-page-query')).toBeFocused();
  });

  test('arrow keys walk the results, Enter opens one, Escape returns to the box', async ({ page, siteUrl, siteBase }) => {
    await searchByUrl(page, siteUrl, '经济普查');
    const box = page.locator('#search-page-query');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const first = page.locator('#search-results h3 a').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(first).not.toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${siteBase}notices/liuzhengfa-2023-9/\\?highlight=`));
  });

  test('the opened notice highlights the matched terms inside the notice only', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '经济普查');
    await page.locator('#search-results h3 a').first().click();
    const marks = page.locator('article mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    expect(await page.locator('header.site-header mark, footer mark, .notice-meta mark').count()).toBe(0);
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['经济普查']));
  });
});

test.describe('highlights on the opened notice', () => {
  test('mark the phrase whole, never its single characters', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '非物质文化遗产');
    await page.locator('#search-results h3 a').first().click();
    const marks = page.locator('article mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['非物质文化遗产']));
    await searchByUrl(page, siteUrl, '稳增长');
    await page.locator('#search-results h3 a').first().click();
    await expect(marks.first()).toBeVisible();
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['稳增长']));
  });

  test('an abbreviation marks its full form', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '非遗');
    await page.locator('#search-results h3 a').first().click();
    await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText('非物质文化遗产');
  });

  test('step between the marks with the buttons and N / Shift+N; Escape clears them', async ({ page, siteUrl }) => {
    await searchByUrl(page, siteUrl, '非物质文化遗产');
    await page.locator('#search-results h3 a').first().click();
    const marks = page.locator('article mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    const total = await marks.count();
    expect(total).toBeGreaterThan(2);
    const position = page.locator('#match-nav-position');
    await expect(position).toHaveText(`第 1 / ${total} 处`);
    await expect(marks.nth(0)).toHaveClass(/is-current/);
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(position).toHaveText(`第 2 / ${total} 处`);
    await expect(marks.nth(1)).toHaveClass(/is-current/);
    await expect(marks.nth(1)).toBeInViewport();
    await page.keyboard.press('n');
    await expect(position).toHaveText(`第 3 / ${total} 处`);
    await page.keyboard.press('Shift+N');
    await page.keyboard.press('Shift+N');
    await page.keyboard.press('Shift+N');
    await expect(position).toHaveText(`第 ${total} / ${total} 处`);
    await page.keyboard.press('Escape');
    await expect(marks).toHaveCount(0);
    await expect(page.locator('#match-nav')).toBeHidden();
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    // The text reads as before the marks.
    await expect(page.locator('article h1')).toContainText('非物质文化遗产');
  });

  test('printed, the notice shows no navigator and no marks', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-17/?highlight=${encodeURIComponent('稳增长')}`);
    const mark = page.locator('article mark.pagefind-highlight').first();
    await expect(mark).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#match-nav')).toBeHidden();
    await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test('a notice opened without a search shows no navigator', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    await expect(page.locator('#match-nav')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says searching needs it and offers browsing', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}search/?q=经济普查`);
    const notice = page.locator('main .search-noscript');
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((p) => p.textContent)).toContain('全文检索需要浏览器启用 JavaScript');
    await expect(page.locator('#search-app')).toBeHidden();
    await expect(page.getByRole('link', { name: '在文号索引中查找文号' })).toBeVisible();
  });
});
