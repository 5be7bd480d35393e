// After Astro has written the pages, Pagefind indexes the notices (pages marked data-pagefind-body) into <site>/pagefind/
// and their titles into <site>/<TITLES_BUNDLE>/. It runs once Astro's process has ended, so the two never hold memory together.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import { TITLE_RECORDS_FILE, type TitleRecord } from '../search/title-record.ts';
import { TITLES_BUNDLE } from '../search/titles-bundle.ts';

/** The slice of Pagefind's Node API used here, so tests can hand in a fake. */
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

/** Pages in the written index, per pagefind-entry.json (addDirectory counts every page it read, marked or not). */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((n, language) => n + (language.page_count ?? 0), 0);
}

/**
 * Indexes siteDir into siteDir/pagefind and returns how many pages were read and how many indexed. The language is forced to
 * Chinese so words are segmented, which the page that searches also needs (<html lang="zh-CN">).
 */
export async function indexSite(siteDir: string, api: PagefindApi, language = 'zh'): Promise<{ read: number; indexed: number }> {
  try {
    const { errors, index } = await api.createIndex({ forceLanguage: language });
    check('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex: no index returned');
    const added = await index.addDirectory({ path: siteDir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`pagefind addDirectory: no HTML pages in ${siteDir}`);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    await Promise.all(STOCK_UI_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
    const indexed = await indexedPages(outputPath);
    // An empty index would make every search silently find nothing.
    if (indexed === 0) throw new Error(`pagefind: no pages indexed in ${siteDir}`);
    return { read: added.page_count, indexed };
  } finally {
    await api.close();
  }
}

/** Indexes the notices' titles alone into siteDir/<TITLES_BUNDLE>, for searching titles only; returns the count indexed. */
export async function indexTitles(siteDir: string, api: PagefindApi, records: readonly TitleRecord[], language = 'zh'): Promise<number> {
  try {
    const { errors, index } = await api.createIndex({ forceLanguage: language });
    check('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex: no index returned');
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

/** Indexes a built site for search: the notices, then their titles from the records the build wrote (which then leave the site). */
export async function indexForSearch(siteDir: string, api: PagefindApi, log: (line: string) => void): Promise<void> {
  log('pagefind: indexing the notices');
  const { read, indexed } = await indexSite(siteDir, api);
  log(`pagefind: ${indexed} pages indexed (of ${read} read; only notices carry data-pagefind-body)`);
  const recordsFile = path.join(siteDir, TITLE_RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as TitleRecord[];
  await rm(recordsFile);
  const titles = await indexTitles(siteDir, api, records);
  log(`pagefind: ${titles} titles indexed into ${TITLES_BUNDLE}/`);
}
