// Every page type renders, and the issue, notice and doc-number pages show the real content of 2024年第3期.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ISSUE_2024_03, PAGE_TYPES, SITE_ORIGIN, TEST_CONTENT_DIR } from './site-content';


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

test.describe('notice pages', () => {
  test('a table has column header cells, its caption and the continuation row merged', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    const table = page.locator('.prose table');
    await expect(table).toHaveCount(1);
    // The caption stands above the scroll box, and names the table.
    const caption = page.locator('.prose .table-caption');
    await expect(caption).toHaveText('柳州市第九批市级非物质文化遗产代表性项目名录');
    await expect(table).toHaveAttribute('aria-labelledby', (await caption.getAttribute('id'))!);
    await expect(page.getByRole('table', { name: '柳州市第九批市级非物质文化遗产代表性项目名录' })).toHaveCount(1);
    await expect(table.locator('thead th[scope="col"]')).toHaveText(['序号', '项目类别', '项目名称', '申报地区或单位', '保护单位']);
    await expect(table.locator('tbody tr')).toHaveCount(35); // 34 items, item 13 on two rows
    const item13 = table.locator('tbody tr', { hasText: '柳州酸笋制作技艺' });
    await expect(item13.locator('td[rowspan="2"]')).toHaveText(['13', '传统技艺', '柳州酸笋制作技艺']);
    await expect(item13.locator('xpath=following-sibling::tr[1]/td')).toHaveText(['柳城县', '柳城县文化馆']);
  });

  test('the attachment reference jumps to the attachment heading', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    const ref = page.locator('a.attachment-ref');
    await expect(ref).toHaveText('2024年市政府为民办实事工作任务分工方案');
    await expect(ref).toHaveAttribute('href', '#fujian-1');
    await ref.click();
    await expect(page).toHaveURL(/#fujian-1$/);
    const heading = page.locator('h2#fujian-1');
    await expect(heading).toHaveText('2024年市政府为民办实事工作任务分工方案');
    await expect(heading).toBeInViewport();
    await expect(page.locator('.attachment-label')).toHaveText('附件');
    await expect(page.locator('.prose table thead th')).toHaveText(['序号', '标题', '实事内容', '牵头单位', '责任单位', '完成标准']);
  });

  test('a long notice has an outline whose every entry reaches its heading', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    const headings = page.locator('.prose :is(h2, h3, h4)');
    const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBe(19);
    expect(ids.every((id) => id !== '')).toBe(true);
    await expect(page.locator('.prose h2').first()).toHaveText('一、2024年工作安排');

    const outline = page.locator('nav.outline');
    await outline.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const links = outline.locator('a');
    await expect(links).toHaveCount(19);
    const targets = await links.evaluateAll((as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))));
    expect(targets).toEqual(ids);
    await links.nth(5).click();
    await expect(page.locator(`[id="${ids[5]}"]`)).toBeInViewport();
  });

  test('each notice states its status with evidence, or says honestly that nothing was seen', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-17/`);
    const effect = page.locator('.notice-effect');
    await expect(effect.locator('dt')).toHaveText('施行日期');
    await expect(effect.locator('time')).toHaveAttribute('datetime', '2023-09-15');
    await expect(effect.locator('q.evidence')).toHaveText('本通知自2023年9月15日起施行。');
    await expect(effect.locator('a.evidence-source')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-17/source.txt`);
    await expect(page.locator('.status-none')).toHaveText('本站收录的公报中未见废止或修改该文件的记载（截至2024年第3期）');
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-3/`);
    await expect(page.locator('.notice-effect q')).toHaveText('四、各部门旧版权责清单同时废止。');
    const json = (await (await page.request.get(`${siteUrl}notices/liuzhengfa-2023-17.json`)).json()) as { effects: unknown[]; statusAsOf: string };
    expect(json.statusAsOf).toBe('2024年第3期');
    expect(json.effects).toEqual([{ kind: 'in-force-from', date: '2023-09-15', sentence: '本通知自2023年9月15日起施行。', line: expect.any(Number) }]);
  });

  test('a doc number cited in the text links to its entry in the index, with the relation', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-8/`);
    const ref = page.locator('.prose a.doc-ref');
    await expect(ref).toHaveText('柳政规〔2022〕4号');
    await expect(ref).toHaveAttribute('href', `${siteBase}doc-numbers/liuzhenggui-2022/#liuzhenggui-2022-4`);
    const abolishes = page.locator('.related-group[data-relation="abolishes"] li');
    await expect(abolishes.locator('a.doc-number')).toHaveText('柳政规〔2022〕4号');
    await expect(abolishes.locator('q.evidence')).toHaveText('柳州市人民政府关于废止柳政规〔2022〕4号文件的通知');
    await expect(page.locator('#cites li')).toContainText('《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》（标题据引用文件）');
    await ref.click();
    const entry = page.locator('li#liuzhenggui-2022-4');
    await expect(entry).toBeInViewport();
    await expect(entry.locator('.relations')).toHaveText('被柳政发〔2024〕8号废止');
    await entry.locator('.relations a').click();
    await expect(page.locator('h1')).toHaveText('柳州市人民政府关于废止柳政规〔2022〕4号文件的通知');
  });

  test('"cites" lists every cited number, linked to the index when not archived', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    const cites = page.locator('#cites li');
    await expect(cites.locator('a')).toHaveText(['国发〔2022〕22号', '桂政发〔2023〕9号']);
    await expect(cites.locator('a').first()).toHaveAttribute('href', `${siteBase}doc-numbers/guofa-2022/#guofa-2022-22`);
    await expect(cites.locator('.tag')).toHaveText(['未收录', '未收录']);
    await expect(page.locator('.prose a.doc-ref')).toHaveText(['国发〔2022〕22号', '桂政发〔2023〕9号']);
  });

  test('a partial abolition is stated with its link', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-17/`);
    const relation = page.locator('.related-group[data-relation="abolishes"] li');
    await expect(relation.locator('.tag')).toHaveText(['部分', '未收录']);
    await expect(relation.locator('a.doc-number')).toHaveAttribute('href', `${siteBase}doc-numbers/liuzhengfa-2022/#liuzhengfa-2022-21`);
  });

  test('related documents are grouped by relation, each with its evidence', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    const basis = page.locator('.related-group[data-relation="implements"]');
    await expect(basis.locator('h3')).toHaveText('本文依据的文件');
    await expect(basis.locator('a.doc-number')).toHaveText(['国发〔2022〕22号', '桂政发〔2023〕9号']);
    await expect(basis.locator('li').first()).toContainText('《国务院关于开展第五次全国经济普查的通知》');
    await expect(basis.locator('q.evidence').first()).toContainText('为贯彻落实《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）');
    await expect(basis.locator('a.evidence-source').first()).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-9/source.txt`);

    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    await expect(page.locator('.related-group h3')).toHaveText(['本文印发的文件', '其他年度的同一文件']);
    await page.locator('.related-group[data-relation="publishes"] li > a').click();
    await expect(page.locator('[id="fujian-1"]')).toBeInViewport();
    await page.locator('.related-group[data-relation="otherYears"] a').click();
    await expect(page.locator('h1')).toHaveText('柳州市人民政府关于印发2023年市政府为民办实事工作任务分工方案的通知');

    await page.goto(`${siteUrl}notices/liuzhengfa-2024-7/`);
    await expect(page.locator('.related-documents p')).toHaveText('本站收录的公报中未见与本文相关的文件');
    const json = (await (await page.request.get(`${siteUrl}notices/liuzhengfa-2023-16.json`)).json()) as { related: Record<string, unknown[]> };
    expect(Object.keys(json.related)).toEqual(['abolishes', 'abolishedBy', 'amends', 'amendedBy', 'implements', 'implementedBy', 'publishes', 'otherYears']);
    expect(json.related['implements']).toEqual([expect.objectContaining({ docNumber: '柳人办〔2023〕17号', verb: '根据', archived: false, line: expect.any(Number) })]);
  });

  test('previous and next follow the printed order of the issue', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('.prev-next a[rel="next"]')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-4/`);
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-8/`);
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-7/`);
    await expect(page.locator('.prev-next a[rel="next"]')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-2/`);
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-19/`);
    await expect(page.locator('.prev-next a[rel="next"]')).toHaveCount(0);
  });

  test('breadcrumbs lead back to the issue, the issues list and home', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    const crumbs = page.locator('nav.breadcrumbs li');
    await expect(crumbs).toHaveText(['首页', '各期公报', '2024年第3期', '柳政发〔2024〕6号']);
    const hrefs = await crumbs.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([siteBase, `${siteBase}issues/`, `${siteBase}issues/2024-03/`]);
    await expect(crumbs.last().locator('[aria-current="page"]')).toHaveCount(1);
  });

  test('carries schema.org Legislation JSON-LD with absolute URLs under the base', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '柳政发〔2024〕3号',
      legislationDate: '2024-02-08',
      url: `${SITE_ORIGIN}${siteBase}notices/liuzhengfa-2024-3/`,
      isPartOf: { '@type': 'PublicationIssue', pageStart: 3, pageEnd: 14 },
    });
  });

  test('links to its verbatim source text', async ({ page, siteUrl, siteBase, request }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-8/`);
    const link = page.locator('.downloads a', { hasText: '录入原文' });
    await expect(link).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-8/source.txt`);
    const response = await request.get(new URL((await link.getAttribute('href'))!, siteUrl).href);
    expect(response.status()).toBe(200);
    expect(await response.body()).toEqual(readFileSync(path.join(TEST_CONTENT_DIR, 'sources/liuzhengfa-2024-8.txt')));
  });
});

