import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfError } from '../../../../src/pipeline/pdf/pdf-error.ts';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { readPdf, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { encryptedPdf, handPdf, imageOnlyPdf, launchPrinter, onePage, pdfWithUnicodeOfA, printPdf } from '../../../support/pdf-files.ts';
import { bodyCharacters, folio, FURNITURE, gazetteHtml, OUT_OF_ORDER, RUNNING_HEAD } from '../../../support/printed-gazette.ts';

const FILE = 'seeds/2024-03.pdf';

/** The PdfError reading these bytes throws. */
async function pdfError(bytes: Uint8Array): Promise<PdfError> {
  try {
    await readPdf(bytes, FILE);
  } catch (error) {
    if (error instanceof PdfError) return error;
    throw error;
  }
  throw new Error('expected a PdfError, but the PDF was read');
}

/** How many times each character occurs. */
function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const char of text) map.set(char, (map.get(char) ?? 0) + 1);
  return map;
}

/** The characters of `a` beyond those of `b`, as a sorted string. */
function surplus(a: Map<string, number>, b: Map<string, number>): string {
  return [...a].flatMap(([char, n]) => Array<string>(Math.max(0, n - (b.get(char) ?? 0))).fill(char)).sort().join('');
}

// Kangxi Radicals, CJK Radicals Supplement and CJK Strokes: glyphs shared with an ideograph, which a producer's
// reverse cmap may name instead of it (another module maps them back).
const RADICAL = /[\u2e80-\u2fdf\u31c0-\u31ef]/u;
const IDEOGRAPH = /\p{Script=Han}/u;

describe('readPdf on a page Chromium prints', () => {
  let browser: Browser;
  let pdf: PdfText;
  const pages = 1;

  beforeAll(async () => {
    browser = await launchPrinter();
    pdf = await readPdf(await printPdf(browser, gazetteHtml(), FURNITURE), FILE);
  }, 60_000);
  afterAll(() => browser?.close());

  it('gives the page size in points and the producer', () => {
    expect(pdf.pages).toHaveLength(pages);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.92, 1);
    expect(pdf.pages[0]!.height).toBeCloseTo(842.88, 1);
    expect(pdf.producer).toMatch(/^Skia\/PDF/);
  });

  it('brings every visible character to the runs, ideographs named by a look-alike radical counted as such', () => {
    const expected = counts(bodyCharacters() + (RUNNING_HEAD + folio(1)).replace(/\s/gu, ''));
    const got = counts(pdf.pages.flatMap((page) => page.runs.map((run) => run.text)).join('').replace(/\s/gu, ''));
    const missing = surplus(expected, got);
    const extra = surplus(got, expected);
    console.log(`look-alike radicals for ${missing.length} ideographs: ${extra} for ${missing}`);
    expect([...missing].filter((char) => !IDEOGRAPH.test(char))).toEqual([]);
    expect([...extra].filter((char) => !RADICAL.test(char))).toEqual([]);
    expect(extra.length).toBe(missing.length);
    // Mapped back, the look-alikes give exactly the characters printed: ⼾ (U+2F3E) among them, which is 户 here.
    expect(extra).toContain('\u2f3e');
    const unified = counts(unifyIdeographs(pdf.pages.flatMap((page) => page.runs.map((run) => run.text)).join('').replace(/\s/gu, '')).text);
    expect([surplus(expected, unified), surplus(unified, expected)]).toEqual(['', '']);
  });

  it('puts baselines in a top-down space: the running head near the top, the folio near the bottom', () => {
    const runs = pdf.pages[0]!.runs.filter((run) => !run.inserted);
    const head = runs.filter((run) => RUNNING_HEAD.startsWith(run.text.slice(0, 3)) && run.size < 10);
    const foot = runs.find((run) => run.text.replace(/\s/gu, '') === '—1—')!;
    expect(head[0]!.y).toBeLessThan(60);
    expect(foot.y).toBeGreaterThan(800);
    expect(foot.size).toBeCloseTo(10, 1);
    expect(head[0]!.size).toBeCloseTo(9, 1);
  });

  it('marks the spaces pdf.js puts in for a wide gap, such as the U+3000 it drops from the running head', () => {
    const runs = pdf.pages[0]!.runs;
    expect(runs.every((run) => !run.text.includes('\u3000'))).toBe(true);
    const inserted = runs.filter((run) => run.inserted);
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted.every((run) => run.text === ' ' && run.width > 0)).toBe(true);
    const headSpace = inserted.find((run) => run.y < 60)!;
    // The U+3000 of the 9 pt head, with the letter spacing around it: wider than 1 em, never part of a run.
    expect(headSpace.width).toBeGreaterThanOrEqual(9);
  });

  it('keeps the runs in the order the PDF draws them: here the placed lines out of reading order', () => {
    const texts = pdf.pages[0]!.runs.map((run) => run.text);
    const at = (text: string) => texts.findIndex((run) => run.includes(text));
    expect(at('内容和时间安排')).toBeLessThan(at(OUT_OF_ORDER.firstRight));
    expect(at(OUT_OF_ORDER.firstRight)).toBeLessThan(at('、普查对象'));
  });
});

