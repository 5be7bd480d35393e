// Accessibility and layout on every page type at a phone's and a desktop's width, light and dark; tables, outline, print.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { pdfPages } from './pdf-text';
import { PAGE_TYPES, SITE_ORIGIN } from './site-content';

// Each page type at a phone's and a desktop's width, light and dark: no sideways scroll, a full-page screenshot kept
// in test-results/ to be looked at, and no axe violation (with the outline open).
for (const viewport of [
  { width: 360, height: 780 },
  { width: 1366, height: 900 },
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}×${viewport.height} ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const [name, pagePath] of Object.entries(PAGE_TYPES)) {
        test(`${name} has no axe violations and does not scroll sideways`, async ({ page, siteUrl }, testInfo) => {
          await page.goto(siteUrl + pagePath);
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
          // One build's screenshots are enough to look at; the subpath build looks the same.
          if (testInfo.project.name === 'root') {
            const file = `${name.replace(/[^a-z-]+/g, '-').replace(/-+$/, '')}-${viewport.width}-${colorScheme}.png`;
            await page.screenshot({ fullPage: true, path: testInfo.outputPath(file) });
          }
          const outline = page.locator('nav.outline details');
          if ((await outline.count()) > 0) await outline.evaluate((d) => ((d as HTMLDetailsElement).open = true));
          const { violations } = await new AxeBuilder({ page }).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    });
  }
}

test.describe('360px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('a task table reads as cards, and as printed it scrolls inside its own focusable box', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    const box = page.locator('.table-scroll');
    await expect(box).toHaveAttribute('tabindex', '0');
    expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth + 1)).toBe(false);
    await page.getByRole('button', { name: '按原表格查看' }).click();
    const { scrollWidth, clientWidth } = await box.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });
});

