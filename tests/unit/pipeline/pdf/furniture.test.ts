import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPdfFurniture, folioNumber, headFolioNumber, headKey, type FurniturePage, type PdfFurniture } from '../../../../src/pipeline/pdf/furniture.ts';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPages } from '../../../support/pdf-files.ts';
import { FOLIO_LOOKALIKE, GAZETTE_NAME, ISSUE, PARAGRAPHS, pagedGazetteHtml, TITLE } from '../../../support/printed-gazette.ts';

// A4 in points; the bands are the top and bottom 84.2 pt.
const HEIGHT = 842;
const WIDTH = 595;

/** A line of `text` with its baseline at `baseline`, one em of `size` per character, from `left` (or ending at `right`). */
function line(text: string, baseline: number, place: { left?: number; right?: number; size?: number } = {}): PdfLine {
  const size = place.size ?? 16;
  const width = [...text].length * size;
  const left = place.left ?? (place.right !== undefined ? place.right - width : (WIDTH - width) / 2);
  const run = { page: 0, x: left, y: baseline, width, size, font: 'f1', text, inserted: false };
  return { page: 0, baseline, left, right: left + width, runs: [run], gaps: [], sizes: [size], text };
}

/** A page of body lines, with `head` above and `folio` below when given; every line is numbered with the page. */
function page(index: number, lines: { head?: PdfLine; body?: PdfLine[]; folio?: PdfLine }): FurniturePage {
  const body = lines.body ?? [line('各县、区人民政府，市直各委、办、局：', 110, { left: 79 }), line('现将实施方案印发给你们。', 400, { left: 79 })];
  const all = [lines.head, ...body, lines.folio].filter((l): l is PdfLine => l !== undefined);
  return { height: HEIGHT, lines: all.map((l) => ({ ...l, page: index, runs: l.runs.map((r) => ({ ...r, page: index })) })) };
}

const head = (printed: number) => (printed % 2 === 0 ? line(GAZETTE_NAME, 45, { left: 79, size: 9 }) : line(ISSUE, 45, { right: 521, size: 9 }));
const foot = (printed: number, text = `— ${printed} —`) => (printed % 2 === 0 ? line(text, 795, { left: 79, size: 10 }) : line(text, 795, { right: 521, size: 10 }));

/** A cover (PDF page 1) without head or folio, then a page for each printed number, heads and folios on alternating sides. */
function gazette(printed: (number | undefined)[]): FurniturePage[] {
  return [page(0, { body: [line(GAZETTE_NAME, 300, { size: 36 })] }), ...printed.map((n, k) => page(k + 1, n === undefined ? {} : { head: head(n), folio: foot(n) }))];
}

const reasons = (found: PdfFurniture) => found.furniture.map(({ page, line, reason }) => `${page} ${reason} ${line.text}`);
const characters = (lines: readonly PdfLine[]) => lines.reduce((sum, l) => sum + [...l.text].length, 0);

describe('folioNumber', () => {
  it('reads the folio styles gazettes print, full-width digits too', () => {
    const numbers = ['— 3 —', '-3-', '3', '第3页', '－ １２ －', '–17–'].map((text) => folioNumber(line(text, 795)));
    expect(numbers).toEqual([3, 3, 3, 3, 12, 17]);
  });

  it('gives none for a line that holds more than a number', () => {
    expect(['第三页', '3.', '（3）', '共3页', '— 3 — 柳州', '一、3'].map((text) => folioNumber(line(text, 795)))).toEqual(Array(6).fill(undefined));
  });
});

describe('headKey', () => {
  it('masks the digits, ASCII and full-width, and drops whitespace', () => {
    expect(headKey(line('2024年 第3期', 45))).toBe('#年第#期');
    expect(headKey(line('２０２４年第１２期', 45))).toBe('#年第#期');
  });
});

/** A line of parts set one after another, `gap` points between them, from `left`; 9 pt type. */
function parted(texts: string[], gap: number, baseline = 45, left = 79): PdfLine {
  const runs = texts.reduce<PdfLine['runs']>((done, text) => {
    const x = done.length === 0 ? left : done.at(-1)!.x + done.at(-1)!.width + gap;
    return [...done, { page: 0, x, y: baseline, width: [...text].length * 9, size: 9, font: 'f1', text, inserted: false }];
  }, []);
  const last = runs.at(-1)!;
  return { page: 0, baseline, left, right: last.x + last.width, runs, gaps: runs.slice(1).map(() => gap), sizes: [9], text: texts.join('') };
}

describe('headFolioNumber', () => {
  it('reads a number parted from the head by a wide gap, at either end', () => {
    expect(headFolioNumber(parted([GAZETTE_NAME, '13'], 200))).toBe(13);
    expect(headFolioNumber(parted(['14', ISSUE], 200))).toBe(14);
    expect(headFolioNumber(parted(['— 3 —', GAZETTE_NAME, ISSUE], 100))).toBe(3);
  });

  it('gives none for a number set close to the head, or for a head in one run', () => {
    expect(headFolioNumber(parted([GAZETTE_NAME, '13'], 3))).toBeUndefined();
    expect(headFolioNumber(line(ISSUE, 45))).toBeUndefined();
  });
});

