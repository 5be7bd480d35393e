// The search index after the build: each shard by Pagefind's command line, the titles by its Node API, every count checked.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PagefindCli } from '../../../src/postbuild/pagefind-cli.ts';
import { indexShard, indexTitles, STOCK_UI_FILES, type PagefindApi } from '../../../src/postbuild/search-index.ts';
import type { SearchShard } from '../../../src/search/shards.ts';
import { listFiles } from '../../../src/postbuild/list-files.ts';
import { titleRecord } from '../../../src/search/title-record.ts';

/** What Pagefind writes into a bundle: its scripts, WebAssembly, stock UI and an entry counting `indexed` pages. */
function writeBundle(outputPath: string, indexed: number): void {
  mkdirSync(outputPath, { recursive: true });
  for (const name of [...STOCK_UI_FILES, 'pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind']) writeFileSync(path.join(outputPath, name), '');
  const entry = { version: '1.6.0', languages: { zh: { hash: 'zh_x', wasm: null, page_count: indexed } } };
  writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
}

/** Pagefind's command line, faked: it reads the --site folder and writes a bundle at --output-path. */
function fakeCli(overrides: { status?: number | null; output?: string; indexed?: number } = {}) {
  // What the staged folder held when Pagefind read it.
  const read: string[] = [];
  const cli = vi.fn<PagefindCli>(async (args) => {
    const option = (name: string) => args[args.indexOf(name) + 1]!;
    read.push(...listFiles(option('--site')).map((file) => readFileSync(path.join(option('--site'), file), 'utf8')));
    const status = overrides.status === undefined ? 0 : overrides.status;
    if (status === 0) writeBundle(option('--output-path'), overrides.indexed ?? read.length);
    return { status, output: overrides.output ?? '' };
  });
  return { cli, read };
}

function fakeApi(overrides: { create?: string[]; record?: string[]; write?: string[]; indexed?: number } = {}) {
  const close = vi.fn(async () => null);
  const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
    writeBundle(outputPath, overrides.indexed ?? 2);
    return { errors: overrides.write ?? [], outputPath };
  });
  const addCustomRecord = vi.fn(async () => ({ errors: overrides.record ?? [] }));
  const createIndex = vi.fn(async (_config: { forceLanguage: string }) => ({ errors: overrides.create ?? [], index: { addCustomRecord, writeFiles } }));
  // Only the calls indexing makes are faked.
  const api = { createIndex, close } as unknown as PagefindApi;
  return { api, createIndex, addCustomRecord, writeFiles, close };
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
    const fake = fakeCli();
    expect(await indexShard(dir, shard, fake.cli)).toBe(2);
    const staged = path.join(dir, '.index-pagefind');
    expect(fake.cli).toHaveBeenCalledWith(['--site', staged, '--output-path', path.join(dir, 'pagefind'), '--force-language', 'zh', '--quiet'], staged);
    expect(fake.read.sort()).toEqual(shard.pages.map((page) => `<html lang="zh-CN"><body data-pagefind-body>${page}</body></html>`));
    // The staged folder is gone again.
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'notices', 'pagefind']);
    expect(readdirSync(path.join(dir, 'pagefind')).sort()).toEqual(['pagefind-entry.json', 'pagefind-highlight.js', 'pagefind-worker.js', 'pagefind.js', 'wasm.unknown.pagefind']);

    const merged = siteWithShard('pagefind-1');
    await indexShard(merged.dir, merged.shard, fakeCli().cli);
    expect(readdirSync(path.join(merged.dir, 'pagefind-1'))).toEqual(['pagefind-entry.json']);
  });

  it('throws what the command line said when it fails, and still removes the staged folder', async () => {
    const { dir, shard } = siteWithShard('pagefind-1');
    const fake = fakeCli({ status: 1, output: 'Running Pagefind\nError: Failed to parse notices/a/index.html\n' });
    await expect(indexShard(dir, shard, fake.cli)).rejects.toThrow('pagefind pagefind-1: the command line exited with 1 and said: Running Pagefind | Error: Failed to parse notices/a/index.html');
    expect(readdirSync(dir)).toEqual(['notices']);
    await expect(indexShard(dir, shard, fakeCli({ status: null }).cli)).rejects.toThrow('exited with a signal and said: nothing');
  });

  it('fails when a page was left out, since search would silently never find it', async () => {
    const { dir, shard } = siteWithShard('pagefind-2');
    await expect(indexShard(dir, shard, fakeCli({ indexed: 1 }).cli)).rejects.toThrow('pagefind pagefind-2: 1 of 2 notice pages indexed');
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

  it.each([
    ['createIndex', { create: ['bad config'] }],
    ['addCustomRecord', { record: ['bad record'] }],
    ['writeFiles', { write: ['disk full'] }],
  ])('throws the errors of %s and still closes the service', async (step, overrides) => {
    const fake = fakeApi(overrides);
    await expect(indexTitles(site(), fake.api, [titleRecord(notice)])).rejects.toThrow(`pagefind ${step}`);
    expect(fake.close).toHaveBeenCalledOnce();
  });
});
