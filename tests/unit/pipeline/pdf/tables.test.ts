import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type GlyphRun, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import type { Rule } from '../../../../src/pipeline/pdf/rules.ts';
import { findTables, joinTable, tableRows, type PdfTable } from '../../../../src/pipeline/pdf/tables.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';
import { HEADER, SPANNED, TABLE_ROWS, tableHtml } from '../../../support/printed-table.ts';

const run = (text: string, x: number, y: number, size = 10): GlyphRun => ({ page: 0, x, y, width: [...text].length * size, size, font: 'f1', text, inserted: false });
const h = (at: number, from: number, to: number): Rule => ({ direction: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ direction: 'vertical', at, from, to });
/** The rules of a grid with column edges `xs` and row edges `ys`, every line whole. */
const grid = (xs: number[], ys: number[]) => [...ys.map((y) => h(y, xs[0]!, xs.at(-1)!)), ...xs.map((x) => v(x, ys[0]!, ys.at(-1)!))];
const texts = (table: PdfTable) => tableRows(table).map((r) => r.cells);

describe('findTables on rules and lines', () => {
  it('splits a line running over two cells by its runs, and joins a cell\'s wrapped lines without a space between ideographs', () => {
    const lines = pageLines([run('序号', 105, 115), run('标题', 205, 115), run('1', 105, 135), run('改造一批', 205, 135), run('老旧小区', 205, 147), run('表后正文', 100, 180)]);
    const { tables, body } = findTables(grid([100, 200, 300], [100, 120, 160]), lines, 0);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([['序号', '标题'], ['1', '改造一批老旧小区']]);
    expect(body.map((l) => l.text)).toEqual(['表后正文']);
  });

  it('snaps rules drawn a little apart, joins broken ones, and cuts a run that crosses a column edge', () => {
    const rules = [h(100, 100, 160), h(101.5, 158, 300), h(120, 100, 300), v(100, 100, 120), v(201, 100, 120), v(300, 100, 110), v(300, 111, 120)];
    const { tables } = findTables(rules, pageLines([run('甲乙丙丁', 180, 115)]), 0);
    expect(texts(tables[0]!)).toEqual([['甲乙', '丙丁']]);
  });

  it('gives a cell spanning rows its text in its first row, the rows below an empty first cell', () => {
    const rules = [h(100, 100, 300), h(120, 200, 300), h(140, 100, 300), v(100, 100, 140), v(200, 100, 140), v(300, 100, 140)];
    const lines = pageLines([run('13', 105, 125), run('柳江区', 205, 115), run('柳城县', 205, 135)]);
    const { tables } = findTables(rules, lines, 0);
    expect(texts(tables[0]!)).toEqual([['13', '柳江区'], ['', '柳城县']]);
    expect(tables[0]!.cells.find((c) => c.text === '13')).toMatchObject({ row: 0, column: 0, rowSpan: 2, columnSpan: 1 });
  });

  it('leaves a ruled box around one column, and lines beside a table, to the body', () => {
    const { tables, body } = findTables(grid([100, 300], [100, 140]), pageLines([run('框内', 105, 115)]), 0);
    expect(tables).toEqual([]);
    expect(body.map((l) => l.text)).toEqual(['框内']);
  });

  it('joins a table over a page break: the repeated header dropped, a row cut by the break joined back', () => {
    const first = findTables(grid([100, 200, 300], [100, 120, 140]), pageLines([run('序号', 105, 115), run('标题', 205, 115), run('1', 105, 135), run('改造', 205, 135)]), 0).tables[0]!;
    const next = findTables(grid([100, 200, 300], [60, 80, 100, 120]), pageLines([run('序号', 105, 75), run('标题', 205, 75), run('小区', 205, 95), run('2', 105, 115), run('筹建', 205, 115)]), 1).tables[0]!;
    const joined = joinTable([first, next]);
    expect(joined.rows.map((r) => r.cells)).toEqual([['序号', '标题'], ['1', '改造小区'], ['2', '筹建']]);
    expect(joined.repeatedHeaders.map((r) => [r.page, r.cells])).toEqual([[1, ['序号', '标题']]]);
  });
});

describe('findTables on a table Chromium prints', () => {
  let browser: Browser;
  let pdf: PdfText;

  beforeAll(async () => {
    browser = await launchPrinter();
    pdf = await readPdf(await printPdf(browser, tableHtml()), 'seeds/2024-03.pdf');
  }, 60_000);
  afterAll(() => browser?.close());

  const unified = (lines: PdfLine[]) => lines.map((l) => ({ ...l, text: unifyIdeographs(l.text).text, runs: l.runs.map((r) => ({ ...r, text: unifyIdeographs(r.text).text })) }));
  const found = () => pdf.pages.map((page) => findTables(page.rules, unified(pageLines(page.runs)), page.index));

  it('finds the table on every page, with the same columns, and reads it whole: header once, every cell exact', () => {
    const pages = found();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.tables.length === 1)).toBe(true);
    const joined = joinTable(pages.map((p) => p.tables[0]!));
    const expected = [HEADER, ...TABLE_ROWS, [SPANNED.number, SPANNED.name, SPANNED.places[0]!], ['', '', SPANNED.places[1]!]];
    expect(joined.rows.map((r) => r.cells)).toEqual(expected);
    expect(joined.repeatedHeaders.map((r) => r.page)).toEqual(pages.slice(1).map((_, k) => k + 1));
    expect(joined.repeatedHeaders.every((r) => r.cells.join() === HEADER.join())).toBe(true);
  });

  it('leaves the caption and the paragraph after the table to the body, and nothing else', () => {
    const body = found().flatMap((p) => p.body.map((l) => l.text));
    expect(body).toEqual(['柳州市第九批市级非物质文化遗产代表性项目名录', '表后的正文段落。']);
  });
});