describe('findPdfFurniture', () => {
  it('finds heads that alternate between two places and texts on even and odd pages, none on the cover', () => {
    const found = findPdfFurniture(gazette([1, 2, 3, 4]));
    expect(reasons(found).filter((r) => r.includes('running-head'))).toEqual([
      `1 running-head ${ISSUE}`,
      `2 running-head ${GAZETTE_NAME}`,
      `3 running-head ${ISSUE}`,
      `4 running-head ${GAZETTE_NAME}`,
    ]);
    expect(found.body[0]!.map((l) => l.text)).toEqual([GAZETTE_NAME]);
  });

  it('takes a head whose digits change from page to page', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n - 1, { head: line(`2024年第${n + 2}期`, 45, { right: 521, size: 9 }) }));
    expect(findPdfFurniture(pages).furniture.map(({ reason }) => reason)).toEqual(Array(4).fill('running-head'));
  });

  it('leaves in the body a line of the top band that repeats too seldom or at another place', () => {
    const pages = [0, 1, 2, 3, 4, 5].map((k) =>
      page(k, { head: k % 2 === 0 ? line('附件', 60, { left: 79 + 50 * k }) : undefined, ...(k === 1 ? { body: [line('通知', 50, { left: 79 })] } : {}) }),
    );
    expect(findPdfFurniture(pages).furniture).toEqual([]);
  });

  it('gives each page the number its folio prints, on whichever side, and none to the cover', () => {
    const found = findPdfFurniture(gazette([1, 2, 3, 4]));
    expect(found.printedPages).toEqual([undefined, 1, 2, 3, 4]);
    expect(found.folioJumps).toEqual([]);
    expect(reasons(found).filter((r) => r.includes('folio'))).toEqual(['1 folio — 1 —', '2 folio — 2 —', '3 folio — 3 —', '4 folio — 4 —']);
  });

  it('says where the printed numbers do not rise by one, and invents none for a page without a folio', () => {
    const found = findPdfFurniture(gazette([1, 2, undefined, 4, 7, 5]));
    expect(found.printedPages).toEqual([undefined, 1, 2, undefined, 4, 7, 5]);
    expect(found.folioJumps).toEqual([
      { page: 5, printed: 7, expected: 5 },
      { page: 6, printed: 5, expected: 8 },
    ]);
  });

  it('keeps a folio-shaped line in mid-page as body, on a page with a folio or without', () => {
    const pages = gazette([1, 2, 3, 4]);
    pages[2] = page(2, { head: head(2), body: [line('— 7 —', 420)], folio: foot(2) });
    pages[3] = page(3, { head: head(3), body: [line('— 8 —', 700)] });
    const found = findPdfFurniture(pages);
    expect(found.body[2]!.map((l) => l.text)).toEqual(['— 7 —']);
    expect(found.body[3]!.map((l) => l.text)).toEqual(['— 8 —']);
    expect(found.printedPages).toEqual([undefined, 1, 2, undefined, 4]);
  });

  it('keeps a folio-shaped line of the bottom band as body when too few pages have one', () => {
    const pages = [0, 1, 2, 3, 4].map((k) => page(k, k === 2 ? { folio: line('3', 800) } : {}));
    const found = findPdfFurniture(pages);
    expect(found.furniture).toEqual([]);
    expect(found.printedPages).toEqual(Array(5).fill(undefined));
  });

  it('takes the outermost folio-shaped line of the band, whatever the order of the lines, and reads folios at the top when the bottom has none', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n - 1, { head: line(`第${n}页`, 40, { right: 521, size: 10 }), body: [line('正文', 400), line('— 9 —', 790), line('12', 770, { left: 79 })] }));
    pages[1] = page(1, { head: line('第2页', 40, { right: 521, size: 10 }), body: [line('— 9 —', 790), line('12', 810, { left: 79 })] });
    const bottom = findPdfFurniture(pages);
    expect(bottom.printedPages).toEqual([9, 12, 9, 9]);
    expect(bottom.furniture.filter(({ reason }) => reason === 'folio').map(({ line }) => line.baseline)).toEqual([790, 810, 790, 790]);

    const top = findPdfFurniture([1, 2, 3, 4].map((n) => page(n - 1, { head: line(`第${n}页`, 40, { right: 521, size: 10 }) })));
    expect(top.printedPages).toEqual([1, 2, 3, 4]);
    expect(top.furniture.map(({ reason }) => reason)).toEqual(Array(4).fill('folio'));
  });

  it('puts every line in the body or in the furniture, once', () => {
    const pages = gazette([1, 2, 3, 4]);
    const found = findPdfFurniture(pages);
    const all = pages.flatMap(({ lines }) => lines);
    expect(found.body.flat().length + found.furniture.length).toBe(all.length);
    expect(characters(found.body.flat()) + characters(found.furniture.map(({ line }) => line))).toBe(characters(all));
    expect(new Set([...found.body.flat(), ...found.furniture.map(({ line }) => line)]).size).toBe(all.length);
  });

  it('reads the printed pages from the running heads of a document without folios of their own, when they change', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n - 1, { head: n % 2 === 0 ? parted([String(n), GAZETTE_NAME], 300) : parted([ISSUE, String(n)], 300) }));
    const found = findPdfFurniture(pages);
    expect(found.printedPages).toEqual([1, 2, 3, 4]);
    expect(found.furniture.map(({ reason }) => reason)).toEqual(Array(4).fill('running-head'));

    const years = [1, 2, 3, 4].map((n) => page(n - 1, { head: parted([GAZETTE_NAME, '2024'], 300) }));
    expect(findPdfFurniture(years).printedPages).toEqual(Array(4).fill(undefined));
  });

  it('takes the band and the tolerance of place from its options', () => {
    expect(findPdfFurniture(gazette([1, 2, 3, 4]), { band: 0.05 }).furniture).toEqual([]);
    const pages = [0, 1, 2, 3].map((k) => page(k, { head: line('附件', 60, { left: 79 + 50 * k }) }));
    expect(findPdfFurniture(pages).furniture).toEqual([]);
    expect(findPdfFurniture(pages, { positionTolerance: 5 }).furniture).toHaveLength(4);
  });

  it('finds nothing on a single page, where nothing can repeat', () => {
    expect(findPdfFurniture([page(0, { head: head(1), folio: foot(1) })]).furniture).toEqual([]);
  });
});

