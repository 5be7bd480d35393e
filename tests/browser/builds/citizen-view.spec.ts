// What a citizen meets first, on the real issue with the constructed one, built as an archivist builds it who sets no
// public origin (GONGBAO_SITE unset): addresses that work when pasted, and the rest of what a reader looks at first.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfPages } from '../pdf-text';
import { test, expect } from '../fixtures';
import { repo, scratchFolder, serveSeeds } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();

test.describe('the real and the constructed issue, built without a public origin', () => {
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const seeds = path.join(scratch.path, 'seeds');
    mkdirSync(seeds, { recursive: true });
    copyFileSync(path.join(repo, 'seeds/2024-03.txt'), path.join(seeds, '2024-03.txt'));
    copyFileSync(path.join(repo, 'tests/fixtures/constructed/2024-04.txt'), path.join(seeds, '2024-04.txt'));
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
});
