// Smallest end-to-end check: the built home page is served under the project's base and is a Chinese document.
import { test, expect } from './fixtures';

test('home page loads with lang="zh-CN" and a <main> landmark', async ({ page, siteUrl }) => {
  const response = await page.goto(siteUrl);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main')).toHaveCount(1); // exactly one main landmark, as accessibility rules require.
});
