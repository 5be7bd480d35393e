import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfError } from '../../../../src/pipeline/pdf/pdf-error.ts';
import { formDrops, pdfFidelity, readPdfSeed, unaccountedCharacters } from '../../../../src/pipeline/pdf/pdf-seed.ts';
import { readPdf, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { pdfTextForm } from '../../../../src/pipeline/pdf/text-form.ts';
import { launchPrinter, printPages } from '../../../support/pdf-files.ts';
import { GAZETTE_NAME, ISSUE, pagedGazetteHtml, PARAGRAPHS, TITLE } from '../../../support/printed-gazette.ts';

describe('readPdfSeed on pages Chromium prints', () => {
  let browser: Browser;
  let bytes: Uint8Array;
  let pdf: PdfText;

  beforeAll(async () => {
    browser = await launchPrinter();
    bytes = await printPages(browser, pagedGazetteHtml(4));
    pdf = await readPdf(bytes, 'seeds/2024-03.pdf');
  }, 60_000);
  afterAll(() => browser?.close());

  it('gives the text form with the PDF page of each line and the printed number of each page', async () => {
    const { text, reading } = await readPdfSeed(bytes, 'seeds/2024-03.pdf');
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(reading.linePages).toHaveLength(lines.length - 1);
    const title = lines.indexOf(TITLE.join(''));
    expect(reading.linePages[title]).toBe(2);
    expect(lines.slice(0, -1).every((line, k) => (line === '') === (reading.linePages[k] === null))).toBe(true);
    expect(reading.printedPages).toEqual([null, 1, 2, 3, 4]);
    expect(reading.pages).toBe(5);
  });

  it('accounts for every character printed: in the text form, or dropped with its page and reason', async () => {
    const { reading } = await readPdfSeed(bytes, 'seeds/2024-03.pdf');
    const record = pdfFidelity(reading);
    const heads = reading.drops.filter((d) => d.reason === 'running-head');
    // Odd printed pages carry the issue at their head, even ones the gazette's name.
    expect(heads.map((d) => [d.page, d.text])).toEqual([[2, ISSUE], [3, GAZETTE_NAME], [4, ISSUE], [5, GAZETTE_NAME]]);
    expect(record.dropped['running-head']).toBe(2 * (ISSUE.length + GAZETTE_NAME.length));
    expect(record.dropped.folio).toBe(4 * '—1—'.length);
    expect(record.substituted).toBe(reading.substitutions.length);
    expect(reading.substitutions.length).toBeGreaterThan(0);
  });

  it('names the page and the character when the text form loses one or holds one more than the PDF prints', () => {
    const form = pdfTextForm(pdf);
    const paragraph = form.lines.findIndex((l) => l.from?.page === 2 && l.text.replace(/\s/gu, '') === PARAGRAPHS[0]!.replace(/\s/gu, ''));
    expect(paragraph).toBeGreaterThan(0);
    const lost = { ...form, lines: form.lines.map((l, k) => (k === paragraph ? { ...l, text: l.text.slice(1) } : l)) };
    expect(unaccountedCharacters(pdf, lost, formDrops(lost)).unaccounted).toEqual([{ char: PARAGRAPHS[0]![0], n: 1, page: expect.any(Number) }]);
    const doubled = { ...form, lines: [...form.lines, { text: '柳' }] };
    expect(unaccountedCharacters(pdf, doubled, formDrops(doubled)).unaccounted).toEqual([{ char: '柳', n: -1, page: expect.any(Number) }]);
    expect(unaccountedCharacters(pdf, form, formDrops(form)).unaccounted).toEqual([]);
  });

  it('refuses a file that is not a PDF with its name', async () => {
    await expect(readPdfSeed(new TextEncoder().encode('柳州市人民政府公报'), 'seeds/2024-03.pdf')).rejects.toThrow(PdfError);
  });
});
