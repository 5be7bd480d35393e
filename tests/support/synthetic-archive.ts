// A synthetic archive for benchmarks and the tests of a large archive: the real seed's notices renumbered and
// reshuffled into N issues.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { formatDocNumber } from '../../src/pipeline/doc-number/grammar.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { ROOT, SEED_FILE } from './real-seed.ts';

/** Bump when the generated text changes, so cached archives are rebuilt. */
export const GENERATOR_VERSION = 1;

const SEEDS = join(ROOT, 'seeds');
/** The real seed the notices come from. */
export const REAL_SEED = join(ROOT, SEED_FILE);

const MANIFEST = 'manifest.json';
const TOC_BLOCK = 10;
const ISSUES_PER_YEAR = 12;
const LAST_YEAR = 2024;

export interface SyntheticOptions {
  /** Number of issues; default 150. */
  issues?: number;
  /** PRNG seed, so the same options give the same archive; default 1. */
  seed?: number;
  /** Fewest notices per issue (at most the real seed's count); default 12. */
  minNotices?: number;
}

/** One notice of the real seed as lines, with what must be renumbered in it. */
export interface NoticeTemplate {
  /** Lines from the notice's first line to the line before the next notice (trailing blank lines included). */
  lines: string[];
  /** Index in `lines` of the issuing date line and of the doc number line (the same line for one-line headers). */
  dateLine: number;
  docLine: number;
  dateText: string;
  docNumberText: string;
  /** The TOC entry's text before its tab (title and dot leaders), as printed. */
  tocTitle: string;
  /** Printed pages the notice spans in the real issue. */
  pages: number;
  month: number;
  day: number;
}

/** The real seed cut into the parts an issue is assembled from. */
export interface SeedParts {
  cover: string[];
  /** Blank lines between the table of contents and the first notice. */
  afterToc: string[];
  notices: NoticeTemplate[];
  /** Lines after the last notice: blank lines and the colophon. */
  tail: string[];
}

export interface SyntheticIssue {
  /** File name, e.g. 2019-04.txt. */
  name: string;
  year: number;
  number: number;
  cumulative: number;
  /** Doc numbers of its notices, in printed order. */
  docNumbers: string[];
  text: string;
}