test.describe('copy citation', () => {
  const citation =
    '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期第3—14页。';

  test('copies the citation to the clipboard', async ({ page, context, siteUrl }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await expect(page.locator('#citation-text')).toHaveText(citation);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect(page.locator('.copy-status')).toHaveText('已复制到剪贴板');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    // GB/T 7714 with the reader's access date, the page's link, and CSL-JSON for reference managers.
    await page.clock.setFixedTime(new Date('2026-05-04T10:00:00+08:00'));
    await page.reload();
    await expect(page.locator('#citation-gb')).toHaveText(/^柳州市人民政府\. 柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见: 柳政发〔2024〕3号\[EB\/OL\]\. 柳州市人民政府公报, 2024\(3\): 3-14\[2026-05-04\]\. \S+notices\/liuzhengfa-2024-3\/\.$/);
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/notices\/liuzhengfa-2024-3\/$/);
    const csl = (await (await page.request.get(new URL(await page.getByRole('link', { name: /CSL-JSON/ }).getAttribute('href') ?? '', page.url()).href)).json()) as { number: string; page: string }[];
    expect(csl).toMatchObject([{ number: '柳政发〔2024〕3号', page: '3-14', type: 'document' }]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still shows the citation, and no dead button', async ({ page, siteUrl }) => {
      await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
      await expect(page.locator('#citation-text')).toHaveText(citation);
      await expect(page.locator('#citation-text')).toBeVisible();
      await expect(page.getByRole('button', { name: '复制引用' })).toBeHidden();
      await expect(page.locator('.prose p').first()).toBeVisible();
    });
  });
});

