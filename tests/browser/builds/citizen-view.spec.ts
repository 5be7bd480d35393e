// What a citizen meets first, on the real issue with the constructed one, built as an archivist builds it who sets no
// public origin (GONGBAO_SITE unset): addresses that work when pasted, and the rest of what a reader looks at first.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchByUrl } from '../../support/search-page.ts';
import { pdfPages } from '../pdf-text';
import { test, expect } from '../fixtures';
import { repo, scratchFolder, serveSeeds } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const WRAPPED = '柳州市人民政府关于张某某等同志职务任免的 通知';
const TITLE = WRAPPED.replace(' ', '');
const scratch = scratchFolder();

test.describe('the real and the constructed issue, built without a public origin', () => {
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const seeds = path.join(scratch.path, 'seeds');
    mkdirSync(seeds, { recursive: true });
    copyFileSync(path.join(repo, 'seeds/2024-03.txt'), path.join(seeds, '2024-03.txt'));
    // The constructed issue with one title wrapped in the body where its contents entry wraps it, as print often has it.
    const constructed = readFileSync(path.join(repo, 'tests/fixtures/constructed/2024-04.txt'), 'utf8');
    writeFileSync(path.join(seeds, '2024-04.txt'), constructed.replace(/^柳州市人民政府关于张某某等同志职务任免的通知$/mu, WRAPPED));
    ({ url: siteUrl, close } = await serveSeeds(seeds, scratch.path, 'no-origin', { GONGBAO_SITE: '' }));
  });
  test.afterAll(async () => close());

  test('the copied link, the GB/T 7714 citation, the CSL-JSON and every printed foot carry the address the browser shows', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const address = `${siteUrl}notices/liuzhengfa-2023-16/`;
    await page.goto(`${address}?q=${encodeURIComponent('城市')}#citation-heading`);
    // The page itself, built without an origin, names no host.
    expect(await (await page.request.get(address)).text()).not.toContain(siteUrl);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.locator('.citation .copy-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await expect(page.locator('#citation-gb')).toContainText(`. ${address}.`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSL-JSON/ }).click()]);
    const csl = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { URL: string } | { URL: string }[];
    expect((Array.isArray(csl) ? csl : [csl]).map((item) => item.URL)).toEqual([address]);
    const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(pages.length).toBeGreaterThan(1);
    for (const [n, items] of pages.entries()) expect(items.map((item) => item.text), `page ${n + 1}`).toContain(address);
  });

  test('a dated notice signs off after its text and 附件说明, before its attachment, as GB/T 9704 orders them', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-7/`);
    const order = await page.locator('.prose').evaluate((prose) => {
      const at = (selector: string) => [...prose.querySelectorAll('*')].indexOf(prose.querySelector(selector)!);
      return { ref: at('a[href="#fujian-1"]'), signoff: at('.signoff'), label: at('.attachment-label'), table: at('table') };
    });
    expect(order.ref).toBeGreaterThanOrEqual(0);
    expect(order.signoff).toBeGreaterThan(order.ref);
    expect(order.label).toBeGreaterThan(order.signoff);
    expect(order.table).toBeGreaterThan(order.label);
    await expect(page.locator('.signoff')).toContainText('柳州市人民政府2023年2月5日');
    // An order signs in its own text: no 落款 is added.
    await page.goto(`${siteUrl}notices/liuzhoushirenminzhengfuling-no20/`);
    await expect(page.locator('.signoff')).toHaveCount(0);
  });

  test('a title the contents and the body both wrap at one place reads without the wrap space everywhere', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengren-2024-5/`);
    await expect(page.locator('h1')).toHaveText(TITLE);
    await expect(page.locator('#citation-text')).toContainText(TITLE);
    await expect(page).toHaveTitle(new RegExp(TITLE));
    await page.goto(`${siteUrl}issues/2024-04/`);
    await expect(page.locator('.toc-title').filter({ hasText: '张某某' })).toHaveText(TITLE);
    expect(await page.locator('body').innerText()).not.toContain(WRAPPED);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('the exact-match card gives the title, date and status, and never a dangling separator', async ({ page }) => {
      await searchByUrl(page, siteUrl, '柳政发〔2023〕9号');
      const card = page.locator('.search-exact');
      await expect(card.locator('.search-exact-link')).toHaveText('柳州市人民政府关于做好全市第五次全国经济普查的通知');
      const meta = card.locator('.search-result-meta');
      await expect(meta).toHaveText('柳政发〔2023〕9号 · 2023年3月11日 · 已被柳政发〔2024〕9号废止');
      await expect(meta.locator('.status-tag')).toBeVisible();
      for (const line of (await card.innerText()).split('\n')) expect(line.trim()).not.toMatch(/^·|·$/u);
    });

    test('a number only cited says the archived notice that abolished it', async ({ page }) => {
      await searchByUrl(page, siteUrl, '柳政规〔2022〕4号');
      await expect(page.locator('.search-cited .search-answer-status')).toHaveText('本文件已被柳政发〔2024〕8号废止');
    });

    test('the match navigator from a search is one row at the foot of the screen', async ({ page }) => {
      await searchByUrl(page, siteUrl, '经济');
      await page.locator('#search-results h3 a').first().click();
      const nav = page.locator('#match-nav');
      await expect(nav).toBeVisible();
      const box = (await nav.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(60);
      // One row: every control's middle at the same height, within a few pixels.
      const middles = await nav.locator('button, .match-nav-position').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
      await page.getByRole('button', { name: '清除标记' }).click();
      await expect(nav).toBeHidden();
    });

    test('a task table reads as a card per row, each cell under its header, the printed table a tap away', async ({ page }) => {
      await page.goto(`${siteUrl}notices/liuzhengfa-2023-7/`);
      const box = page.locator('.prose .table-scroll.reads-as-cards');
      await expect(box).toHaveCount(1);
      const sideways = () => box.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(await sideways()).toBe(false);
      const cell = box.locator('tbody tr').first().locator('td').nth(1);
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"标题"');
      await page.getByRole('button', { name: '按原表格查看' }).click();
      expect(await sideways()).toBe(true);
      await expect(page.getByRole('button', { name: '按卡片查看' })).toHaveAttribute('aria-pressed', 'true');
    });

    test('doc numbers never break over two lines', async ({ page }) => {
      for (const path of ['notices/liuzhengfa-2024-8/', 'notices/liuzhengfa-2023-16/', 'notices/liuzhengfa-2024-3/']) {
        await page.goto(siteUrl + path);
        const broken = await page.locator('.prose .doc-ref, .doc-number').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent));
        expect(broken, path).toEqual([]);
      }
    });

    test('the first result and the newest notice stand within the first screen, with room to read them', async ({ page }) => {
      await searchByUrl(page, siteUrl, '托育');
      expect((await page.locator('#search-results .search-result').first().boundingBox())!.y).toBeLessThan(400);
      await page.goto(siteUrl);
      expect((await page.locator('main a[href*="/notices/"]').first().boundingBox())!.y).toBeLessThan(480);
    });

    test('a filter ticked at the foot of the page says what it found, and the date range reads as months', async ({ page }) => {
      await searchByUrl(page, siteUrl, '通知');
      const year = page.locator('fieldset.search-filter').filter({ has: page.locator('input[name="year"]') });
      await year.locator('label').first().click();
      const feedback = page.locator('#search-filter-feedback');
      await expect(feedback).toBeVisible();
      await expect(feedback).toBeInViewport();
      await expect(feedback).toContainText(/找到 \d+ 件文件/u);
      await expect(feedback.getByRole('link', { name: '查看结果' })).toHaveAttribute('href', '#search-status');
      const from = page.locator('select[name="from"]');
      await expect(from.locator('option').first()).toHaveText('不限');
      await expect(from.locator('option').nth(1)).toHaveText(/^\d{4}年\d{1,2}月$/u);
    });

    test('a result states its status with the notice that did it, and what a notice itself abolishes', async ({ page }) => {
      await searchByUrl(page, siteUrl, '经济普查');
      const abolished = page.locator('.search-result').filter({ has: page.locator('a[href*="/notices/liuzhengfa-2023-9/"]') });
      await expect(abolished.locator('.search-result-meta .status-tag')).toHaveText('已被柳政发〔2024〕9号废止');
      await searchByUrl(page, siteUrl, '国家公务员医疗补助');
      const abolishing = page.locator('.search-result').filter({ has: page.locator('a[href*="/notices/liuzhengfa-2024-8/"]') });
      await expect(abolishing.locator('.acts-tag')).toHaveText('本文废止柳政规〔2022〕4号');
      await expect(abolishing.locator('.status-none')).toHaveText('未见废止或修改记载');
    });
  });

  test('sections are listed under a result only where they hold what was searched for, and lead to it', async ({ page }) => {
    await searchByUrl(page, siteUrl, '第七条');
    const sections = page.locator('.search-sections li');
    await expect(sections.first()).toBeVisible();
    for (const text of await sections.allInnerTexts()) expect(text).toContain('第七条');
    await searchByUrl(page, siteUrl, '营商环境');
    const subs = page.locator('.search-sections li');
    for (let k = 0; k < (await subs.count()); k++) await expect(subs.nth(k).locator('mark').first()).toHaveText('营商环境');
  });

  test('filter counts add up to the results listed, an abbreviation’s too', async ({ page }) => {
    for (const query of ['非遗', '营商环境', '为民办实事']) {
      await searchByUrl(page, siteUrl, query);
      const listed = await page.locator('#search-results .search-result').count();
      const year = page.locator('fieldset.search-filter').filter({ has: page.locator('input[name="year"]') });
      await expect(year.locator('label').first()).toContainText('（');
      const counts = (await year.locator('label:not([hidden])').allInnerTexts()).map((text) => Number(/（(\d+)）/u.exec(text)?.[1] ?? NaN));
      expect(counts.reduce((a, b) => a + b, 0), query).toBe(listed);
    }
  });

  test('excerpts never repeat the title and doc number, and say where they cut the text', async ({ page }) => {
    await searchByUrl(page, siteUrl, '张某某');
    const excerpts = page.locator('#search-results .search-result > .search-excerpt');
    await expect(excerpts.first()).toBeVisible();
    for (const text of await excerpts.allInnerTexts()) {
      expect(text).not.toContain('｜ 柳政');
      expect(text).not.toMatch(/^柳州市人民政府关于/u);
    }
    await searchByUrl(page, siteUrl, '新增就业');
    const cut = await page.locator('#search-results .search-result > .search-excerpt').first().innerText();
    expect(cut).toMatch(/^…/u);
    expect(cut).toContain('新增就业');
  });

  test('what a notice rests on and what it abolishes stand in one line at the top, and no number is listed twice', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-9/`);
    const basis = page.locator('.notice-header .notice-basis dd');
    await expect(basis).toHaveText('依据 柳政发〔2024〕3号；废止 柳政发〔2023〕9号');
    await expect(basis.getByRole('link', { name: '柳政发〔2023〕9号' })).toHaveAttribute('href', '/notices/liuzhengfa-2023-9/');
    // Under 本文引用的文件 only what 相关文件 does not list already.
    await expect(page.locator('#cites .doc-number')).toHaveText(['柳州市人民政府令第20号']);
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-16/`);
    await expect(page.locator('.notice-header .notice-basis dd')).toHaveText('依据 柳人办〔2023〕17号');
    await expect(page.locator('#cites')).toHaveCount(0);
    await expect(page.locator('#cites-heading + p')).toHaveText('本文引用的文号均已列在上方相关文件中。');
  });

  test('evidence leads to the sentence where it stands in the text, not to a line of the source file', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    const link = page.locator('.related-group[data-relation="abolishedBy"] a.evidence-source');
    await expect(link).toHaveText('（见原文）');
    await expect(link).toHaveAttribute('title', /录入文本第\d+行/u);
    await link.click();
    await expect(page).toHaveURL(/\/notices\/liuzhengfa-2024-9\//u);
    // The browser scrolls to the sentence it marks, far down the notice.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  });

  test('headings take the face GB/T 9704 gives their marker, whatever their level', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-8/`);
    const face = (name: RegExp) => page.locator('.prose :is(h2, h3, h4)').filter({ hasText: name }).first().evaluate((h) => getComputedStyle(h).fontFamily);
    expect(await face(/^一、/u)).toContain('PingFang SC');
    expect(await face(/^（一）/u)).toContain('Kaiti SC');
    // An attachment's title has no marker: the text's own face.
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-7/`);
    expect(await page.locator('.prose h2#fujian-1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Songti SC');
  });
});