/** Cuts the real seed (decoded text) into cover, notices and colophon, using the parser's own account of it. */
export function cutSeed(text: string): SeedParts {
  const lines = text.split('\n');
  const { issue } = parseIssue(text, SEED_FILE);
  const tocStart = lines.findIndex((l) => /^目\s*录$/.test(l.trim()));
  const notices = issue.notices;
  const firstOf = (k: number) => notices[k]!.sourceLines[0] - 1;
  const tocByDoc = new Map(issue.toc.map((e, k) => [e.docNumber?.text, { entry: e, next: issue.toc[k + 1] }]));
  const templates = notices.map((n, k): NoticeTemplate => {
    const { docNumber, dateText, docNumberText } = n;
    if (!docNumber || dateText === undefined || docNumberText === undefined) throw new Error(`${n.slug}: the real seed's notices are dated and numbered`);
    const end = k + 1 < notices.length ? firstOf(k + 1) : n.sourceLines[1];
    const block = lines.slice(firstOf(k), end);
    // The last notice is followed by the colophon; elsewhere it needs the blank line that ends a notice.
    if (block.at(-1)?.trim()) block.push('');
    const dateLine = block.findIndex((l) => l.trim().startsWith(dateText));
    let docLine = dateLine;
    while (docLine < block.length && !block[docLine]!.includes(docNumberText)) docLine++;
    const toc = tocByDoc.get(docNumber.text);
    if (dateLine < 0 || docLine >= block.length || !toc) throw new Error(`cannot find the header of ${docNumber.text} in the real seed`);
    const raw = lines[toc.entry.line - 1]!;
    const [, month = '', day = ''] = /(\d{1,2})月(\d{1,2})日$/.exec(dateText) ?? [];
    return {
      lines: block,
      dateLine,
      docLine,
      dateText,
      docNumberText,
      tocTitle: raw.slice(0, raw.indexOf('\t')),
      pages: toc.next ? Math.max(1, toc.next.page - toc.entry.page) : 2,
      month: Number(month),
      day: Number(day),
    };
  });
  const lastTocLine = Math.max(...issue.toc.map((e) => e.line));
  return {
    cover: lines.slice(0, tocStart),
    afterToc: lines.slice(lastTocLine, firstOf(0)),
    notices: templates,
    tail: lines.slice(notices.at(-1)!.sourceLines[1]),
  };
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Replaces exactly one match in the cover, so a change in the real seed's cover fails loudly. */
function replaceOnce(lines: string[], pattern: RegExp, replacement: string): string[] {
  const at = lines.flatMap((l, i) => (pattern.test(l.trim()) ? [i] : []));
  if (at.length !== 1) throw new Error(`the real seed's cover has ${at.length} lines matching ${pattern}, expected 1`);
  return lines.map((l, i) => (i === at[0] ? replacement : l));
}

function coverOf(parts: SeedParts, year: number, number: number, cumulative: number): string[] {
  let cover = replaceOnce(parts.cover, /^\d{4}$/, String(year));
  cover = replaceOnce(cover, /^\(\d{4}年第\d+期，总第\d+期\)$/, `(${year}年第${number}期，总第${cumulative}期)`);
  cover = replaceOnce(cover, /^\d{4}年\d{1,2}月\d{1,2}日$/, `${year}年${number}月15日`);
  return replaceOnce(cover, /^总第\d+期$/, `总第${cumulative}期`);
}

/** Generates the issues (pure): identities, unique doc numbers, TOC entries matching the headers. */
export function syntheticIssues(parts: SeedParts, options: SyntheticOptions = {}): SyntheticIssue[] {
  const count = options.issues ?? 150;
  const rand = random(options.seed ?? 1);
  const min = Math.min(options.minNotices ?? 12, parts.notices.length);
  const firstYear = LAST_YEAR - Math.floor((count - 1) / ISSUES_PER_YEAR);
  const nextNumber = new Map<number, number>();
  const out: SyntheticIssue[] = [];
  for (let k = 0; k < count; k++) {
    const year = firstYear + Math.floor(k / ISSUES_PER_YEAR);
    const number = (k % ISSUES_PER_YEAR) + 1;
    const cumulative = k + 1;
    const size = min + Math.floor(rand() * (parts.notices.length - min + 1));
    const picked = shuffled(parts.notices, rand).slice(0, size);
    const toc: string[] = [];
    const body: string[] = [];
    const docNumbers: string[] = [];
    let page = 3;
    for (const t of picked) {
      // Issued before the cover date: this year if its day comes before the 15th of the issue's month.
      const docYear = t.month < number || (t.month === number && t.day <= 15) ? year : year - 1;
      const n = (nextNumber.get(docYear) ?? 0) + 1;
      nextNumber.set(docYear, n);
      const doc = formatDocNumber({ prefix: '柳政发', year: docYear, number: n });
      const dateText = t.dateText.replace(/^\d{4}/, String(docYear));
      const lines = [...t.lines];
      lines[t.dateLine] = lines[t.dateLine]!.replace(t.dateText, dateText);
      lines[t.docLine] = lines[t.docLine]!.replace(t.docNumberText, doc);
      body.push(...lines);
      toc.push(`${t.tocTitle}\t${doc}(${page})`);
      docNumbers.push(doc);
      page += t.pages;
    }
    const tocLines: string[] = [];
    for (let i = 0; i < toc.length; i += TOC_BLOCK) tocLines.push('目 录', '', ...toc.slice(i, i + TOC_BLOCK), '');
    tocLines.pop();
    const text = [...coverOf(parts, year, number, cumulative), ...tocLines, ...parts.afterToc, ...body, ...parts.tail].join('\n');
    out.push({ name: `${year}-${String(number).padStart(2, '0')}.txt`, year, number, cumulative, docNumbers, text });
  }
  return out;
}

export interface SyntheticArchive {
  dir: string;
  /** True when an archive made by the same generator version and options was already there. */
  reused: boolean;
  issues: number;
  notices: number;
  bytes: number;
}

/** The default folder for an archive of `issues` issues: <tmp>/gongbao-bench/seeds-<issues>. */
export function defaultArchiveDir(issues: number): string {
  return join(tmpdir(), 'gongbao-bench', `seeds-${issues}`);
}

/**
 * Writes the synthetic archive as one seed file per issue, unless the folder already holds one made by
 * this generator version from the same seed text and options. Never writes into seeds/.
 */
export function writeSyntheticArchive(options: SyntheticOptions = {}, dir = defaultArchiveDir(options.issues ?? 150), seedPath = REAL_SEED): SyntheticArchive {
  const inSeeds = relative(SEEDS, resolve(dir));
  if (!inSeeds.startsWith('..')) throw new Error(`${dir}: a synthetic archive never goes into seeds/; use a temporary folder`);
  const seedText = readFileSync(seedPath, 'utf8');
  const key = {
    generator: GENERATOR_VERSION,
    issues: options.issues ?? 150,
    seed: options.seed ?? 1,
    minNotices: options.minNotices ?? 12,
    source: createHash('sha256').update(seedText).digest('hex'),
  };
  const previous = readManifest(dir);
  if (previous && JSON.stringify(previous.key) === JSON.stringify(key) && readdirSync(dir).filter((n) => n.endsWith('.txt')).length === previous.issues) {
    return { dir, reused: true, issues: previous.issues, notices: previous.notices, bytes: previous.bytes };
  }
  const issues = syntheticIssues(cutSeed(seedText), options);
  // Written beside the target and renamed into place, so an interrupted run never leaves a half archive.
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let bytes = 0;
  for (const issue of issues) {
    const data = Buffer.from(issue.text, 'utf8');
    bytes += data.length;
    writeFileSync(join(staging, issue.name), data);
  }
  const notices = issues.reduce((n, i) => n + i.docNumbers.length, 0);
  writeFileSync(join(staging, MANIFEST), `${JSON.stringify({ key, issues: issues.length, notices, bytes }, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return { dir, reused: false, issues: issues.length, notices, bytes };
}

interface Manifest {
  key: unknown;
  issues: number;
  notices: number;
  bytes: number;
}

function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