test.describe('doc-number index', () => {
  /** The entries of every year page the index's first page links, in page order. */
  async function allEntries(page: Page, siteUrl: string): Promise<{ href: string; numbers: string[] }[]> {
    await page.goto(`${siteUrl}doc-numbers/`);
    const hrefs = await page.locator('section.doc-prefix .doc-years a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const pages = [];
    for (const href of hrefs) {
      await page.goto(href);
      pages.push({ href, numbers: await page.locator('li.doc-number-entry').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-doc-number')!)) });
    }
    return pages;
  }

  test('lists every doc number once, a page per prefix and year, numbers in numeric order', async ({ page, siteUrl }) => {
    const expected = (JSON.parse(readFileSync(path.join(TEST_CONTENT_DIR, 'doc-numbers.json'), 'utf8')) as { docNumber: string }[])
      .map((d) => d.docNumber)
      .sort();
    const pages = await allEntries(page, siteUrl);
    expect(pages.flatMap((p) => p.numbers).sort()).toEqual(expected);
    // Within every page: strictly increasing numbers, all of one year.
    for (const { numbers } of pages) {
      const parsed = numbers.map((n) => /〔(\d{4})〕(\d+)号/.exec(n)!);
      expect(new Set(parsed.map((m) => m[1])).size).toBe(1);
      const values = parsed.map((m) => Number(m[2]));
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }

    await page.goto(`${siteUrl}doc-numbers/`);
    await expect(page.locator('section.doc-prefix > h2').first()).toHaveText('柳政发');
    await page.locator('section.doc-prefix').first().getByRole('link', { name: '2023年（13）' }).click();
    await expect(page.locator('h1')).toHaveText('柳政发〔2023〕文号');
    const numbers = await page.locator('li.doc-number-entry').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-doc-number')));
    expect(numbers).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 13, 16, 17, 18, 19].map((n) => `柳政发〔2023〕${n}号`));
    await expect(page.locator('.jump-nav a[aria-current="page"]')).toHaveText('2023年（13）');
  });

  test('links archived numbers to their notice', async ({ page, siteUrl, siteBase }) => {
    for (const [docNumber, slug] of ISSUE_2024_03) {
      await page.goto(`${siteUrl}doc-numbers/${slug.replace(/-\d+$/, '')}/`);
      const link = page.locator(`li#${slug} a.doc-number`);
      await expect(link).toHaveText(docNumber);
      await expect(link).toHaveAttribute('href', `${siteBase}notices/${slug}/`);
    }
  });

  test('shows cited-only numbers with the notices citing them, and the relations', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}doc-numbers/liuzhenggui-2022/`);
    const guiding = page.locator('li#liuzhenggui-2022-4');
    await expect(guiding.locator('.tag')).toHaveText('未收录');
    // The title comes from the citing text, and says so.
    await expect(guiding.locator('.quoted-title')).toHaveText('《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》（标题据引用文件）');
    await expect(guiding.locator('.relations')).toHaveText('被柳政发〔2024〕8号废止');
    await expect(guiding.locator('.relations a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-8/`);
    await expect(guiding.locator('.cited-by a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2024-8/`);

    await page.goto(`${siteUrl}doc-numbers/liuzhengfa-2022/`);
    const partly = page.locator('li#liuzhengfa-2022-21');
    await expect(partly.locator('.relations')).toHaveText('被柳政发〔2023〕17号部分废止');
    await expect(partly.locator('.relations a')).toHaveAttribute('href', `${siteBase}notices/liuzhengfa-2023-17/`);

    await page.goto(`${siteUrl}doc-numbers/liuzhengfa-2024/`);
    await expect(page.locator('li#liuzhengfa-2024-8 .relations')).toHaveText('废止柳政规〔2022〕4号');
    await page.locator('li#liuzhengfa-2024-8 .relations a').click();
    await expect(page).toHaveURL(`${siteUrl}doc-numbers/liuzhenggui-2022/#liuzhenggui-2022-4`);
    await expect(page.locator('li#liuzhenggui-2022-4')).toBeInViewport();

    let citedOnly = 0;
    for (const { href } of await allEntries(page, siteUrl)) {
      await page.goto(href);
      citedOnly += await page.locator('li.cited-only').count();
    }
    expect(citedOnly).toBe(7);
  });

  test('the prefix jump list reaches each prefix, and each prefix lists its years', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}doc-numbers/`);
    const jumps = page.locator('nav.jump-nav a');
    const count = await jumps.count();
    expect(count).toBe(await page.locator('section.doc-prefix').count());
    for (let i = 0; i < count; i++) {
      const id = (await jumps.nth(i).getAttribute('href'))!.slice(1);
      await expect(page.locator(`section.doc-prefix > h2[id="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`section.doc-prefix:has(> h2[id="${id}"]) .doc-years a`).first()).toBeVisible();
    }
  });
});

