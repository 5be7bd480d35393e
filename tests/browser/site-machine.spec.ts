// Files for machines and archivists: Atom feed, JSON exports, sitemap, and the SHA256SUMS manifest.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { listFiles } from '../../src/postbuild/list-files';
import { NoticeCatalogueSchema, NoticeRecordSchema, noticeRecordJsonSchema } from '../../src/site/notice-record-schema';
import { ISSUE_2024_03, SITE_ORIGIN } from './site-content';

interface NoticeRecord {
  slug: string;
  docNumber: string;
  startPage?: number;
  url: string;
  jsonUrl: string;
  sourceUrl: string;
  citation: string;
}

test('the Atom feed lists every notice with absolute links under the base', async ({ page, request, siteUrl, siteBase }) => {
  const response = await request.get(`${siteUrl}atom.xml`);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto(siteUrl);
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
      updated: doc.querySelector('feed > updated')?.textContent,
      entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
        href: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
        title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      })),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.self).toBe(`${SITE_ORIGIN}${siteBase}atom.xml`);
  expect(feed.updated).toBe('2024-03-14T16:00:00.000Z');
  expect(feed.entries.map((e) => e.href)).toEqual(ISSUE_2024_03.map(([, slug]) => `${SITE_ORIGIN}${siteBase}notices/${slug}/`));
  for (const entry of feed.entries) expect(entry.id).toBe(entry.href);
  expect(feed.entries[0]!.title).toContain('柳政发〔2024〕3号');
});

/** The records of every issue, through the catalogue at /notices.json. */
async function allRecords(request: APIRequestContext, siteUrl: string, siteBase: string): Promise<unknown[]> {
  const catalogue = NoticeCatalogueSchema.strict().parse(await (await request.get(`${siteUrl}notices.json`)).json());
  expect(catalogue.issues.map((issue) => issue.url)).toEqual([`${SITE_ORIGIN}${siteBase}issues/2024-03/notices.json`]);
  const files = await Promise.all(catalogue.issues.map(async (issue) => (await (await request.get(`${siteUrl}${issue.url.slice(`${SITE_ORIGIN}${siteBase}`.length)}`)).json()) as unknown[]));
  files.forEach((records, i) => expect(records).toHaveLength(catalogue.issues[i]!.notices));
  expect(files.flat()).toHaveLength(catalogue.notices);
  return files.flat();
}

test('the catalogue’s issue files and each notice’s JSON carry the metadata in printed order', async ({ request, siteUrl, siteBase }) => {
  const all = (await allRecords(request, siteUrl, siteBase)) as NoticeRecord[];
  expect(all.map((n) => [n.docNumber, n.slug, n.startPage])).toEqual(ISSUE_2024_03.map((row) => [...row]));
  for (const record of all) {
    expect(record.url).toBe(`${SITE_ORIGIN}${siteBase}notices/${record.slug}/`);
    expect(record.sourceUrl).toBe(`${SITE_ORIGIN}${siteBase}notices/${record.slug}/source.txt`);
    expect(record.jsonUrl).toBe(`${SITE_ORIGIN}${siteBase}notices/${record.slug}.json`);
    const one = await request.get(`${siteUrl}notices/${record.slug}.json`);
    expect(one.status()).toBe(200);
    expect(await one.json()).toEqual(record);
  }
  expect(all[0]!.citation).toContain('《柳州市人民政府公报》2024年第3期第3—14页');
});

test('the JSON export documents itself: every record is valid under /notices.schema.json, which describes each field', async ({ request, siteUrl, siteBase }) => {
  const response = await request.get(`${siteUrl}notices.schema.json`);
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as { $schema: string; properties: Record<string, { description?: string }> };
  expect(schema).toEqual(noticeRecordJsonSchema());
  expect(schema.properties['related']?.description).toBe('Related documents, grouped by relation.');
  const all = await allRecords(request, siteUrl, siteBase);
  // Strict: a field the schema does not document fails here.
  for (const record of all) NoticeRecordSchema.strict().parse(record);
});

test('the sitemap lists every page under the base, and nothing else', async ({ request, siteUrl, siteBase }) => {
  const index = await (await request.get(`${siteUrl}sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps).toEqual([`${SITE_ORIGIN}${siteBase}sitemap-0.xml`]);
  const locs = [...(await (await request.get(`${siteUrl}sitemap-0.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const pages = locs.map((loc) => {
    expect(loc.startsWith(`${SITE_ORIGIN}${siteBase}`)).toBe(true);
    return loc.slice(`${SITE_ORIGIN}${siteBase}`.length);
  });
  expect(pages).toEqual(
    expect.arrayContaining(['', 'issues/', 'issues/2024-03/', 'doc-numbers/', ...ISSUE_2024_03.map(([, slug]) => `notices/${slug}/`)]),
  );
  expect(pages.filter((p) => p.includes('404'))).toEqual([]);
  for (const p of pages) expect(p === '' || p.endsWith('/')).toBe(true);
});

test('SHA256SUMS covers every built file except itself, sorted, with matching hashes', async ({ request, siteUrl, siteDir }) => {
  const manifest = await (await request.get(`${siteUrl}SHA256SUMS`)).text();
  const rows = manifest
    .trimEnd()
    .split('\n')
    .map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!);
  expect(rows.every(Boolean)).toBe(true);
  const listed = rows.map((r) => r[2]!);
  const files = listFiles(siteDir).filter((f) => f !== 'SHA256SUMS');
  expect([...listed].sort()).toEqual([...files].sort());
  expect(listed).toEqual([...listed].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  for (const [, hash, file] of rows) {
    expect(createHash('sha256').update(readFileSync(path.join(siteDir, file!))).digest('hex'), file).toBe(hash);
  }
});

test('the issue page gives the fidelity account and serves it line by line', async ({ page, request, siteUrl }) => {
  await page.goto(`${siteUrl}issues/2024-03/`);
  const section = page.locator('section', { has: page.getByRole('heading', { name: '关于本页数据' }) });
  await expect(section).toContainText('录入来源：2024年第3期公报的文本');
  await expect(section).not.toContainText('seeds/');
  await expect(section).toContainText('录入文本共 69930 字符');
  await expect(section).toContainText('未能归属 0 字符');
  const href = await section.getByRole('link', { name: '逐行核对记录（JSON）' }).getAttribute('href');
  const report = (await (await request.get(new URL(href!, page.url()).href)).json()) as { unaccounted: number; drops: { line: number; reason: string }[] };
  expect(report.unaccounted).toBe(0);
  expect(report.drops.filter((d) => d.reason === 'running-header').map((d) => d.line)).toContain(699);
});
