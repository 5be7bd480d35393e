import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeRuns } from '../../src/pipeline/pdf/fake-bold.ts';
import { unifyIdeographs } from '../../src/pipeline/pdf/ideographs.ts';
import { readPdf, type PdfText } from '../../src/pipeline/pdf/read-pdf.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { gazetteCopy } from '../support/gazette-copy.ts';
import { launchPrinter } from '../support/pdf-files.ts';
import { SEED_FILE, seedLines, seedText } from '../support/real-seed.ts';
import { typesetIssue, type TypesetRoute } from '../support/typeset-issue.ts';

const { issue } = parseIssue(seedText, SEED_FILE);
const copy = gazetteCopy(issue, { seedLines });
const plain = (text: string) => unifyIdeographs(text.replace(/\s/gu, '')).text;
// The furniture bands: the running head above 30 mm from the top, the folio below 35 mm from the bottom.
const HEAD_BAND = 85;
const FOOT_BAND = 842 - 85;

/** Each page's body text in drawing order: furniture bands cut off, fake bold counted once, look-alikes mapped back. */
function bodyTexts(pdf: PdfText): string[] {
  return pdf.pages.map((p) => plain(dedupeRuns(p.runs.filter((r) => r.y > HEAD_BAND && r.y < FOOT_BAND)).runs.map((r) => r.text).join('')));
}

describe.each<TypesetRoute>(['chromium', 'pdfkit'])('typesetIssue by %s', (route) => {
  let browser: Browser;
  let pdf: PdfText;
  let bytes: Uint8Array;

  beforeAll(async () => {
    browser = await launchPrinter();
    bytes = await typesetIssue(issue, route, { seedLines, browser });
    pdf = await readPdf(bytes, `typeset-${route}.pdf`);
  }, 60_000);
  afterAll(() => browser?.close());

  it('prints A4 pages, the cover without furniture, every other page with a running head and its folio', () => {
    expect(pdf.pages.length).toBeGreaterThan(100);
    expect(pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842)).toBe(true);
    const head = (k: number) => plain(pdf.pages[k]!.runs.filter((r) => r.y < HEAD_BAND).map((r) => r.text).join(''));
    const foot = (k: number) => plain(pdf.pages[k]!.runs.filter((r) => r.y > FOOT_BAND).map((r) => r.text).join(''));
    expect(head(0) + foot(0)).toBe('');
    for (let k = 1; k < pdf.pages.length; k++) {
      expect(foot(k), `page ${k + 1}`).toBe(`—${k + 1}—`);
      const want = route === 'chromium' ? [copy.gazette + copy.issue] : [(k + 1) % 2 === 0 ? copy.gazette : copy.issue];
      expect(want, `page ${k + 1}`).toContain(head(k));
    }
  });

  it('gives in the contents the page each notice begins on', () => {
    const pages = bodyTexts(pdf);
    for (const [k, n] of copy.notices.entries()) {
      const start = pages.findIndex((t, p) => p > 1 && t.includes(plain(n.head[0]!)));
      expect(pages.slice(1, 5).join(''), n.head[0]).toContain(`${plain(copy.contents[k]!.titleLines.at(-1)!).slice(-3)}`);
      expect(start + 1, n.head[0]).toBeGreaterThan(2);
    }
  });

  it('writes the same bytes every run', async () => {
    expect(Buffer.from(await typesetIssue(issue, route, { seedLines, browser })).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);
});