describe('readPdf on hand-written pages', () => {
  it('decodes a font in a predefined CMap without a ToUnicode map (GBK-EUC-H, Adobe-GB1), as older gazette PDFs are set', async () => {
    const bytes = handPdf([
      ...onePage('BT /F1 16 Tf 72 700 Td <C1F8D6DDCAD0> Tj ET', '<< /Font << /F1 5 0 R >> >>'),
      '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>',
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    ]);
    const [page] = (await readPdf(bytes, FILE)).pages;
    expect(page!.runs).toEqual([{ page: 0, x: 72, y: 142, width: 48, size: 16, font: 'f1', face: 'SimSun', text: '柳州市', inserted: false }]);
  });

  it('measures from the top left corner of the crop box, and of the page as a viewer turns it', async () => {
    const rotated = (rotate: number) =>
      handPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /CropBox [10 20 585 822] /Rotate ${rotate} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
        { dict: '', stream: 'BT /F1 1 Tf 12 0 0 12 72 700 Tm (AB) Tj ET' },
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ]);
    const upright = (await readPdf(rotated(0), FILE)).pages[0]!;
    expect([upright.width, upright.height, upright.runs[0]!.x, upright.runs[0]!.y]).toEqual([575, 802, 62, 122]);
    const turned = (await readPdf(rotated(90), FILE)).pages[0]!;
    expect([turned.width, turned.height, turned.runs[0]!.x, turned.runs[0]!.y]).toEqual([802, 575, 680, 62]);
  });
});

