// Extra builds: two clean builds must be byte-identical, a small fixture covers cases the real issue lacks (a doc
// number in the text that is archived here; a notice abolished in part by a later one), and a synthetic archive of
// many issues covers lists that grow with the archive.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticArchive } from '../support/synthetic-archive.ts';
import type { DocNumberEntry } from '../../src/pipeline/content-schema';
import { listFiles } from '../../src/postbuild/list-files';
import { LIST_LIMIT } from '../../src/site/long-list';
import { test, expect } from './fixtures';
import { TEST_CONTENT_DIR, TEST_SITE } from './site-content';
import { searchByUrl } from '../support/search-page.ts';
import { startStaticServer } from '../support/static-server.ts';

const repo = path.resolve(import.meta.dirname, '../..');

// These builds share the project's caches, so they run one after another, in the subpath project only
// (playwright.config.ts keeps this file out of the root project).
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let out = '';
test.beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'gongbao-builds-'));
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The whole build into dir, as `npm run build` does it but from a given content folder; --force drops Astro's content cache. */
function build(dir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--skip-ingest', '--force', '--out', dir], {
    cwd: repo,
    env: { ...process.env, GONGBAO_SITE: TEST_SITE, ...env },
    stdio: 'pipe',
  });
}

/** Ingests a folder of seeds, builds the site at / and serves it; `name` names its folders under the scratch folder. */
async function serveSeeds(seeds: string, name: string): Promise<{ url: string; close: () => Promise<void>; content: string }> {
  const content = path.join(out, `${name}-content`);
  execFileSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts'], {
    cwd: repo,
    env: { ...process.env, GONGBAO_SEEDS: seeds, GONGBAO_CONTENT: content, GONGBAO_QUIET: '1' },
    stdio: 'pipe',
  });
  const dir = path.join(out, name);
  build(dir, { GONGBAO_BASE: '/', GONGBAO_CONTENT: content });
  const server = await startStaticServer(dir, '/');
  return { url: server.url, close: () => server.close(), content };
}

test('two builds give byte-identical output', ({ siteBase }) => {
  const [a, b] = ['a', 'b'].map((name) => path.join(out, name)) as [string, string];
  build(a, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR });
  build(b, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR });
  expect(listFiles(b)).toEqual(listFiles(a));
  const differing = listFiles(a).filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  expect(differing).toEqual([]);
  expect(listFiles(a)).toContain('SHA256SUMS');
});

test('without GONGBAO_SITE no file names a host: links are paths, and the feed and the sitemap are not built', ({ siteBase }) => {
  const dir = path.join(out, 'no-site');
  build(dir, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR, GONGBAO_SITE: '' });
  const names = listFiles(dir);
  expect(names.filter((name) => /atom\.xml|sitemap/.test(name))).toEqual([]);
  const naming = names.filter((name) => /\.(html|json|xml|txt)$/.test(name) && readFileSync(path.join(dir, name), 'utf8').includes('example.org'));
  expect(naming).toEqual([]);
  const notice = readFileSync(path.join(dir, 'notices/liuzhengfa-2024-3/index.html'), 'utf8');
  expect(notice).toContain(`<link rel="canonical" href="${siteBase}notices/liuzhengfa-2024-3/">`);
  expect(notice).not.toContain('atom.xml');
  const record = JSON.parse(readFileSync(path.join(dir, 'notices/liuzhengfa-2024-3.json'), 'utf8')) as { url: string };
  expect(record.url).toBe(`${siteBase}notices/liuzhengfa-2024-3/`);
});

