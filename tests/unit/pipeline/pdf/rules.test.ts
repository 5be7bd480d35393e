import type { Browser } from '@playwright/test';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { pageRules, type Rule } from '../../../../src/pipeline/pdf/rules.ts';
import { handPdf, launchPrinter, onePage, printPdf } from '../../../support/pdf-files.ts';

const FILE = 'seeds/2024-03.pdf';
// A page of 842 pt: user space y up to top-down y.
const flip = (x: number, y: number) => [x, 842 - y] as const;
const path = (paint: number, ...data: number[]) => ({ fn: OPS.constructPath, args: [paint, [Float32Array.from(data)], null] });
const list = (...ops: { fn: number; args: unknown }[]) => ({ fnArray: ops.map((o) => o.fn), argsArray: ops.map((o) => o.args) });
const rounded = (rules: readonly Rule[]) => rules.map((r) => ({ ...r, at: Math.round(r.at * 10) / 10, from: Math.round(r.from * 10) / 10, to: Math.round(r.to * 10) / 10 }));

describe('pageRules on operator lists', () => {
  it('reads a stroked segment and the four edges of a stroked rectangle, in top-down points', () => {
    const rules = pageRules(list(path(OPS.stroke, 0, 72, 700, 1, 300, 700), path(OPS.closeStroke, 0, 100, 100, 1, 200, 100, 1, 200, 150, 1, 100, 150, 4)), flip);
    expect(rules).toEqual([
      { direction: 'horizontal', at: 142, from: 72, to: 300 },
      { direction: 'horizontal', at: 742, from: 100, to: 200 },
      { direction: 'vertical', at: 200, from: 692, to: 742 },
      { direction: 'horizontal', at: 692, from: 100, to: 200 },
      { direction: 'vertical', at: 100, from: 692, to: 742 },
    ]);
  });

  it('takes a filled rectangle thinner than 2 pt as one rule along its middle, and leaves a wide fill and a curve alone', () => {
    const rules = pageRules(list(path(OPS.fill, 0, 72, 700, 1, 300, 700, 1, 300, 700.5, 1, 72, 700.5, 4), path(OPS.fill, 0, 72, 600, 1, 300, 600, 1, 300, 650, 1, 72, 650, 4), path(OPS.stroke, 0, 0, 0, 2, 10, 10, 20, 10, 30, 0)), flip);
    expect(rounded(rules)).toEqual([{ direction: 'horizontal', at: 141.8, from: 72, to: 300 }]);
  });

  it('follows the transformation matrix through save, transform and restore', () => {
    const rules = pageRules(list({ fn: OPS.save, args: null }, { fn: OPS.transform, args: [2, 0, 0, 2, 10, 20] }, path(OPS.stroke, 0, 0, 0, 1, 0, 50), { fn: OPS.restore, args: null }, path(OPS.stroke, 0, 0, 0, 1, 0, 50)), flip);
    expect(rules).toEqual([
      { direction: 'vertical', at: 10, from: 722, to: 822 },
      { direction: 'vertical', at: 0, from: 792, to: 842 },
    ]);
  });

  it('leaves out the rules of an annotation', () => {
    const rules = pageRules(list({ fn: OPS.beginAnnotation, args: [] }, path(OPS.stroke, 0, 0, 0, 1, 50, 0), { fn: OPS.endAnnotation, args: [] }), flip);
    expect(rules).toEqual([]);
  });
});

describe('readPdf gives each page its rules', () => {
  it('reads lines stroked under a cm transform, on a cropped page, in the runs\' top-down space', async () => {
    const content = 'q 0.5 0 0 0.5 72 400 cm 2 w 0 0 m 600 0 l S 0 0 m 0 200 l S 100 0 200 200 re S Q BT /F1 12 Tf 80 410 Td (A) Tj ET';
    const objects = onePage(content, '<< /Font << /F1 5 0 R >> >>');
    objects[2] = (objects[2] as string).replace('/MediaBox [0 0 595 842]', '/MediaBox [0 0 595 842] /CropBox [10 20 585 822]');
    const page = (await readPdf(handPdf([...objects, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']), FILE)).pages[0]!;
    // User space y 400 is 822 − 400 = 422 from the crop box's top; x 72 is 62 from its left.
    expect(page.runs[0]).toMatchObject({ x: 70, y: 412 });
    expect(page.rules).toEqual([
      { direction: 'horizontal', at: 422, from: 62, to: 362 },
      { direction: 'vertical', at: 62, from: 322, to: 422 },
      { direction: 'horizontal', at: 422, from: 112, to: 212 },
      { direction: 'vertical', at: 212, from: 322, to: 422 },
      { direction: 'horizontal', at: 322, from: 112, to: 212 },
      { direction: 'vertical', at: 112, from: 322, to: 422 },
    ]);
  });
});

describe('readPdf on a table Chromium prints', () => {
  let browser: Browser;
  let rules: Rule[];

  beforeAll(async () => {
    browser = await launchPrinter();
    const html = `<!doctype html><meta charset="utf-8"><style>body { margin: 0 } table { border-collapse: collapse; width: 300pt } td { border: 0.75pt solid #000; height: 20pt; padding: 0 }</style>
      <table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>`;
    rules = (await readPdf(await printPdf(browser, html), FILE)).pages[0]!.rules;
  }, 60_000);
  afterAll(() => browser?.close());

  it('reads the borders Chromium fills as thin rectangles: three horizontal and three vertical lines of rules', () => {
    const positions = (direction: Rule['direction']) => [...new Set(rules.filter((r) => r.direction === direction).map((r) => Math.round(r.at)))].sort((a, b) => a - b);
    const horizontal = positions('horizontal');
    const vertical = positions('vertical');
    expect(horizontal).toHaveLength(3);
    expect(vertical).toHaveLength(3);
    // The page margin of printPdf is 28 mm on the left and at the top: 79.4 pt.
    expect(vertical[0]).toBeCloseTo(79, -0.5);
    expect(vertical[2]! - vertical[0]!).toBeCloseTo(300, -0.5);
    expect(horizontal[0]).toBeCloseTo(79, -0.5);
  });
});
