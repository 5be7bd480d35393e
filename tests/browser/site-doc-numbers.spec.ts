// The doc-number index: every number once, by prefix and year, archived ones linked, cited-only ones with their relations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ISSUE_2024_03, TEST_CONTENT_DIR } from './site-content';

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
