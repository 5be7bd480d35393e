import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeRuns } from '../../../../src/pipeline/pdf/fake-bold.ts';
import { readPdf, type GlyphRun, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';

/** A run of `text` at (x, y), one em of `size` per character. */
function run(text: string, x: number, y: number, size = 22): GlyphRun {
  return { page: 0, x, y, width: [...text].length * size, size, font: 'f1', text, inserted: false };
}

const HEADING = '第五次全国经济普查';

describe('dedupeRuns', () => {
  it('keeps the first of two equal runs a hair apart and records the second', () => {
    const first = run(HEADING, 90, 104);
    const { runs, removed } = dedupeRuns([first, run(HEADING, 90.3, 104.2), run('正文', 90, 140, 16)]);
    expect(runs).toEqual([first, run('正文', 90, 140, 16)]);
    expect(removed).toEqual([{ page: 0, x: 90.3, y: 104.2, text: HEADING, reason: 'duplicate-glyph' }]);
  });

  it('removes a copy of part of a longer run, however the two were drawn', () => {
    const whole = run(HEADING, 90, 104);
    const part = run('全国', 90 + 3 * 22 + 0.4, 104);
    for (const drawn of [[whole, part], [part, whole]]) {
      const { runs, removed } = dedupeRuns(drawn);
      expect(runs).toEqual([whole]);
      expect(removed.map((r) => r.text)).toEqual(['全国']);
    }
  });

  it('keeps the same text farther than 1 pt away, at another size, or at another place of the run', () => {
    const whole = run(HEADING, 90, 104);
    const given = [whole, run(HEADING, 91.2, 104), run(HEADING, 90, 105.2), { ...run(HEADING, 90.3, 104), size: 16 }, run('全国', 90 + 4 * 22, 104)];
    const { runs, removed } = dedupeRuns(given);
    expect(runs).toEqual(given);
    expect(removed).toEqual([]);
  });

  it('loses nothing: the runs kept and the copies removed are the runs given', () => {
    const given = [run('一', 90, 104), run('一', 90.2, 104), run('一', 90.4, 104), run('二', 112, 104)];
    const { runs, removed } = dedupeRuns(given);
    expect(runs.map((r) => r.text)).toEqual(['一', '二']);
    expect(removed.map((r) => r.x)).toEqual([90.2, 90.4]);
  });

  it('keeps pdf.js’s inserted spaces, which stand for no glyph', () => {
    const space = { ...run(' ', 112, 104), width: 5, inserted: true };
    expect(dedupeRuns([space, { ...space, x: 112.3 }]).removed).toEqual([]);
  });
});

describe('dedupeRuns on a heading Chromium prints twice, 0.4 px apart', () => {
  let browser: Browser;
  let pdf: PdfText;

  beforeAll(async () => {
    browser = await launchPrinter();
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      body { margin: 0; font: 16pt/28pt 'Noto Serif CJK SC'; }
      .bold { position: relative; height: 40pt; }
      .bold span { position: absolute; top: 0; white-space: nowrap; font: 22pt 'Noto Sans CJK SC'; }
    </style></head><body>
      <div class="bold"><span style="left:0">${HEADING}</span><span style="left:0.4px">${HEADING}</span></div>
      <p>现将实施方案印发给你们。</p></body></html>`;
    pdf = await readPdf(await printPdf(browser, html), 'seeds/2024-03.pdf');
  }, 60_000);
  afterAll(() => browser?.close());

  it('holds both copies in the PDF, 0.3 pt apart, and keeps one', () => {
    const runs = pdf.pages[0]!.runs;
    const copies = runs.filter((r) => r.text === HEADING);
    expect(copies).toHaveLength(2);
    expect(Math.abs(copies[1]!.x - copies[0]!.x)).toBeCloseTo(0.3, 1);
    const { runs: kept, removed } = dedupeRuns(runs);
    expect(kept.filter((r) => r.text === HEADING)).toEqual([copies[0]]);
    expect(removed).toEqual([{ page: 0, x: copies[1]!.x, y: copies[1]!.y, text: HEADING, reason: 'duplicate-glyph' }]);
    expect(kept.length + removed.length).toBe(runs.length);
  });
});
