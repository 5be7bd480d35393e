import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type GlyphRun, type PdfText } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { bodyFlow } from '../../../../src/pipeline/pdf/table-flow.ts';
import { findTables, tableRows } from '../../../../src/pipeline/pdf/tables.ts';
import { findUnruledTables, findUnruledTablesOfPages, gutters } from '../../../../src/pipeline/pdf/unruled-tables.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';
import { HEADER, TABLE_ROWS, tableHtml } from '../../../support/printed-table.ts';

/** A run of `text` from x, one em of 12 pt per ideograph, on baseline y of page `page`. */
const run = (text: string, x: number, y: number, page = 0): GlyphRun => ({ page, x, y, width: [...text].length * 12, size: 12, font: 'f1', text, inserted: false });
const unruled = (runs: GlyphRun[], page = 0) => findUnruledTables({ tables: [], body: pageLines(runs) }, page);
const rows = (runs: GlyphRun[]) => unruled(runs).tables.map((t) => tableRows(t).map((r) => r.cells));

// Columns at x 80 (序号), 120 (项目名称, 8 ems wide) and 230 (单位); rows 30 pt apart, lines of a cell 18 pt apart.
const HEAD = [run('序号', 80, 100), run('项目名称', 120, 100), run('单位', 230, 100)];

describe('findUnruledTables on lines', () => {
  it('reads columns from the gutters and a wrapped cell, with the cells beside it centred, as one row', () => {
    const wrapped = [run('刘三姐传说及其', 120, 130), run('1', 80, 139), run('柳州市', 230, 139), run('故事', 120, 148)];
    const next = [run('2', 80, 178), run('柳城夹人山', 120, 178), run('柳城县', 230, 178)];
    expect(rows([...HEAD, ...wrapped, ...next])).toEqual([[['序号', '项目名称', '单位'], ['1', '刘三姐传说及其故事', '柳州市'], ['2', '柳城夹人山', '柳城县']]]);
  });

  it('leaves the caption above and the paragraph below to the body', () => {
    const caption = run('柳州市第九批市级非物质文化遗产代表性项目名录', 90, 70);
    const after = run('各有关单位要深入学习贯彻，认真做好保护工作。', 80, 230);
    const table = [...HEAD, run('1', 80, 130), run('刘三姐传说', 120, 130), run('柳州市', 230, 130), run('2', 80, 160), run('柳城夹人山', 120, 160), run('柳城县', 230, 160)];
    const found = unruled([caption, ...table, after]);
    expect(found.tables).toHaveLength(1);
    expect(found.body.map((l) => l.text)).toEqual([caption.text, after.text]);
  });

  it('takes no paragraphs opened by a label and a wide space, nor a pair of joint signatures', () => {
    const articles = [run('第五条', 80, 100), run('养护单位应当建立巡查制度，如实记录', 128, 100), run('况。', 80, 118), run('第六条', 80, 136), run('城市桥梁的专项养护，由养护单位', 128, 136), run('第七条', 80, 154), run('本办法自2024年5月1日起施行。', 128, 154)];
    expect(unruled(articles).tables).toEqual([]);
    const signatures = [run('柳州市财政局', 100, 300), run('柳州市教育局', 260, 300), run('2024年4月8日', 100, 330), run('2024年4月8日', 260, 330)];
    expect(unruled(signatures).tables).toEqual([]);
  });

  it('finds gutters as narrow as a cell padding, and none inside a line of prose', () => {
    const narrow = pageLines([run('申报地区', 80, 100), run('保护单位', 131, 100)]);
    expect(gutters(narrow).map(([a, b]) => Math.round(b - a))).toEqual([3]);
    expect(gutters(pageLines([run('现将方案印发给你们，请认真贯彻执行。', 80, 100)]))).toEqual([]);
  });

  it('joins a table over a page break: the header repeated on the next page dropped, the row the break cut joined back', () => {
    // The second page alone shows no wrapped cell: the leading comes from the first.
    const page = (runs: GlyphRun[]) => ({ tables: [], body: pageLines(runs) });
    const [first, second] = findUnruledTablesOfPages([page([...HEAD, run('1', 80, 130), run('刘三姐传说', 120, 130), run('柳州市', 230, 130), run('2', 80, 170), run('柳城夹人山', 120, 170), run('柳城县', 230, 161), run('文化馆', 230, 179)]),
      page([...HEAD.map((r) => ({ ...r, page: 1, y: 60 })), run('及群众艺术馆', 230, 88, 1), run('3', 80, 118, 1), run('苗族情歌', 120, 118, 1), run('融水县', 230, 118, 1)])]);
    const flow = bodyFlow([first!, second!]);
    const tables = flow.items.filter((item) => item.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.table.rows.map((r) => r.cells)).toEqual([
      ['序号', '项目名称', '单位'],
      ['1', '刘三姐传说', '柳州市'],
      ['2', '柳城夹人山', '柳城县文化馆及群众艺术馆'],
      ['3', '苗族情歌', '融水县'],
    ]);
    expect(flow.repeatedHeaders.map((h) => [h.page, h.line.text])).toEqual([[1, '序号项目名称单位']]);
  });
});

describe('findUnruledTables on a table Chromium prints without rules', () => {
  let browser: Browser;
  let pdf: PdfText;

  beforeAll(async () => {
    browser = await launchPrinter();
    pdf = await readPdf(await printPdf(browser, tableHtml({ ruled: false })), 'seeds/2024-03.pdf');
  }, 60_000);
  afterAll(() => browser?.close());

  const unified = (lines: PdfLine[]) => lines.map((l) => ({ ...l, text: unifyIdeographs(l.text).text, runs: l.runs.map((r) => ({ ...r, text: unifyIdeographs(r.text).text })) }));
  const found = () => findUnruledTablesOfPages(pdf.pages.map((page) => findTables(page.rules, unified(pageLines(page.runs)), page.index)));

  it('has no rules to go by, and finds the table on every page all the same, read whole: header once, every cell exact', () => {
    expect(pdf.pages.every((page) => page.rules.length === 0)).toBe(true);
    const pages = found();
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.tables.length === 1)).toBe(true);
    const flow = bodyFlow(pages);
    const tables = flow.items.flatMap((item) => (item.kind === 'table' ? [item.table] : []));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([HEADER, ...TABLE_ROWS]);
    expect(tables[0]!.repeatedHeaders.map((r) => r.page)).toEqual(pages.slice(1).map((_, k) => k + 1));
  });

  it('leaves the caption and the paragraph after the table to the body, and nothing else', () => {
    expect(found().flatMap((p) => p.body.map((l) => l.text))).toEqual(['柳州市第九批市级非物质文化遗产代表性项目名录', '表后的正文段落。']);
  });
});
