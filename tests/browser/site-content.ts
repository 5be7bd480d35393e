// What the browser tests expect of the site built from seeds/2024-03.txt, and one page of each type to visit.
import path from 'node:path';

/** The content the test sites are built from: the ingest of seeds/ written for the tests, never the working tree's content/. */
export const TEST_CONTENT_DIR = path.resolve(import.meta.dirname, '../../.test-sites/content');

/** One page per page type, relative to the site's base URL. */
export const PAGE_TYPES = {
  home: '',
  issues: 'issues/',
  year: 'issues/2024/',
  issue: 'issues/2024-03/',
  'notice (long, outline)': 'notices/liuzhengfa-2024-3/',
  'notice (table, attachment)': 'notices/liuzhengfa-2024-4/',
  'notice (captioned table)': 'notices/liuzhengfa-2024-6/',
  'notice (abolishes)': 'notices/liuzhengfa-2024-8/',
  'doc-number index': 'doc-numbers/',
  'doc-number year': 'doc-numbers/liuzhengfa-2024/',
  search: 'search/',
  'not found': 'no-such-page/',
} as const;

/** The table of contents of 2024年第3期 in printed order: doc number, notice slug, printed page. */
export const ISSUE_2024_03 = [
  ['柳政发〔2024〕3号', 'liuzhengfa-2024-3', 3],
  ['柳政发〔2024〕4号', 'liuzhengfa-2024-4', 15],
  ['柳政发〔2024〕6号', 'liuzhengfa-2024-6', 19],
  ['柳政发〔2024〕7号', 'liuzhengfa-2024-7', 23],
  ['柳政发〔2024〕8号', 'liuzhengfa-2024-8', 25],
  ['柳政发〔2023〕2号', 'liuzhengfa-2023-2', 26],
  ['柳政发〔2023〕3号', 'liuzhengfa-2023-3', 27],
  ['柳政发〔2023〕4号', 'liuzhengfa-2023-4', 28],
  ['柳政发〔2023〕5号', 'liuzhengfa-2023-5', 29],
  ['柳政发〔2023〕7号', 'liuzhengfa-2023-7', 42],
  ['柳政发〔2023〕8号', 'liuzhengfa-2023-8', 46],
  ['柳政发〔2023〕9号', 'liuzhengfa-2023-9', 57],
  ['柳政发〔2023〕10号', 'liuzhengfa-2023-10', 63],
  ['柳政发〔2023〕13号', 'liuzhengfa-2023-13', 65],
  ['柳政发〔2023〕16号', 'liuzhengfa-2023-16', 68],
  ['柳政发〔2023〕17号', 'liuzhengfa-2023-17', 73],
  ['柳政发〔2023〕18号', 'liuzhengfa-2023-18', 74],
  ['柳政发〔2023〕19号', 'liuzhengfa-2023-19', 79],
] as const;

/** The public origin the test sites are built for (GONGBAO_SITE). */
export const TEST_SITE = process.env['GONGBAO_SITE'] || 'https://example.org';
/** Notices per search shard in the root test build: small, so the real issue's notices span several shards and every search test also runs against a merged index. */
export const TEST_SHARD_SIZE = 6;
/** The origin the build writes into absolute URLs. */
export const SITE_ORIGIN = new URL(TEST_SITE).origin;