test.describe('not found page', () => {
  test('offers search and the way home from any depth under the base', async ({ page, siteUrl, siteBase }) => {
    const response = await page.goto(`${siteUrl}notices/no-such-notice/deeper/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('页面未找到');
    await expect(page.locator('main form[role="search"]')).toHaveAttribute('action', `${siteBase}search/`);
    // The stylesheet is linked with the base too, so the page is styled at any depth.
    await expect(page.locator('.site-header')).toHaveCSS('border-top-width', '4px');
    await page.getByRole('link', { name: '返回首页' }).click();
    await expect(page).toHaveURL(siteUrl);
    await expect(page.locator('h1')).toContainText('柳州市人民政府公报');
  });

  test('a notice address it cannot find names the doc number the archive lacks and links its prefix in the index', async ({ page, siteUrl, siteBase }) => {
    const response = await page.goto(`${siteUrl}notices/liuzhengfa-2024-99/`);
    expect(response?.status()).toBe(404);
    const note = page.locator('#not-found-notice');
    await expect(note).toHaveText('本站没有收录文号为柳政发〔2024〕99号的文件，可在文号索引中查看该类文号。');
    await expect(note.locator('a')).toHaveAttribute('href', `${siteBase}doc-numbers/#liuzhengfa`);
    await page.goto(`${siteUrl}notices/no-such-notice/`);
    await expect(note).toBeHidden();
  });

  test('its search box submits to the search page, and opens an exact doc number directly', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}no-such-page/`);
    await page.locator('main input[name="q"]').fill('经济普查');
    await page.locator('main input[name="q"]').press('Enter');
    await expect(page).toHaveURL(new RegExp(`^${siteUrl}search/\\?q=`));
    await expect(page.locator('h1')).toHaveText('搜索');
    await page.goto(`${siteUrl}no-such-page/`);
    await page.locator('main input[name="q"]').fill('柳政发〔2024〕3号');
    await page.locator('main input[name="q"]').press('Enter');
    await expect(page).toHaveURL(new URL(`${siteBase}notices/liuzhengfa-2024-3/`, siteUrl).href);
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