test.describe('fixture content', () => {
  const base = '/gongbao/';
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const dir = path.join(out, 'fixture');
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
    // The evidence of a relation another notice states is in that notice's source.
    const abolishedBy = page.locator('.related-group[data-relation="abolishedBy"] li');
    await expect(abolishedBy.locator('q.evidence')).toHaveText('自本通知下发之日起，废止柳政规〔2022〕4号，并废止柳政发〔2024〕4号附件第2项。');
    await expect(abolishedBy.locator('a.evidence-source')).toHaveAttribute('href', `${base}notices/liuzhengfa-2024-8/source.txt`);
    await expect(page.locator('#cited-by a')).toHaveText([
      '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见',
      '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知',
    ]);
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

test.describe('the real issue with the constructed issue of every kind', () => {
  let siteUrl = '';
  let close = async () => {};
  test.beforeAll(async () => {
    const seeds = path.join(out, 'two-seeds');
    mkdirSync(seeds, { recursive: true });
    copyFileSync(path.join(repo, 'seeds/2024-03.txt'), path.join(seeds, '2024-03.txt'));
    copyFileSync(path.join(repo, 'tests/fixtures/constructed/2024-04.txt'), path.join(seeds, '2024-04.txt'));
    ({ url: siteUrl, close } = await serveSeeds(seeds, 'two'));
  });
  test.afterAll(async () => close());

  test('the issue page shows its table of contents in sections, every item linked', async ({ page }) => {
    await page.goto(`${siteUrl}issues/2024-04/`);
    await expect(page.locator('.toc-section')).toHaveText(['【政府规章】', '【市政府文件】', '【市政府办公室文件】', '【部门文件】', '【人事任免】', '【政策解读】']);
    await expect(page.locator('.toc-title a')).toHaveCount(8);
    const regulations = page.getByRole('list', { name: '目录 【政府规章】' });
    await expect(regulations.locator('.toc-doc-number')).toHaveText(['柳州市人民政府令第20号']);
    await page.getByRole('link', { name: '《柳州市城市道路桥梁管理办法》政策解读' }).click();
    await expect(page).toHaveURL(`${siteUrl}notices/2024-04-item-8/`);
    await expect(page.locator('.notice-header .notice-number')).toHaveCount(0);
    await expect(page.locator('.notice-section')).toHaveText('政策解读');
  });

  test('an order shows its number, dates, signer and section, and each article is a link target', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhoushirenminzhengfuling-no20/#tiao-5`);
    await expect(page.locator('h1')).toHaveText('柳州市城市道路桥梁管理办法');
    await expect(page).toHaveTitle(/柳州市城市道路桥梁管理办法（柳州市人民政府令第20号）/);
    const meta = page.locator('.notice-meta');
    await expect(page.locator('.notice-header .notice-number')).toHaveText('柳州市人民政府令第20号');
    await expect(meta.locator('dt')).toContainText(['公布日期', '审议通过', '签署', '栏目', '施行日期']);
    await expect(page.locator('.notice-effect dt')).toHaveText(['施行日期']);
    const article = page.locator('#tiao-5');
    await expect(article).toHaveText('第五条');
    await expect(article).toBeInViewport();
    await expect(page.locator('.prose .article-label')).toHaveCount(7);
    // Title, 章 and 节 rank above the text; an article's label is a run-in label of the text's size.
    const size = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const [h2, h3, h4, body] = [await size('.prose h2'), await size('.prose h3'), await size('.prose h4:not(.article-label)'), await size('.prose p')];
    expect(h2).toBeGreaterThan(h3);
    expect(h3).toBeGreaterThan(h4);
    expect(h4).toBeGreaterThan(body);
    // The outline lists the 章 and 节, never the 条.
    const outline = page.locator('.outline a');
    await expect(outline).toContainText(['第一章 总 则', '第一节 一般规定']);
    await expect(outline.filter({ hasText: '第一条' })).toHaveCount(0);
  });

  test('citations and relations link across the issues both ways', async ({ page }) => {
    await page.goto(`${siteUrl}notices/liuzhengfa-2023-9/`);
    await expect(page.locator('.notice-status .status-badge')).toHaveText('已废止');
    await expect(page.locator('.notice-status .status-by a')).toHaveAttribute('href', '/notices/liuzhengfa-2024-9/');
    await page.goto(`${siteUrl}notices/liuzhengfa-2024-3/`);
    await expect(page.locator('.related-group[data-relation="implementedBy"] a').filter({ hasText: '柳政发〔2024〕9号' })).toHaveAttribute('href', '/notices/liuzhengfa-2024-9/');
    await page.goto(`${siteUrl}notices/liuzhengbanfa-2024-12/`);
    const ref = page.locator('.prose a.doc-ref', { hasText: '柳州市人民政府令第20号' });
    await expect(ref).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
    await page.goto(`${siteUrl}doc-numbers/liuzhoushirenminzhengfuling-no/`);
    await expect(page.locator('h1')).toHaveText('柳州市人民政府令各号');
    await expect(page.locator('li#liuzhoushirenminzhengfuling-no20 a').first()).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the new page types have no axe violations and do not scroll sideways on a phone (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 780 });
      for (const pagePath of ['issues/2024-04/', 'notices/liuzhoushirenminzhengfuling-no20/', 'notices/2024-04-item-8/', 'notices/liuzhengren-2024-5/', 'doc-numbers/liuzhoushirenminzhengfuling-no/']) {
        await page.goto(siteUrl + pagePath);
        const outline = page.locator('nav.outline details');
        if ((await outline.count()) > 0) await outline.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), pagePath).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, pagePath).toBeLessThanOrEqual(0);
      }
    });
  }

  test('the search box finds an order by its number typed short, an article as a section of its result, and filters by section', async ({ page }) => {
    for (const typed of ['市政府令第20号', '政府令20号', '第20号令']) {
      await searchByUrl(page, siteUrl, typed);
      await expect(page.locator('.search-exact a'), typed).toHaveAttribute('href', '/notices/liuzhoushirenminzhengfuling-no20/');
    }
    // A jointly issued document is found by either of its numbers.
    await searchByUrl(page, siteUrl, '柳教规2024-1');
    await expect(page.locator('.search-exact a')).toHaveAttribute('href', '/notices/liucaigui-2024-2/');
    await page.locator('.search-exact a').click();
    await expect(page.locator('.notice-header .notice-number')).toHaveText('柳财规〔2024〕2号、柳教规〔2024〕1号');
    await searchByUrl(page, siteUrl, '巡查制度');
    const result = page.locator('.search-result', { has: page.locator('h3 a[href^="/notices/liuzhoushirenminzhengfuling-no20/"]') });
    await expect(result.locator('.search-sections a').first()).toHaveAttribute('href', /#tiao-5$/);
    await searchByUrl(page, siteUrl, '城市道路桥梁');
    const sections = page.locator('#search-filters fieldset', { has: page.locator('legend', { hasText: '栏目' }) });
    // As the table of contents prints them, not in pinyin order.
    await expect(sections.locator('label:visible')).toContainText(['政府规章', '市政府文件', '市政府办公室文件', '部门文件', '政策解读']);
    await sections.getByLabel(/政府规章/).check();
    await expect(page.locator('#search-results h3 a')).toHaveCount(1);
    await expect(page.locator('#search-results h3 a')).toHaveAttribute('href', /liuzhoushirenminzhengfuling-no20/);
  });
});

