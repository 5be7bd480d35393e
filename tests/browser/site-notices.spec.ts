// Notice pages of 2024年第3期: tables, attachments, the outline, status and effects, cited and related documents,
// navigation, JSON-LD, the source text and the citation a reader copies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { SITE_ORIGIN, TEST_CONTENT_DIR } from './site-content';

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
    // Above the text the sentence is not quoted: the link marks it where it stands in the text.
    await expect(effect.locator('q.evidence')).toHaveCount(0);
    const href = decodeURIComponent((await effect.locator('a.evidence-source').getAttribute('href'))!);
    expect(href).toBe(`${siteBase}notices/liuzhengfa-2023-17/#:~:text=本通知自2023年9月15日起施行。`);
    await expect(page.locator('.prose')).toContainText('本通知自2023年9月15日起施行。');
    await expect(page.locator('.status-none')).toHaveText('本站收录的公报中未见废止或修改该文件的记载（截至2024年第3期）');
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-3/`);
    expect(decodeURIComponent((await page.locator('.notice-effect a.evidence-source').getAttribute('href'))!)).toContain('#:~:text=四、各部门旧版权责清单同时废止。');
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
    // Listed once, under 相关文件, with the title the text quotes; not again under 本文引用的文件.
    await expect(abolishes).toContainText('《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》（标题据引用文件）');
    await expect(page.locator('#cites li')).toHaveCount(0);
    await ref.click();
    const entry = page.locator('li#liuzhenggui-2022-4');
    await expect(entry).toBeInViewport();
    await expect(entry.locator('.relations')).toHaveText('被柳政发〔2024〕8号废止');
    await entry.locator('.relations a').click();
    await expect(page.locator('h1')).toHaveText('柳州市人民政府关于废止柳政规〔2022〕4号文件的通知');
  });

  test('every cited number is listed once, linked to the index when not archived', async ({ page, siteUrl, siteBase }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    // Both are what the notice rests on: listed under 相关文件, and 本文引用的文件 says so rather than list them again.
    const cites = page.locator('.related-group[data-relation="implements"] li');
    await expect(cites.locator('a.doc-number')).toHaveText(['国发〔2022〕22号', '桂政发〔2023〕9号']);
    await expect(cites.locator('a.doc-number').first()).toHaveAttribute('href', `${siteBase}doc-numbers/guofa-2022/#guofa-2022-22`);
    await expect(cites.locator('.tag')).toHaveText(['未收录', '未收录']);
    await expect(page.locator('#cites li')).toHaveCount(0);
    await expect(page.locator('#cites-heading + p')).toHaveText('本文引用的文号均已列在上方相关文件中。');
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
    expect(decodeURIComponent((await basis.locator('a.evidence-source').first().getAttribute('href'))!)).toMatch(new RegExp(`^${siteBase}notices/liuzhengfa-2023-9/#:~:text=为贯彻落实《国务院关于开,`));

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