describe('readPdf refuses a PDF it cannot read faithfully, naming the file and the page', () => {
  it('refuses bytes that are not a PDF', async () => {
    const error = await pdfError(new TextEncoder().encode('<!doctype html><title>柳州市人民政府公报</title>'));
    expect(error.message).toBe(`${FILE}: not a PDF (no %PDF- header); expected a PDF file`);
    expect([error.file, error.line, error.page]).toEqual([FILE, 0, 0]);
  });

  it('refuses a PDF cut short', async () => {
    const whole = pdfWithUnicodeOfA('0041');
    expect((await pdfError(whole.subarray(0, Math.floor(whole.length / 2)))).message).toBe(`${FILE}: the PDF is truncated (no %%EOF at its end); expected the whole file`);
  });

  it('refuses a PDF whose structure pdf.js cannot find, with what pdf.js said', async () => {
    const error = await pdfError(new TextEncoder().encode('%PDF-1.7\nno objects here\n%%EOF\n'));
    expect(error.message).toMatch(/^seeds\/2024-03\.pdf: the PDF cannot be read \(InvalidPDFException: .+\)$/u);
  });

  it('refuses a PDF that needs a password', async () => {
    expect((await pdfError(encryptedPdf())).message).toBe(`${FILE}: the PDF is encrypted with a password; expected a PDF that opens without one`);
  });

  it('refuses a PDF of scanned pages: no text layer', async () => {
    expect((await pdfError(imageOnlyPdf())).message).toBe(`${FILE}: no text layer on any of its 1 pages: run OCR first; expected a PDF with a text layer`);
  });

  it('refuses a scanned page among pages of text, naming it, and reads a blank page as a page without runs', async () => {
    const pages = (kinds: string[]) => {
      const kids = kinds.map((_, k) => `${4 + 2 * k} 0 R`).join(' ');
      const objects: (string | { dict: string; stream: string })[] = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        `<< /Type /Pages /Kids [${kids}] /Count ${kinds.length} >>`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ];
      const image = `<< /XObject << /Im1 ${4 + 2 * kinds.length} 0 R >> /Font << /F1 3 0 R >> >>`;
      kinds.forEach((kind, k) => {
        objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${image} /Contents ${5 + 2 * k} 0 R >>`);
        objects.push({ dict: '', stream: kind === 'text' ? 'BT /F1 12 Tf 72 700 Td (AB) Tj ET' : kind === 'scan' ? 'q 400 0 0 600 97 121 cm /Im1 Do Q' : '' });
      });
      objects.push({ dict: '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', stream: '\x00\xff\xff\x00' });
      return handPdf(objects);
    };
    expect((await pdfError(pages(['text', 'blank', 'scan']))).message).toBe(
      `${FILE}#page=3: the page is an image without a text layer: run OCR first; expected text on every page that shows any`,
    );
    expect((await pdfError(pages(['scan', 'scan']))).message).toBe(`${FILE}: no text layer on any of its 2 pages: run OCR first; expected a PDF with a text layer`);
    const read = await readPdf(pages(['text', 'blank']), FILE);
    expect(read.pages.map((page) => page.runs.length)).toEqual([1, 0]);
  });

  it.each([
    ['E000', 'U+E000, a private-use character'],
    ['FFFD', 'U+FFFD, the replacement character'],
    ['0000', 'U+0000, a glyph missing from its font'],
    ['0007', 'U+0007, a control character'],
  ])('refuses text that decodes to U+%s, naming the page and the font', async (code, what) => {
    const error = await pdfError(pdfWithUnicodeOfA(code));
    expect(error.message).toBe(
      `${FILE}#page=1: font Helvetica (f1) gives ${what}, in “{U+${code}}B”: the text layer cannot be trusted; expected a text layer that maps every glyph to its character (or OCR of the page)`,
    );
    expect([error.file, error.line, error.page]).toEqual([FILE, 0, 1]);
  });

  it('reads a sound hand-written page: one run at its baseline in top-down points', async () => {
    const { pages } = await readPdf(pdfWithUnicodeOfA('0041'), FILE);
    expect(pages).toEqual([{ index: 0, width: 595, height: 842, runs: [{ page: 0, x: 72, y: 142, width: expect.closeTo(16.008, 3), size: 12, font: 'f1', face: 'Helvetica', text: 'AB', inserted: false }], rules: [] }]);
  });

  it('leaves the caller its bytes', async () => {
    const bytes = pdfWithUnicodeOfA('0041');
    await readPdf(bytes, FILE);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('names a page beyond the first, in a PDF of two', async () => {
    const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>';
    const cmap = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <41> <F8FF> endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end';
    const bytes = handPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 8 0 R >> >> /Contents 9 0 R >>',
      { dict: '', stream: 'BT /F1 12 Tf 72 700 Td (B) Tj ET' },
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      { dict: '', stream: cmap },
      font.replace('Helvetica', 'Times-Roman'),
      { dict: '', stream: 'BT /F2 12 Tf 72 700 Td (A) Tj ET' },
    ]);
    expect((await pdfError(bytes)).message).toMatch(/^seeds\/2024-03\.pdf#page=2: font Times-Roman \(f2\) gives U\+F8FF, a private-use character/u);
  });
});