test.describe('a synthetic archive of many issues', () => {
  let siteUrl = '';
  let content = '';
  let close = async () => {};
  test.beforeAll(async () => {
    // Synthetic issues repeat the real issue's notices, so the notice it abolishes in part (柳政发〔2022〕21号, archived
    // once the archive reaches 2022) is abolished in part, and cited, by most issues.
    const seeds = writeSyntheticArchive({ issues: LIST_LIMIT * 2 }, path.join(out, 'seeds'));
    const served = await serveSeeds(seeds.dir, 'many');
    ({ url: siteUrl, close, content } = served);
  });
  test.afterAll(async () => close());

  test('a notice cited by more notices than its page lists shows the first and links the whole list', async ({ page }) => {
    const entries = JSON.parse(readFileSync(path.join(content, 'doc-numbers.json'), 'utf8')) as DocNumberEntry[];
    const cited = entries.find((e) => e.notice && e.citedBy.length > LIST_LIMIT && e.relations.filter((r) => r.kind === 'abolished-by').length > LIST_LIMIT);
    expect(cited, 'a notice cited and abolished in part more than LIST_LIMIT times').toBeDefined();
    const slug = cited!.notice!.slug;
    await page.goto(`${siteUrl}notices/${slug}/`);
    await expect(page.locator('#cited-by li')).toHaveCount(LIST_LIMIT);
    await expect(page.locator('#cited-by a')).toHaveText(cited!.citedBy.slice(0, LIST_LIMIT).map((link) => link.title));
    const abolishedBy = page.locator('.related-group[data-relation="abolishedBy"]');
    await expect(abolishedBy.locator('li')).toHaveCount(LIST_LIMIT);
    await expect(abolishedBy.locator('.list-more a')).toHaveAttribute('href', `/doc-numbers/${slug.replace(/-\d+$/, '')}/#${slug}`);
    await page.getByRole('link', { name: '查看全部引用本文的文件' }).click();
    await expect(page).toHaveURL(`${siteUrl}notices/${slug}/cited-by/`);
    // The whole list, in the same order, each linking its notice.
    await expect(page.locator('main ol.doc-link-list a')).toHaveText(cited!.citedBy.map((link) => link.title));
    const hrefs = await page.locator('main ol.doc-link-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(cited!.citedBy.map((link) => `/notices/${link.slug}/`));
  });

  test('each issue page links the issues before and after it in the archive', async ({ page }) => {
    const issues = (JSON.parse(readFileSync(path.join(content, 'issues.json'), 'utf8')) as { id: string; label: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    const [first, second, third] = issues as [(typeof issues)[number], (typeof issues)[number], (typeof issues)[number]];
    await page.goto(`${siteUrl}issues/${second.id}/`);
    const nav = page.getByRole('navigation', { name: '前后各期' });
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `/issues/${first.id}/`);
    await expect(nav.locator('a[rel="prev"] .doc-number')).toHaveText(first.label);
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${third.id}/`);
    await page.goto(`${siteUrl}issues/${first.id}/`);
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${second.id}/`);

    // Years too: the earliest year links only the year after it.
    const firstYear = Number(first.id.slice(0, 4));
    await page.goto(`${siteUrl}issues/${firstYear}/`);
    await expect(page.locator('h1')).toHaveText(`${firstYear}年`);
    const years = page.getByRole('navigation', { name: '前后年份' });
    await expect(years.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(years.locator('a[rel="next"]')).toHaveAttribute('href', `/issues/${firstYear + 1}/`);
    await expect(page.locator('.issue-list a').first()).toHaveAttribute('href', /^\/issues\/\d{4}-\d{2}\/$/);
  });
});