describe('findPdfFurniture on pages Chromium prints', () => {
  let browser: Browser;
  let pdf: PdfText;
  let pages: FurniturePage[];
  let found: PdfFurniture;
  const plain = (text: string) => unifyIdeographs(text.replace(/\s/gu, '')).text;

  beforeAll(async () => {
    browser = await launchPrinter();
    pdf = await readPdf(await printPages(browser, pagedGazetteHtml(4)), 'seeds/2024-03.pdf');
    pages = pdf.pages.map((p) => ({ height: p.height, lines: pageLines(p.runs) }));
    found = findPdfFurniture(pages);
  }, 60_000);
  afterAll(() => browser?.close());

  it('prints a cover and four numbered pages', () => {
    expect(pdf.pages).toHaveLength(5);
    expect(found.printedPages).toEqual([undefined, 1, 2, 3, 4]);
    expect(found.folioJumps).toEqual([]);
  });

  it('takes the gazette’s name and the issue as running heads on their sides, none on the cover', () => {
    const heads = found.furniture.filter(({ reason }) => reason === 'running-head');
    expect(heads.map(({ page, line }) => [page, plain(line.text)])).toEqual([
      [1, ISSUE],
      [2, GAZETTE_NAME],
      [3, ISSUE],
      [4, GAZETTE_NAME],
    ]);
  });

  it('takes the folios at the bottom left of even pages and the bottom right of odd ones', () => {
    const folios = found.furniture.filter(({ reason }) => reason === 'folio');
    const leftMargin = (28 / 25.4) * 72;
    const rightMargin = ((210 - 26) / 25.4) * 72;
    expect(folios.map(({ page }) => page)).toEqual([1, 2, 3, 4]);
    for (const { line } of folios) {
      const printed = folioNumber(line)!;
      if (printed % 2 === 0) expect(Math.abs(line.left - leftMargin)).toBeLessThan(1.5);
      else expect(Math.abs(line.right - rightMargin)).toBeLessThan(1.5);
    }
  });

  it('keeps the folio-shaped line in mid-page, and the cover, as body', () => {
    expect(found.body[2]!.some((l) => plain(l.text) === plain(FOLIO_LOOKALIKE))).toBe(true);
    expect(found.body[0]!.map((l) => plain(l.text))).toEqual([GAZETTE_NAME, ISSUE]);
  });

  it('leaves the body exactly what the pages set as text, and loses no character', () => {
    const expected = (printed: number) => [...(printed === 1 ? TITLE : []), ...PARAGRAPHS.slice(0, 2), ...(printed === 2 ? [FOLIO_LOOKALIKE] : []), ...PARAGRAPHS.slice(2)].join('');
    found.body.slice(1).forEach((lines, k) => expect(plain(lines.map((l) => l.text).join(''))).toBe(plain(expected(k + 1))));
    const all = pages.flatMap(({ lines }) => lines);
    expect(characters(found.body.flat()) + characters(found.furniture.map(({ line }) => line))).toBe(characters(all));
  });
});
