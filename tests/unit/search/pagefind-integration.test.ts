// The Pagefind integration with the module faked: every step's errors are thrown, close() always runs.
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { indexSite, STOCK_UI_FILES, type PagefindApi } from '../../../src/integrations/pagefind.ts';

function fakeApi(overrides: { create?: string[]; add?: string[]; write?: string[]; pages?: number; indexed?: number } = {}) {
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
  const createIndex = vi.fn(async (_config: { forceLanguage: string }) => ({ errors: overrides.create ?? [], index: { addDirectory, writeFiles } }));
  const api: PagefindApi = { createIndex, close };
  return { api, createIndex, addDirectory, writeFiles, close };
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
