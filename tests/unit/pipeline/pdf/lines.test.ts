import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type GlyphRun, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';
import { FURNITURE, gazetteHtml, MIXED_SIZES, OUT_OF_ORDER, PARAGRAPHS } from '../../../support/printed-gazette.ts';

/** A run of `text` at (x, y), one em of `size` per character. */
function run(text: string, x: number, y: number, size = 16): GlyphRun {
  return { page: 0, x, y, width: [...text].length * size, size, font: 'f1', text, inserted: false };
}

describe('pageLines', () => {
  it('groups runs by baseline and sorts each line by x, whatever order they were drawn in', () => {
    const lines = pageLines([run('二、普查内容', 90, 228), run('全市范围内的单位。', 240, 200), run('一、普查对象', 90, 200)]);
    expect(lines.map((line) => line.text)).toEqual(['一、普查对象全市范围内的单位。', '二、普查内容']);
    expect(lines[0]!).toMatchObject({ baseline: 200, left: 90, right: 240 + 9 * 16, gaps: [240 - (90 + 6 * 16)], sizes: [16] });
  });

  it('keeps a run within 0.3 em of its size from the line, and starts a new line beyond', () => {
    const lines = pageLines([run('正文', 90, 200), run('，', 122, 204.7), run('下一行', 90, 205)]);
    expect(lines.map((line) => line.text)).toEqual(['正文，', '下一行']);
  });

  it('joins smaller type on the baseline, its sizes listed largest first', () => {
    const lines = pageLines([run('保障', 90, 200), run('（见附件2）', 122, 200, 10.5), run('，按时', 185, 200)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.sizes).toEqual([16, 10.5]);
  });

  it('leaves out the spaces pdf.js put in, and keeps the gap they stood for', () => {
    const space: GlyphRun = { ...run(' ', 162, 50, 9), width: 12, inserted: true };
    const [line] = pageLines([run('柳州市人民政府公报', 81, 50, 9), space, run('2024年第3期', 174, 50, 9)]);
    expect(line!.runs.map((r) => r.text)).toEqual(['柳州市人民政府公报', '2024年第3期']);
    expect(line!.gaps).toEqual([174 - (81 + 81)]);
  });

  it('gives no line for a page without runs', () => {
    expect(pageLines([])).toEqual([]);
  });
});

describe('pageLines on a page Chromium prints', () => {
  let browser: Browser;
  let pdf: PdfText;
  let lines: PdfLine[];
  const plain = (line: PdfLine) => line.text.replace(/\s/gu, '');

  beforeAll(async () => {
    browser = await launchPrinter();
    pdf = await readPdf(await printPdf(browser, gazetteHtml(4), FURNITURE), 'seeds/2024-03.pdf');
    lines = pageLines(pdf.pages[0]!.runs);
  }, 60_000);
  afterAll(() => browser?.close());

  it('comes out top to bottom: running head, two title lines, body, folio', () => {
    expect(lines.map((line) => line.baseline)).toEqual([...lines.map((line) => line.baseline)].sort((a, b) => a - b));
    expect(plain(lines[0]!)).toMatch(/^柳州市.{2}政府公报2024年第3期$/u);
    expect(lines[1]!.sizes).toEqual([22]);
    expect(lines[2]!.sizes).toEqual([22]);
    expect(plain(lines.at(-1)!)).toBe('—1—');
    console.log(lines.slice(0, 6).map((line) => `${line.baseline.toFixed(1)} ${line.left.toFixed(1)}–${line.right.toFixed(1)} [${line.sizes.join(',')}] ${line.gaps.filter((gap) => gap > 1).map((gap) => gap.toFixed(1)).join(',')} ${line.text}`).join('\n'));
  });

  // Chromium rounds the margins to whole CSS pixels: positions are checked to within 1.5 pt.
  const near = (value: number, expected: number) => expect(Math.abs(value - expected)).toBeLessThan(1.5);

  it('starts every page with the running head and ends it with its folio, each line on its page', () => {
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) {
      const onPage = pageLines(page.runs);
      expect(onPage.every((line) => line.page === page.index)).toBe(true);
      expect(plain(onPage[0]!)).toMatch(/^柳州市.{2}政府公报2024年第3期$/u);
      expect(plain(onPage.at(-1)!)).toBe(`—${page.index + 1}—`);
    }
  });

  it('centres both title lines on the text block', () => {
    const centre = (28 + (210 - 26)) / 2 / 25.4 * 72;
    for (const line of lines.slice(1, 3)) near((line.left + line.right) / 2, centre);
  });

  it('shows each paragraph’s first-line indent of 2 em against the body’s left edge', () => {
    const body = lines.filter((line) => line.sizes[0] === 16);
    const margin = Math.min(...body.map((line) => line.left));
    near(margin, (28 / 25.4) * 72);
    const firsts = PARAGRAPHS.map((text) => body.find((line) => plain(line).length > 3 && text.startsWith(plain(line).slice(0, 4)))!);
    for (const line of firsts) expect(line.left - margin).toBeCloseTo(32, 0);
  });

  it('keeps punctuation and smaller type on their line', () => {
    const all = pdf.pages.flatMap((page) => pageLines(page.runs));
    expect(all.filter((line) => /^[\p{P}]+$/u.test(plain(line)))).toEqual([]);
    const mixed = lines.find((line) => plain(line).startsWith(MIXED_SIZES.before))!;
    expect(mixed.sizes).toEqual([16, 10.5]);
    expect(plain(mixed).endsWith(MIXED_SIZES.after)).toBe(true);
  });

  it('puts lines drawn out of order back in reading order, the wide gap between the parts of a line kept', () => {
    const first = lines.findIndex((line) => plain(line).endsWith(OUT_OF_ORDER.firstRight));
    expect(plain(lines[first]!).endsWith(`、普查对象${OUT_OF_ORDER.firstRight}`)).toBe(true);
    expect(plain(lines[first + 1]!)).toMatch(/、普查内容和时间安排$/u);
    expect(Math.max(...lines[first]!.gaps)).toBeCloseTo(150 - 6 * 16, 0);
  });
});
