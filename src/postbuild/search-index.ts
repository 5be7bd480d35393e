// After Astro has written the pages, Pagefind indexes the notices (pages marked data-pagefind-body) shard by shard into
// <site>/pagefind/, <site>/pagefind-1/ … and their titles into <site>/<TITLES_BUNDLE>/. Each bundle is built by a Pagefind
// process of its own (a shard by the command line, the titles by a Node API service that close() ends), so a build's
// indexing memory is bounded by the largest shard.
import { link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import type { PagefindCli } from './pagefind-cli.ts';
import { TITLE_RECORDS_FILE, type TitleRecord } from '../search/title-record.ts';
import { PRIMARY_BUNDLE, SHARD_PLAN_FILE, type SearchShard } from '../search/shards.ts';
import { TITLES_BUNDLE } from '../search/titles-bundle.ts';

/** The slice of Pagefind's Node API used for the titles, so tests can hand in a fake. */
export type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

/** Pagefind's stock UI bundles: the site ships its own small search UI, so these would only be dead weight. */
export const STOCK_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
}

/** Pages in the written index, per its pagefind-entry.json. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((n, language) => n + (language.page_count ?? 0), 0);
}

/** What a merged shard leaves out: the primary shard's pagefind.js merges it in with its own script, worker and WebAssembly. */
const PRIMARY_ONLY = ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'];

async function createdIndex(api: PagefindApi, language: string): Promise<Pagefind.PagefindIndex> {
  const { errors, index } = await api.createIndex({ forceLanguage: language });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex: no index returned');
  return index;
}

/** Links a shard's pages into `staged`, a folder of their own inside the site, so Pagefind can read them as a site. */
async function stageShard(siteDir: string, shard: SearchShard, staged: string): Promise<void> {
  await rm(staged, { recursive: true, force: true });
  for (const page of shard.pages) {
    await mkdir(path.dirname(path.join(staged, page)), { recursive: true });
    await link(path.join(siteDir, page), path.join(staged, page));
  }
}

/**
 * Indexes one shard's notice pages into siteDir/<bundle> and returns how many were indexed, which must be all of them.
 * Pagefind's command line reads the shard's folder itself, on every core.
 * The language is forced to Chinese so words are segmented, as the page that searches needs (<html lang="zh-CN">).
 */
export async function indexShard(siteDir: string, shard: SearchShard, cli: PagefindCli, language = 'zh'): Promise<number> {
  const staged = path.join(siteDir, `.index-${shard.bundle}`);
  try {
    await stageShard(siteDir, shard, staged);
    const outputPath = path.join(siteDir, shard.bundle);
    const run = await cli(['--site', staged, '--output-path', outputPath, '--force-language', language, '--quiet'], staged);
    if (run.status !== 0) {
      const said = run.output.trim().split('\n').slice(-5).join(' | ') || 'nothing';
      throw new Error(`pagefind ${shard.bundle}: the command line exited with ${run.status ?? 'a signal'} and said: ${said}`);
    }
    const unused = shard.bundle === PRIMARY_BUNDLE ? [] : [...PRIMARY_ONLY, ...(await readdir(outputPath)).filter((name) => /^wasm\..*\.pagefind$/.test(name))];
    await Promise.all([...STOCK_UI_FILES, ...unused].map((name) => rm(path.join(outputPath, name), { force: true })));
    const indexed = await indexedPages(outputPath);
    // A page without data-pagefind-body would be left out, and search would silently never find it.
    if (indexed !== shard.pages.length) throw new Error(`pagefind ${shard.bundle}: ${indexed} of ${shard.pages.length} notice pages indexed`);
    return indexed;
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
}

/** Indexes the notices' titles alone into siteDir/<TITLES_BUNDLE>, for searching titles only; returns the count indexed. */
export async function indexTitles(siteDir: string, api: PagefindApi, records: readonly TitleRecord[], language = 'zh'): Promise<number> {
  try {
    const index = await createdIndex(api, language);
    for (const record of records) check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
    const outputPath = path.join(siteDir, TITLES_BUNDLE);
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
    // Titles are marked on the notice by the main bundle's script; only search is needed here.
    await Promise.all([...STOCK_UI_FILES, 'pagefind-highlight.js'].map((name) => rm(path.join(outputPath, name), { force: true })));
    const indexed = await indexedPages(outputPath);
    if (indexed !== records.length) throw new Error(`pagefind titles: ${indexed} of ${records.length} titles indexed`);
    return indexed;
  } finally {
    await api.close();
  }
}

/** The shard plan the site wrote for this step. */
export async function readShardPlan(siteDir: string): Promise<SearchShard[]> {
  return JSON.parse(await readFile(path.join(siteDir, SHARD_PLAN_FILE), 'utf8')) as SearchShard[];
}

/** The title records the site wrote for this step. */
export async function readTitleRecords(siteDir: string): Promise<TitleRecord[]> {
  return JSON.parse(await readFile(path.join(siteDir, TITLE_RECORDS_FILE), 'utf8')) as TitleRecord[];
}

/** Removes what the site wrote for indexing alone, once every bundle is built. */
export async function removeIndexingInputs(siteDir: string): Promise<void> {
  await Promise.all([SHARD_PLAN_FILE, TITLE_RECORDS_FILE].map((file) => rm(path.join(siteDir, file))));
}
