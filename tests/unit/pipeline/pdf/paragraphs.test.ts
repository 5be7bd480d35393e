import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { bodyMeasure, pdfBlocks, type PdfBlock } from '../../../../src/pipeline/pdf/paragraphs.ts';
import { readPdf } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';
import { FURNITURE, gazetteHtml, PARAGRAPHS, RUNNING_HEAD, TITLE } from '../../../support/printed-gazette.ts';

/** A line of `text` from x `left`, one em of `size` per character, on baseline `y`. */
function line(text: string, left: number, y: number, size = 16): PdfLine {
  const width = [...text].length * size;
  return { page: 0, baseline: y, left, right: left + width, runs: [{ page: 0, x: left, y, width, size, font: 'f1', text, inserted: false }], gaps: [], sizes: [size], text };
}
const texts = (blocks: readonly PdfBlock[]) => blocks.map((b) => `${b.kind}:${b.lines.map((l) => l.text).join('')}`);

// A measure of 20 ems of 16 pt from x 80 to 400.
const full = (text: string, y: number) => line(text.padEnd(20, '字'), 80, y);

describe('pdfBlocks on lines', () => {
  it('joins centred lines of one size into a title, and starts a paragraph at each first-line indent', () => {
    const indented = (text: string, y: number) => line(text.padEnd(18, '字'), 112, y);
    const lines = [line('柳州市人民政府关于印发', 119, 100, 22), line('实施方案的通知', 163, 136, 22), indented('现将方案印发给你们，', 200), full('国务院的通知要求，', 228), line('经济普查。', 80, 256), indented('普查的对象是', 284), full('；普查标准时点为年底', 312)];
    const blocks = pdfBlocks(lines, { left: 80, right: 400, size: 16 });
    expect(texts(blocks).map((t) => t.replace(/字+/g, ''))).toEqual([
      'centred:柳州市人民政府关于印发实施方案的通知',
      'paragraph:现将方案印发给你们，国务院的通知要求，经济普查。',
      'paragraph:普查的对象是；普查标准时点为年底',
    ]);
  });

  it('ends a paragraph after a line that stops short of the right margin, even when the next starts at the margin', () => {
    const blocks = pdfBlocks([full('甲', 100), line('短行。', 80, 128), line('附件：1.名单', 80, 156)], { left: 80, right: 400, size: 16 });
    expect(blocks.map((b) => b.lines.length)).toEqual([2, 1]);
  });

  it('starts a block where the face changes, as a 黑体 label after a full line of 仿宋 at the foot of a page', () => {
    const inFace = (l: PdfLine, face: string): PdfLine => ({ ...l, face, runs: l.runs.map((r) => ({ ...r, face })) });
    const blocks = pdfBlocks([inFace(full('附件：名单', 100), 'FangSong'), inFace(line('附件', 80, 128), 'SimHei'), inFace(full('正文', 156), 'FangSong')], { left: 80, right: 400, size: 16 });
    expect(blocks.map((b) => b.lines.length)).toEqual([1, 1, 1]);
  });

  it('starts a block where the type size changes, and does not take a right-aligned signature for a centred line', () => {
    const blocks = pdfBlocks([full('正文', 100), line('（注：见附件）', 80, 128, 10.5), line('柳州市人民政府', 288, 156)], { left: 80, right: 400, size: 16 });
    expect(texts(blocks).map((t) => t.split(':')[0])).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('runs a paragraph set ragged on where the line stops short by less than the next line starts with', () => {
    const m = { left: 80, right: 400, size: 16 };
    // 18.5 ems after an indent of 2: 1.5 ems short, and the next line opens with 西“4·27” (6 ems that do not break).
    const first = line('认真学习贯彻总书记重要要求视察广', 112, 100);
    const short = { ...first, right: first.right + 8 };
    expect(pdfBlocks([short, line('西“4·27”重要讲话精神。', 80, 128)], m).map((b) => b.lines.length)).toEqual([2]);
    // The same line before one that opens with a single ideograph, which would have fitted: the paragraph ended.
    expect(pdfBlocks([short, line('现将方案印发给你们。', 80, 128)], m).map((b) => b.lines.length)).toEqual([1, 1]);
    // An attribution in brackets needs two ems (（ may not end a line): it runs on after a sentence's end.
    const ended = line('打造区域性国际科技创新中心。', 112, 156);
    const endedShort = { ...ended, right: 400 - 24 };
    expect(pdfBlocks([endedShort, line('（市科技局牵头）', 80, 184)], m).map((b) => b.lines.length)).toEqual([2]);
  });

  it('parts paragraphs set flush with space between them, and runs a full line on across ordinary leading', () => {
    const m = { left: 80, right: 400, size: 16, pitch: 28 };
    // Three full lines, the third after a line and a half: two paragraphs, though no line is indented or short.
    expect(pdfBlocks([full('甲', 100), full('乙', 128), full('丙', 170)], m).map((b) => b.lines.length)).toEqual([2, 1]);
    // A little more than the leading (a taller glyph in the line) is no space between paragraphs.
    expect(pdfBlocks([full('甲', 100), full('乙', 128), full('丙', 160)], m).map((b) => b.lines.length)).toEqual([3]);
    // Without a leading measured, only indents and short lines part them.
    expect(pdfBlocks([full('甲', 100), full('乙', 128), full('丙', 170)], { left: 80, right: 400, size: 16 }).map((b) => b.lines.length)).toEqual([3]);
  });

  it('does not take a ragged first line, indented two ems and a little short, for a centred line', () => {
    const m = { left: 80, right: 400, size: 16 };
    const first = { ...line('一、地方性法规审议类立法项目名称', 112, 100), right: 400 - 20 };
    expect(texts(pdfBlocks([first, line('（一）柳州市管理条例', 112, 128)], m)).map((t) => t.split(':')[0])).toEqual(['paragraph', 'paragraph']);
  });

  it('sets a centred 第二章 heading apart from the centred heading above it', () => {
    const blocks = pdfBlocks([line('第一章　总则', 192, 100), full('第一条　为了加强管理，制定本办法。', 128), line('第二章　养护和维修', 176, 156), line('第一节　一般规定', 184, 184)], { left: 80, right: 400, size: 16 });
    expect(texts(blocks).map((t) => t.replace(/字+/g, ''))).toEqual(['centred:第一章　总则', 'paragraph:第一条　为了加强管理，制定本办法。', 'centred:第二章　养护和维修', 'centred:第一节　一般规定']);
  });

  it('runs nothing on from or into the date and doc-number line, set wide and a little off centre', () => {
    const m = { left: 80, right: 400, size: 16 };
    const head = line('2024年4月8日 柳财规〔2024〕2号 柳教规〔2024〕1号', 106, 100);
    const wide = { ...head, right: 384 };
    expect(pdfBlocks([wide, line('各县、区财政局、教育局：', 80, 128)], m).map((b) => b.lines.length)).toEqual([1, 1]);
  });

  it('finds the left margin where indented one-line paragraphs outnumber lines at the margin', () => {
    const indented = (y: number) => line('现将方案印发给你们，请认真贯彻执行。', 112, y);
    const lines = [indented(100), indented(128), indented(156), indented(184), full('一', 212), line('二。', 80, 240)];
    expect(bodyMeasure(lines)).toEqual({ left: 80, right: 400, size: 16, pitch: 28 });
  });

  it('measures the body by its commonest line ends, type size and leading', () => {
    const lines = [full('一', 100), full('二', 128), line('三', 112, 156), line('标题', 200, 60, 22), full('四', 200)];
    expect(bodyMeasure(lines)).toEqual({ left: 80, right: 400, size: 16, pitch: 28 });
  });
});

const LONG = PARAGRAPHS[1]!.repeat(12);

describe('pdfBlocks on pages Chromium prints', () => {
  let browser: Browser;
  let body: PdfLine[];

  beforeAll(async () => {
    browser = await launchPrinter();
    // The notice twice, then a paragraph long enough that it must run over a page break.
    const html = gazetteHtml(2).replace('</body>', `<p>${LONG}</p></body>`);
    const pdf = await readPdf(await printPdf(browser, html, FURNITURE), 'seeds/2024-03.pdf');
    // The running head and the folio are page furniture, which another step takes off; here they are left out by text.
    const furniture = (l: PdfLine) => l.text === RUNNING_HEAD.replace(/\s/gu, '') || /^—\d+—$/.test(l.text.replace(/\s/g, ''));
    body = pdf.pages.flatMap((p) => pageLines(p.runs.map((r) => ({ ...r, text: unifyIdeographs(r.text).text })))).filter((l) => !furniture(l));
  }, 60_000);
  afterAll(() => browser?.close());

  it('reads the two-line title as one block and every paragraph whole, across page breaks', () => {
    expect(new Set(body.map((l) => l.page)).size).toBeGreaterThan(1);
    const blocks = pdfBlocks(body).map((b) => b.lines.map((l) => l.text).join('').replace(/\s/gu, ''));
    expect(blocks[0]).toBe(TITLE.join(''));
    const paragraphs = PARAGRAPHS.map((p) => p.replace(/\s/gu, ''));
    for (const p of paragraphs) expect(blocks.filter((b) => b === p)).toHaveLength(2);
    const long = pdfBlocks(body).find((b) => b.lines.map((l) => l.text).join('').replace(/\s/gu, '') === LONG.replace(/\s/gu, ''));
    expect(long && new Set(long.lines.map((l) => l.page)).size).toBeGreaterThan(1);
  });
});
