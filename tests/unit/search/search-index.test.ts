// Search indexing with Pagefind's module faked: every step's errors are thrown, close() always runs, every page is counted.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { indexShard, indexTitles, STOCK_UI_FILES, type PagefindApi } from '../../../src/postbuild/search-index.ts';
import type { SearchShard } from '../../../src/search/shards.ts';
import { listFiles } from '../../../src/postbuild/list-files.ts';
import { titleRecord } from '../../../src/search/title-record.ts';

function fakeApi(overrides: { create?: string[]; add?: string[]; record?: string[]; write?: string[]; indexed?: number } = {}) {
  const close = vi.fn(async () => null);
  // What the staged folder held when Pagefind read it.
  const read: string[] = [];
  const addDirectory = vi.fn(async ({ path: dir }: { path: string }) => {
    read.push(...listFiles(dir).map((file) => readFileSync(path.join(dir, file), 'utf8')));
    return { errors: overrides.add ?? [], page_count: read.length };
  });
  const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
    mkdirSync(outputPath, { recursive: true });
    for (const name of [...STOCK_UI_FILES, 'pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind']) writeFileSync(path.join(outputPath, name), '');
    const entry = { version: '1.6.0', languages: { zh: { hash: 'zh_x', wasm: null, page_count: overrides.indexed ?? 2 } } };
    writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    return { errors: overrides.write ?? [], outputPath };
  });
  const addCustomRecord = vi.fn(async () => ({ errors: overrides.record ?? [] }));
  const createIndex = vi.fn(async (_config: { forceLanguage: string }) => ({ errors: overrides.create ?? [], index: { addDirectory, addCustomRecord, writeFiles } }));
  // Only the calls indexing makes are faked.
  const api = { createIndex, close } as unknown as PagefindApi;
  return { api, createIndex, addDirectory, read, addCustomRecord, writeFiles, close };
}

const site = () => mkdtempSync(path.join(tmpdir(), 'gongbao-pagefind-'));

/** A site folder holding two notice pages, and a shard of them. */
function siteWithShard(bundle: string): { dir: string; shard: SearchShard } {
  const dir = site();
  const pages = ['notices/a/index.html', 'notices/b/index.html'];
  for (const page of pages) {
    mkdirSync(path.join(dir, path.dirname(page)), { recursive: true });
    writeFileSync(path.join(dir, page), `<html lang="zh-CN"><body data-pagefind-body>${page}</body></html>`);
  }
  return { dir, shard: { bundle, from: '2023-01-01', to: '2024-01-01', pages } };
}

describe('indexShard', () => {
  it('indexes the shard’s pages alone in Chinese into <site>/<bundle>, keeping the script only in the primary bundle', async () => {
    const { dir, shard } = siteWithShard('pagefind');
    writeFileSync(path.join(dir, 'index.html'), '<html><body>home</body></html>');
    const fake = fakeApi();
    expect(await indexShard(dir, shard, fake.api)).toBe(2);
    expect(fake.createIndex).toHaveBeenCalledWith({ forceLanguage: 'zh' });
    expect(fake.read.sort()).toEqual(shard.pages.map((page) => `<html lang="zh-CN"><body data-pagefind-body>${page}</body></html>`));
    expect(fake.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(dir, 'pagefind') });
    // The staged folder is gone again.
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'notices', 'pagefind']);
    expect(readdirSync(path.join(dir, 'pagefind')).sort()).toEqual(['pagefind-entry.json', 'pagefind-highlight.js', 'pagefind-worker.js', 'pagefind.js', 'wasm.unknown.pagefind']);
    expect(fake.close).toHaveBeenCalledOnce();

    const merged = siteWithShard('pagefind-1');
    await indexShard(merged.dir, merged.shard, fakeApi().api);
    expect(readdirSync(path.join(merged.dir, 'pagefind-1'))).toEqual(['pagefind-entry.json']);
  });

  it.each([
    ['createIndex', { create: ['bad config'] }],
    ['addDirectory', { add: ['unreadable'] }],
    ['writeFiles', { write: ['disk full'] }],
  ])('throws the errors of %s and still closes', async (step, overrides) => {
    const { dir, shard } = siteWithShard('pagefind');
    const fake = fakeApi(overrides);
    await expect(indexShard(dir, shard, fake.api)).rejects.toThrow(`pagefind ${step}`);
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('fails when a page was left out, since search would silently never find it', async () => {
    const { dir, shard } = siteWithShard('pagefind-2');
    await expect(indexShard(dir, shard, fakeApi({ indexed: 1 }).api)).rejects.toThrow('pagefind pagefind-2: 1 of 2 notice pages indexed');
  });
});

describe('indexTitles', () => {
  const notice = { slug: 'liuzhengfa-2023-9', title: '关于做好全市第五次全国经济普查的通知', docNumber: '柳政发〔2023〕9号', date: '2023-03-11', type: '通知', issueLabel: '2024年第3期', status: '已废止' };

  it('gives each title the filters, meta and date sort of its notice page', () => {
    expect(titleRecord(notice)).toEqual({
      url: '/notices/liuzhengfa-2023-9/',
      content: notice.title,
      language: 'zh',
      meta: { title: notice.title, docNumber: '柳政发〔2023〕9号', date: '2023-03-11', issue: '2024年第3期', status: '已废止' },
      filters: { year: ['2023'], type: ['通知'], month: ['2023-03'] },
      sort: { date: '2023-03-11' },
    });
  });

  it('indexes every title into <site>/pagefind-titles and refuses a count that does not match', async () => {
    const dir = site();
    const fake = fakeApi({ indexed: 2 });
    const records = [titleRecord(notice), titleRecord({ ...notice, slug: 'x' })];
    expect(await indexTitles(dir, fake.api, records)).toBe(2);
    expect(fake.addCustomRecord).toHaveBeenCalledTimes(2);
    expect(fake.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(dir, 'pagefind-titles') });
    expect(fake.close).toHaveBeenCalledOnce();
    await expect(indexTitles(site(), fakeApi({ indexed: 1 }).api, records)).rejects.toThrow(/1 of 2 titles/);
    await expect(indexTitles(site(), fakeApi({ record: ['bad'] }).api, records)).rejects.toThrow(/addCustomRecord/);
  });
});
