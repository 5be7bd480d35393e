// The not-found page: the way home and a search box from any depth, and what a missing notice address stands for.
import { test, expect } from './fixtures';

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