test('the skip link is the first stop and moves focus to the main content', async ({ page, siteUrl }) => {
  await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('dark mode follows the system setting', async ({ page, siteUrl }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(siteUrl);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  expect(dark).toBe('rgb(21, 22, 26)');
});

test('a notice prints as the document alone, without the site around it', async ({ page, siteUrl }) => {
  await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '.related-documents', '.downloads', 'nav.prev-next']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.notice-header .notice-number')).toBeVisible();
  await expect(page.locator('.prose table')).toBeVisible();
  await expect(page.locator('.prose p').first()).toBeVisible();
});

test.describe('the look of an official document, on a desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the doc number stands centred under the title, headings rank above the text, and lines run 32–36 characters', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    const number = page.locator('.notice-header .notice-number');
    await expect(number).toHaveText('柳政发〔2024〕3号');
    const [title, box] = await Promise.all([page.locator('h1').boundingBox(), number.boundingBox()]);
    expect(box!.y).toBeGreaterThan(title!.y + title!.height - 1);
    expect(Math.abs(box!.x + box!.width / 2 - (title!.x + title!.width / 2))).toBeLessThan(2);
    const size = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const [h2, h3, body] = [await size('.prose h2'), await size('.prose h3'), await size('.prose p')];
    expect(h2).toBeGreaterThan(h3);
    expect(h3).toBeGreaterThan(body);
    // The 落款, right-aligned at the end, marked as taken from the header.
    const signoff = page.locator('.prose .signoff');
    await expect(signoff).toContainText('柳州市人民政府2024年2月8日');
    await expect(signoff.locator('.signoff-note')).toHaveText('（落款据文件头的发文机关和成文日期补排）');
    await expect(signoff).toHaveCSS('text-align', 'right');
    const perLine = await page.locator('.prose').evaluate((e) => e.clientWidth / parseFloat(getComputedStyle(e).fontSize));
    expect(perLine).toBeGreaterThanOrEqual(32);
    expect(perLine).toBeLessThanOrEqual(36);
  });

  test('a wide table may use the page width beyond the text column', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    const [text, table] = await Promise.all([page.locator('.prose').boundingBox(), page.locator('.prose .table-scroll').boundingBox()]);
    expect(table!.width).toBeGreaterThan(text!.width);
    expect(table!.x).toBeGreaterThanOrEqual(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("a long notice's outline", () => {
  const path = 'notices/liuzhengfa-2024-3/';
  /** Scrolls the nth subsection heading (h3; those of section 一 are long) to the top of the screen; returns its id and text. */
  const readSection = async (page: Page, n: number) => {
    const heading = page.locator('.prose h3').nth(n);
    await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    return { id: (await heading.getAttribute('id'))!, text: (await heading.textContent())! };
  };

  test.describe('on a desktop', () => {
    test.use({ viewport: { width: 1366, height: 900 } });

    test('stands open beside the text, follows the reader down and marks the section being read', async ({ page, siteUrl }) => {
      await page.goto(siteUrl + path);
      const outline = page.locator('nav.outline');
      await expect(outline.locator('details')).toHaveJSProperty('open', true);
      const [nav, text] = await Promise.all([outline.boundingBox(), page.locator('.prose').boundingBox()]);
      expect(nav!.x).toBeGreaterThanOrEqual(0);
      expect(nav!.x + nav!.width).toBeLessThanOrEqual(text!.x);
      const section = await readSection(page, 1);
      await expect(outline).toBeInViewport();
      const marked = outline.locator('a[aria-current="location"]');
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveAttribute('href', `#${encodeURIComponent(section.id)}`);
      await expect(marked).toBeInViewport();
      // Scrolled back above the first heading, nothing is marked.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(marked).toHaveCount(0);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('is a folded bar that stays at the top, names the section being read, and folds again once an entry is chosen', async ({ page, siteUrl }) => {
      await page.goto(siteUrl + path);
      const outline = page.locator('nav.outline');
      const details = outline.locator('details');
      await expect(details).toHaveJSProperty('open', false);
      const section = await readSection(page, 2);
      const summary = outline.locator('summary');
      await expect(summary).toBeInViewport();
      expect((await outline.boundingBox())!.y).toBeLessThanOrEqual(1);
      await expect(outline.locator('.outline-current')).toHaveText(section.text);

      await summary.click();
      const marked = outline.locator('a[aria-current="location"]');
      await expect(marked).toHaveAttribute('href', `#${encodeURIComponent(section.id)}`);
      await expect(marked).toBeInViewport();
      const target = outline.locator('a').nth(5);
      const id = decodeURIComponent((await target.getAttribute('href'))!.slice(1));
      await target.click();
      await expect(details).toHaveJSProperty('open', false);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      const [bar, top] = [(await outline.boundingBox())!, (await heading.boundingBox())!];
      expect(top.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    });
  });
});

test.describe('a printed notice', () => {
  test('shows the doc number under the title and ends with the citation, its copy buttons hidden', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-8/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.notice-header .notice-number')).toBeVisible();
    await expect(page.locator('.citation #citation-text')).toBeVisible();
    await expect(page.locator('.citation button')).toHaveCount(3);
    for (const button of await page.locator('.citation button').all()) await expect(button).toBeHidden();
    await expect(page.locator('#cited-by')).toBeHidden();
  });

  test('carries its source and address at the foot of every A4 page, below the text', async ({ page, siteUrl, siteBase }, testInfo) => {
    const path = 'notices/liuzhengfa-2024-6/';
    await page.goto(siteUrl + path);
    const pdf = await page.pdf({ format: 'A4' });
    // One build's print is kept in test-results/ to be looked at.
    if (testInfo.project.name === 'root') await writeFile(testInfo.outputPath('liuzhengfa-2024-6.pdf'), pdf);
    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThan(2);
    const address = `${SITE_ORIGIN}${siteBase}${path}`;
    for (const [n, items] of pages.entries()) {
      // pdf.js may read some glyphs as radicals (⼈ for 人), so the source is matched by its issue and first page.
      const source = items.find((item) => item.text.includes('2024年第3期 第19'));
      const url = items.find((item) => item.text === address);
      expect(source, `page ${n + 1}`).toBeDefined();
      expect(url, `page ${n + 1}`).toBeDefined();
      const footer = items.filter((item) => Math.abs(item.y - source!.y) < 1 || Math.abs(item.y - url!.y) < 1);
      const lowestText = Math.min(...items.filter((item) => !footer.includes(item)).map((item) => item.y));
      expect(source!.y, `page ${n + 1}`).toBeLessThan(lowestText);
    }
    expect(pages.at(-1)!.map((item) => item.text).join('')).toContain('GB/T 7714');
  });
});

test.describe('tables on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the 34-row table keeps its header row in view to its last row, and its caption never scrolls away', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    const box = page.locator('.prose .table-scroll');
    // The box is at most 80 % of the screen tall: centred, all of it is in view.
    await box.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await box.evaluate((e) => e.scrollTo(e.scrollWidth, e.scrollHeight));
    // Scrolled to its last row and last column: that cell and the header cell above it are both in view.
    const lastCell = page.locator('.prose tbody tr').last().locator('td').last();
    const lastHeader = page.locator('.prose thead th').last();
    await expect(lastCell).toBeInViewport();
    await expect(lastHeader).toBeInViewport();
    const [header, boxRect, last] = await Promise.all([lastHeader.boundingBox(), box.boundingBox(), lastCell.boundingBox()]);
    // The header row sits at the top of the box, above the last row.
    expect(Math.abs(header!.y - boxRect!.y)).toBeLessThan(3);
    expect(header!.y + header!.height).toBeLessThanOrEqual(last!.y + 1);
    // The caption is outside the box, whole on the screen's width.
    const caption = await page.locator('.prose .table-caption').boundingBox();
    expect(caption!.x).toBeGreaterThanOrEqual(0);
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a table that scrolls sideways shows a shadow at the edge there is more to see', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-6/`);
    const images = await page.locator('.prose .table-scroll').evaluate((e) => getComputedStyle(e).backgroundImage);
    expect(images.match(/radial-gradient/g)?.length).toBe(2);
    expect(await page.locator('.prose .table-scroll').evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await expect(page.locator('.prose .table-hint')).toHaveText('表格较宽，可左右滑动查看全部各列。');
    await page.setViewportSize({ width: 1366, height: 900 });
    await expect(page.locator('.prose .table-hint')).toBeHidden();
  });
});

test.describe('字号', () => {
  test('大 / 中 / 小 scale the notice text, and the choice is remembered on the next page', async ({ page, siteUrl }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    const text = page.locator('.prose p').first();
    const size = () => text.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const group = page.getByRole('group', { name: '字号' });
    await expect(group.getByRole('button', { name: '中' })).toHaveAttribute('aria-pressed', 'true');
    const medium = await size();
    await group.getByRole('button', { name: '大' }).click();
    await expect(group.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(medium * 1.15);
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    await expect(page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(medium * 1.15);
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '小' }).click();
    expect(await size()).toBeLessThan(medium);
    // A long notice ends with a way back to its top.
    await page.getByRole('link', { name: '回到顶部' }).click();
    await expect(page).toHaveURL(/#notice-title$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the text keeps its default size and no control shows', async ({ page, siteUrl }) => {
      await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
      await expect(page.locator('.text-size')).toBeHidden();
      await expect(page.locator('.prose p').first()).toBeVisible();
    });
  });
});
