import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentsText, isContentsHeading, readContents } from '../../../../src/pipeline/pdf/contents.ts';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type GlyphRun } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';

/** A run of `text` at (x, y), one em of `size` per character. */
function run(text: string, x: number, y = 100, size = 12): GlyphRun {
  return { page: 0, x, y, width: [...text].length * size, size, font: 'f1', text, inserted: false };
}
const lines = (...rows: GlyphRun[][]) => rows.flatMap((row, k) => pageLines(row.map((r) => ({ ...r, y: 100 + 20 * k }))));

describe('readContents on lines', () => {
  it('reads a title over two lines, the doc number in brackets, leader dots and the page', () => {
    const read = readContents(lines([run('目录', 250)], [run('柳州市人民政府关于落实2024年《政府工作', 80)], [run('报告》重点工作分工的意见（柳政发〔2024〕3号）……………', 80), run('3', 500)]), 0);
    expect(contentsText(read.items)).toEqual(['目 录', '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见\t柳政发〔2024〕3号(3)']);
    expect(read.end).toBe(3);
  });

  it('reads an entry over five lines: joint issuers each on a line, a title wrapped narrow beside a wide doc-number column', () => {
    const read = readContents(
      lines([run('目录', 250)], [run('柳州市财政局', 80)], [run('柳州市教育局关于规范学生资助', 80)], [run('资金管', 80)], [run('理', 80)], [run('的通知', 80), run('柳财规〔2024〕2号 柳教规〔2024〕1号…………', 160), run('9', 560)], [run('正文', 80)]),
      0,
    );
    expect(contentsText(read.items)).toEqual(['目 录', '柳州市财政局柳州市教育局关于规范学生资助资金管理的通知	柳财规〔2024〕2号 柳教规〔2024〕1号(9)']);
    expect(read.end).toBe(6);
  });

  it('reads a doc number standing in a column of its own, a wide gap instead of leaders, and an item without a number', () => {
    const read = readContents(
      lines(
        [run('【市政府办公室文件】', 80)],
        [run('柳州市人民政府办公室关于做好防汛工作的函', 80), run('柳政办函〔2024〕30号', 350), run('25', 560)],
        [run('《柳州市城市道路桥梁管理办法》政策解读…………', 80), run('18', 500)],
      ),
      0,
    );
    expect(contentsText(read.items).slice(1)).toEqual(['【市政府办公室文件】', '柳州市人民政府办公室关于做好防汛工作的函\t柳政办函〔2024〕30号(25)', '《柳州市城市道路桥梁管理办法》政策解读\t(18)']);
  });

  it('reads the page in brackets right after the doc number, with a gap before the number or none at all', () => {
    const read = readContents(
      lines(
        [run('目录', 250)],
        [run('柳州市人民政府关于政府领导工作分工调整', 80)],
        [run('的通知', 80), run('柳政发〔2024〕7号(23)', 300)],
        [run('柳州市人民政府办公室关于做好防汛工作的函柳政办函〔2024〕30号（25）', 80)],
      ),
      0,
    );
    expect(contentsText(read.items).slice(1)).toEqual(['柳州市人民政府关于政府领导工作分工调整的通知\t柳政发〔2024〕7号(23)', '柳州市人民政府办公室关于做好防汛工作的函\t柳政办函〔2024〕30号(25)']);
    expect(read.end).toBe(4);
  });

  it('keeps the 目录 heading printed again where the contents go on over a page', () => {
    const read = readContents(lines([run('目录', 250)], [run('关于甲的通知……', 80), run('3', 500)], [run('目　录', 250)], [run('关于乙的通知……', 80), run('5', 500)]), 0);
    expect(contentsText(read.items)).toEqual(['目 录', '关于甲的通知\t(3)', '目 录', '关于乙的通知\t(5)']);
    expect(read.items[1]).toMatchObject({ kind: 'heading' });
  });

  it('ends where lines stop closing entries, before the first notice\'s title', () => {
    const read = readContents(lines([run('目录', 250)], [run('关于甲的通知……', 80), run('3', 500)], [run('柳州市人民政府公报', 80)], [run('2024年第3期', 80)], [run('柳州市人民政府关于甲的通知', 80)], [run('2024年2月8日', 80)]), 0);
    expect(read.items).toHaveLength(1);
    expect(read.end).toBe(2);
  });

  it('does not take a number in running text for a page: the digits need leaders or a wide gap before them', () => {
    const read = readContents(lines([run('目录', 250)], [run('关于甲的通知……', 80), run('3', 500)], [run('全年新增就业岗位3', 80)]), 0);
    expect(read.items).toHaveLength(1);
  });
});

describe('readContents on a contents page Chromium prints', () => {
  let browser: Browser;
  let page: PdfLine[];
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
    body { font: 16px/1.8 "Noto Serif CJK SC", serif; width: 15.5cm; }
    h1 { text-align: center; font: 22px "Noto Sans CJK SC", sans-serif; }
    .e { display: flex; align-items: last baseline; }
    .t { flex: 1; }
    .l { white-space: nowrap; }
    .d { width: 12em; text-align: left; }
    .p { width: 2.5em; text-align: right; }
  </style><h1>目　录</h1>
  <p>【市政府文件】</p>
  <div class="e"><span class="t">柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见（柳政发〔2024〕3号）</span><span class="l">……………</span><span class="p">3</span></div>
  <div class="e"><span class="t">柳州市人民政府关于印发《2024年市政府为民办实事工作任务分工方案》的通知（柳政发〔2024〕4号）</span><span class="l">……</span><span class="p">15</span></div>
  <p>【市政府办公室文件】</p>
  <div class="e"><span class="t">柳州市人民政府办公室关于做好防汛工作的函</span><span class="d">柳政办函〔2024〕30号</span><span class="p">25</span></div>
  <div class="e"><span class="t">《柳州市城市道路桥梁管理办法》政策解读</span><span class="l">……………………</span><span class="p">118</span></div>
  </html>`;

  beforeAll(async () => {
    browser = await launchPrinter();
    const pdf = await readPdf(await printPdf(browser, html), 'seeds/2024-03.pdf');
    // Layout reads the characters as printed: Chromium's look-alike radicals (⽬ for 目) are mapped back first.
    page = pageLines(pdf.pages[0]!.runs.map((r) => ({ ...r, text: unifyIdeographs(r.text).text })));
  }, 60_000);
  afterAll(() => browser?.close());

  it('gives the contents in the text form the ingest reads, titles wrapped over lines joined', () => {
    const start = page.findIndex(isContentsHeading);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(contentsText(readContents(page, start).items)).toEqual([
      '目 录',
      '【市政府文件】',
      '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见\t柳政发〔2024〕3号(3)',
      '柳州市人民政府关于印发《2024年市政府为民办实事工作任务分工方案》的通知\t柳政发〔2024〕4号(15)',
      '【市政府办公室文件】',
      '柳州市人民政府办公室关于做好防汛工作的函\t柳政办函〔2024〕30号(25)',
      '《柳州市城市道路桥梁管理办法》政策解读\t(118)',
    ]);
  });
});
