import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { pdfTextForm, type PdfTextForm } from '../../../../src/pipeline/pdf/text-form.ts';
import { launchPrinter, printPages, printPdf } from '../../../support/pdf-files.ts';
import { HEADER, SPANNED, TABLE_ROWS, tableHtml } from '../../../support/printed-table.ts';
import { FOLIO_LOOKALIKE, GAZETTE_NAME, ISSUE, pagedGazetteHtml, PARAGRAPHS, TITLE } from '../../../support/printed-gazette.ts';

describe('pdfTextForm of pages Chromium prints', () => {
  let browser: Browser;
  let form: PdfTextForm;

  beforeAll(async () => {
    browser = await launchPrinter();
    // A contents page after the cover, as an issue prints it, with no running head or folio of its own.
    const entry = `<div style="display:flex;align-items:last baseline"><span style="flex:1">${TITLE.join('')}</span><span>……………</span><span style="width:2.5em;text-align:right">1</span></div>`;
    const contents = `<section class="page"><div class="text"><h1>目　录</h1>${entry}</div></section>`;
    const html = pagedGazetteHtml(4).replace('</section>', `</section>${contents}`);
    form = pdfTextForm(await readPdf(await printPages(browser, html), 'seeds/2024-03.pdf'));
  }, 60_000);
  afterAll(() => browser?.close());

  it('writes the cover, the title and each paragraph as a line of its own, blocks apart, without running heads or folios', () => {
    const texts = form.lines.map((l) => l.text).filter(Boolean);
    expect(texts.slice(0, 5)).toEqual([GAZETTE_NAME, ISSUE, '目 录', `${TITLE.join('')}\t(1)`, TITLE.join('')]);
    const body = PARAGRAPHS.map((p) => p.replace(/\s/gu, ''));
    for (const p of body) expect(texts.filter((t) => t.replace(/\s/gu, '') === p)).toHaveLength(4);
    expect(texts.filter((t) => t.replace(/\s/gu, '') === FOLIO_LOOKALIKE.replace(/\s/gu, ''))).toHaveLength(1);
    expect(texts.length).toBe(5 + 4 * PARAGRAPHS.length + 1);
    // Between two blocks of the body stands one blank line.
    const fromTitle = form.lines.slice(form.lines.findIndex((l) => l.text === TITLE.join('')));
    expect(fromTitle.every((l, k) => (l.text === '') === (k % 2 === 1))).toBe(true);
  });

  it('maps every line back to the PDF page it was printed on, and knows each page\'s printed number', () => {
    expect(form.printedPages).toEqual([undefined, undefined, 1, 2, 3, 4]);
    const title = form.lines.find((l) => l.text === TITLE.join(''))!;
    expect(title.from!.page).toBe(2);
    expect(form.furniture.map((f) => f.reason).filter((r) => r === 'folio')).toHaveLength(4);
  });

  it('records the look-alike ideographs it mapped back, each with its page', () => {
    expect(form.substitutions.length).toBeGreaterThan(0);
    expect(form.substitutions.every((s) => s.substitution.kind === 'radical' && s.page >= 0)).toBe(true);
    expect(form.lines.some((l) => /[\u2e80-\u2fdf]/u.test(l.text))).toBe(false);
  });
});

describe('pdfTextForm of a ruled table Chromium prints over two pages', () => {
  let browser: Browser;
  let form: PdfTextForm;

  beforeAll(async () => {
    browser = await launchPrinter();
    form = pdfTextForm(await readPdf(await printPdf(browser, tableHtml()), 'seeds/2024-03.pdf'));
  }, 60_000);
  afterAll(() => browser?.close());

  it('writes the caption, then the table as one block of TAB rows, then the paragraph after it', () => {
    const rows = [HEADER, ...TABLE_ROWS, [SPANNED.number, SPANNED.name, SPANNED.places[0]!], ['', '', SPANNED.places[1]!]].map((r) => r.join('\t'));
    expect(form.lines.map((l) => l.text)).toEqual(['', '柳州市第九批市级非物质文化遗产代表性项目名录', '', ...rows, '', '表后的正文段落。']);
    expect(form.lines.filter((l) => l.text !== '').every((l) => l.from !== undefined)).toBe(true);
    expect(form.lines.find((l) => l.text.startsWith('26\t'))!.from!.page).toBe(1);
  });

  it('records the header repeated on the second page once, as table-header furniture', () => {
    expect(form.furniture.map((f) => [f.page, f.reason, f.line.text.replace(/\s/gu, '')])).toEqual([[1, 'table-header', HEADER.join('')]]);
  });
});
