// The real issue and the constructed one typeset as the city prints them (by Chromium, WeasyPrint and PDFKit), read
// back from the PDF: the same notices, block by block, as the text seed gives, each placed on the PDF page and printed
// page it begins on, every printed character accounted for.
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/pipeline/archive.ts';
import { readIssue, readSeed } from '../../src/pipeline/ingest.ts';
import type { Issue } from '../../src/pipeline/model.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import type { FidelityReport } from '../../src/pipeline/fidelity-record.ts';
import { issueBlocks } from '../support/notice-blocks.ts';
import { launchPrinter } from '../support/pdf-files.ts';
import { ROOT, SEED_FILE, seedText } from '../support/real-seed.ts';
import { typesetIssue, type TypesetRoute } from '../support/typeset-issue.ts';

const CONSTRUCTED = 'tests/fixtures/constructed/2024-04.txt';
const SEEDS = [
  { file: SEED_FILE, text: seedText },
  { file: CONSTRUCTED, text: readFileSync(path.join(ROOT, CONSTRUCTED), 'utf8') },
];
const ROUTES: TypesetRoute[] = ['chromium', 'weasyprint', 'pdfkit'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchPrinter();
}, 60_000);
afterAll(() => browser?.close());

describe.each(SEEDS.flatMap((seed) => ROUTES.map((route) => ({ ...seed, route }))))('$file typeset by $route and read from its PDF', ({ file, text: seedText, route }) => {
  const PDF_FILE = `seeds/${path.basename(file, '.txt')}.pdf`;
  const fromText = parseIssue(seedText, file).issue;
  const wanted = issueBlocks(fromText);
  let issue: Issue;
  let fidelity: FidelityReport;
  let text: string;

  beforeAll(async () => {
    const bytes = await typesetIssue(fromText, route, { seedLines: seedText.split('\n'), browser });
    const read = readIssue(await readSeed(PDF_FILE, bytes));
    ({ issue, fidelity, text } = read);
  }, 120_000);

  it('is the same issue, from its cover', () => {
    const identity = (i: Issue) => ({ id: i.id, gazette: i.gazette, year: i.year, number: i.number, cumulative: i.cumulative, date: i.date });
    expect(identity(issue)).toEqual(identity(fromText));
    expect(issue.source).toBe(PDF_FILE);
    expect(issue.original).toMatchObject({ file: path.basename(PDF_FILE), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('holds the notices of the text seed, in order, block by block', () => {
    const got = issueBlocks(issue);
    expect([...got.keys()]).toEqual([...wanted.keys()]);
    for (const [key, blocks] of wanted) expect(got.get(key), key).toEqual(blocks);
  });

  it('places each notice on the PDF page it begins on, whose folio is the page the contents give', () => {
    const printed = fidelity.pdf!.printedPages;
    // The cover prints no folio; every later page prints its own place in the PDF.
    expect(printed[0]).toBeNull();
    expect(printed.slice(1)).toEqual(printed.slice(1).map((_, k) => k + 2));
    for (const [k, notice] of issue.notices.entries()) {
      const entry = issue.toc[k];
      expect(notice.pdfPages, notice.title).toBeDefined();
      const [first, last] = notice.pdfPages!;
      expect(printed[first - 1], notice.title).toBe(notice.startPage);
      expect(entry?.page, notice.title).toBe(notice.startPage);
      const next = issue.notices[k + 1];
      if (next) expect(last, notice.title).toBeLessThanOrEqual(next.pdfPages![0]);
    }
    expect(issue.notices.at(-1)!.pdfPages![1]).toBeLessThanOrEqual(fidelity.pdf!.pages);
  });

  it('accounts for every printed character: furniture, marks and look-alikes named, nothing unaccounted', () => {
    expect(fidelity.unaccounted).toBe(0);
    const pdf = fidelity.pdf!;
    const pages = pdf.pages - 1;
    // Running heads and folios: one of each on every page after the cover.
    expect(pdf.drops.filter((d) => d.reason === 'folio').length).toBe(pages);
    expect(pdf.drops.filter((d) => d.reason === 'running-head').length).toBe(pages);
    expect(pdf.dropped['contents-marks']).toBeGreaterThan(0);
    if (route === 'pdfkit') {
      // PDFKit's copy draws 人 and 日 as Kangxi radicals, and its bold twice.
      expect(new Set(pdf.substitutions.map((s) => `${s.from}→${s.to}`))).toEqual(new Set(['\u2f08→人', '\u2f47→日']));
      expect(pdf.dropped['duplicate-glyph']).toBeGreaterThan(0);
    }
  });

  it('maps every line of its text form that holds text to the PDF page it was printed on', () => {
    const lines = text.split('\n');
    const pages = fidelity.pdf!.linePages;
    expect(pages.length).toBe(lines.length - 1);
    for (const [k, line] of lines.slice(0, -1).entries()) if (line.trim() !== '') expect(pages[k], `line ${k + 1}: ${line}`).not.toBeNull();
  });

  it('is refused beside the text seed of the same issue, by an error naming both files', () => {
    expect(() => buildArchive([fromText, issue])).toThrow(new RegExp(`${PDF_FILE}.*${file}|${file}.*${PDF_FILE}`, 'u'));
  });
});
