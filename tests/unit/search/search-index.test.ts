// Search indexing with Pagefind's module faked: every step's errors are thrown, close() always runs.
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { indexSite, indexTitles, STOCK_UI_FILES, type PagefindApi } from '../../../src/postbuild/search-index.ts';
import { titleRecord } from '../../../src/search/title-record.ts';

function fakeApi(overrides: { create?: string[]; add?: string[]; record?: string[]; write?: string[]; pages?: number; indexed?: number } = {}) {
  const close = vi.fn(async () => null);
  const addDirectory = vi.fn(async () => ({ errors: overrides.add ?? [], page_count: overrides.pages ?? 3 }));
  const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
    mkdirSync(outputPath, { recursive: true });
    for (const name of STOCK_UI_FILES) writeFileSync(path.join(outputPath, name), '');
    writeFileSync(path.join(outputPath, 'pagefind.js'), '');
    const entry = { version: '1.6.0', languages: { zh: { hash: 'zh_x', wasm: null, page_count: overrides.indexed ?? 2 } } };
    writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    return { errors: overrides.write ?? [], outputPath };
  });
  const addCustomRecord = vi.fn(async () => ({ errors: overrides.record ?? [] }));
  const createIndex = vi.fn(async (_config: { forceLanguage: string }) => ({ errors: overrides.create ?? [], index: { addDirectory, addCustomRecord, writeFiles } }));
  // Only the calls indexing makes are faked.
  const api = { createIndex, close } as unknown as PagefindApi;
  return { api, createIndex, addDirectory, addCustomRecord, writeFiles, close };
}

const site = () => mkdtempSync(path.join(tmpdir(), 'gongbao-pagefind-'));

describe('indexSite', () => {
  it('indexes the site in Chinese into <site>/pagefind and removes the stock UI bundles', async () => {
    const dir = site();
    const fake = fakeApi();
    expect(await indexSite(dir, fake.api)).toEqual({ read: 3, indexed: 2 });
    expect(fake.createIndex).toHaveBeenCalledWith({ forceLanguage: 'zh' });
    expect(fake.addDirectory).toHaveBeenCalledWith({ path: dir });
    expect(fake.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(dir, 'pagefind') });
    expect(readdirSync(path.join(dir, 'pagefind')).sort()).toEqual(['pagefind-entry.json', 'pagefind.js']);
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it.each([
    ['createIndex', { create: ['bad config'] }],
    ['addDirectory', { add: ['unreadable'] }],
    ['writeFiles', { write: ['disk full'] }],
  ])('throws the errors of %s and still closes', async (step, overrides) => {
    const fake = fakeApi(overrides);
    await expect(indexSite(site(), fake.api)).rejects.toThrow(`pagefind ${step}`);
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('fails when nothing was indexed, since search would silently find nothing', async () => {
    await expect(indexSite(site(), fakeApi({ pages: 0 }).api)).rejects.toThrow(/no HTML pages/);
    await expect(indexSite(site(), fakeApi({ indexed: 0 }).api)).rejects.toThrow(/no pages indexed/);
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
      filters: { year: ['2023'], issue: ['2024年第3期'], type: ['通知'], month: ['2023-03'] },
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
