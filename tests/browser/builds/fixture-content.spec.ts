// A small hand-written content/ (tests/fixtures/site-content) for cases the real issue lacks: a doc number in the text
// that is archived here, and a notice abolished in part by a later one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../../support/static-server.ts';
import { test, expect } from '../fixtures';
import { build, repo, scratchFolder } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();

test.describe('fixture content', () => {
  const base = '/gongbao/';
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const dir = path.join(scratch.path, 'fixture');
    build(dir, { GONGBAO_BASE: base, GONGBAO_CONTENT: 'tests/fixtures/site-content' });
    const server = await startStaticServer(dir, base);
    siteUrl = server.url;
    close = () => server.close();
  });
  test.afterAll(async () => close());

  test('a doc number archived here links to its notice, in the text and under "cites"', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    const refs = page.locator('.prose a.doc-ref');
    await expect(refs).toHaveText(['柳政发〔2024〕4号', '国发〔2022〕22号']);
    await expect(refs.first()).toHaveAttribute('href', `${base}notices/liuzhengfa-2024-4/`);
    await expect(refs.last()).toHaveAttribute('href', `${base}doc-numbers/guofa-2022/#guofa-2022-22`);
    await expect(page.locator('#cites li').first()).toContainText('柳州市人民政府关于印发《2024年市政府为民办实事工作任务分工方案》的通知');
    await refs.first().click();
    await expect(page.locator('h1')).toHaveText('柳州市人民政府关于印发《2024年市政府为民办实事工作任务分工方案》的通知');
  });

  test('a notice abolished in part says so, links the abolishing notice, and lists who cites it', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    const status = page.locator('.notice-status');
    await expect(status.locator('.status-badge')).toHaveText('部分废止');
    await expect(status.locator('.status-by')).toHaveText('被柳政发〔2024〕8号部分废止');
    await expect(status.locator('.status-by a')).toHaveAttribute('href', `${base}notices/liuzhengfa-2024-8/`);
    // The evidence of a relation another notice states is that notice's sentence, marked where it stands there.
    const abolishedBy = page.locator('.related-group[data-relation="abolishedBy"] li');
    await expect(abolishedBy.locator('q.evidence')).toHaveText('自本通知下发之日起，废止柳政规〔2022〕4号，并废止柳政发〔2024〕4号附件第2项。');
    expect(decodeURIComponent((await abolishedBy.locator('a.evidence-source').getAttribute('href'))!)).toBe(`${base}notices/liuzhengfa-2024-8/#:~:text=自本通知下发之日起，废止,024〕4号附件第2项。`);
    // The abolishing notice cites it too, but is listed once, under 废止本文的文件.
    await expect(page.locator('#cited-by a')).toHaveText(['柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见']);
    await expect(page.locator('.notice-header .note')).toHaveText('本文标题印于目录，正文未印标题。');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(ld['legislationLegalForce']).toBe('PartiallyInForce');
    // The short status travels with the notice: the doc-number index, the JSON export and the feed.
    await page.goto(`${siteUrl}doc-numbers/liuzhengfa-2024/`);
    await expect(page.locator('li#liuzhengfa-2024-4 .status-tag')).toHaveText('部分废止');
    await expect(page.locator('li#liuzhengfa-2024-3 .status-none')).toHaveText('未见废止或修改记载');
    const json = (await (await page.request.get(`${siteUrl}notices/liuzhengfa-2024-4.json`)).json()) as { status: string };
    expect(json.status).toBe('部分废止');
    const feed = await (await page.request.get(`${siteUrl}atom.xml`)).text();
    expect(feed).toContain('<category label="部分废止" term="部分废止"/>');
  });

  test('a validity shows 已过有效期 only once its last day has ended by the reader’s clock', async ({ page }) => {
    const badge = page.locator('.notice-effect .expired');
    await page.clock.setFixedTime(new Date('2025-12-31T12:00:00+08:00'));
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await expect(page.locator('.notice-effect dt')).toHaveText('有效期至');
    await expect(badge).toBeHidden();
    await page.clock.setFixedTime(new Date('2026-01-01T00:00:01+08:00'));
    await page.reload();
    await expect(badge).toHaveText('已过有效期');
    await expect(badge).toBeVisible();
  });

  test('a doc number in a table cell links like one in running text', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-4/`);
    const ref = page.locator('.prose td a.doc-ref');
    await expect(ref).toHaveText('柳政发〔2024〕8号');
    await expect(ref).toHaveAttribute('href', `${base}notices/liuzhengfa-2024-8/`);
    await expect(page.locator('.prose td', { has: page.locator('a.doc-ref') })).toHaveText('筹建一批普惠托位（依据柳政发〔2024〕8号）');
  });

  test('the issue shows the notices’ clean titles rather than the TOC’s line-wrap spaces', async ({ page }) => {
    await page.goto(`${siteUrl}issues/2024-03/`);
    await expect(page.locator('.toc-title a').first()).toHaveText('柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见');
  });

  test('the source text is served byte for byte', async ({ request }) => {
    const response = await request.get(`${siteUrl}notices/liuzhengfa-2024-8/source.txt`);
    expect(await response.body()).toEqual(readFileSync(path.join(repo, 'tests/fixtures/site-content/sources/liuzhengfa-2024-8.txt')));
  });
});
