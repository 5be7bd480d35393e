import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLines, type PdfLine } from '../../../../src/pipeline/pdf/lines.ts';
import { readPdf, type GlyphRun } from '../../../../src/pipeline/pdf/read-pdf.ts';
import { indentEms, spaceLine } from '../../../../src/pipeline/pdf/spaces.ts';
import { launchPrinter, printPdf } from '../../../support/pdf-files.ts';

/** A run of `text` at x on one baseline, `width` wide (one em of `size` per character unless told). */
function run(text: string, x: number, size = 16, width = [...text].length * size): GlyphRun {
  return { page: 0, x, y: 200, width, size, font: 'f1', text, inserted: false };
}

/** The one line of these runs. */
const line = (...runs: GlyphRun[]): PdfLine => pageLines(runs)[0]!;

describe('spaceLine', () => {
  it('puts one U+3000 for a gap of about one em, n for n ems, and records each', () => {
    const spaced = spaceLine(line(run('一、普查对象', 90), run('全市', 90 + 96 + 17.4), run('两个', 90 + 96 + 17.4 + 32 + 34.1)));
    expect(spaced.text).toBe('一、普查对象\u3000全市\u3000\u3000两个');
    expect(spaced.spaces).toEqual([
      { column: 6, text: '\u3000', gap: expect.closeTo(17.4, 5), ems: expect.closeTo(17.4 / 16, 5) },
      { column: 9, text: '\u3000\u3000', gap: expect.closeTo(34.1, 5), ems: expect.closeTo(34.1 / 16, 5) },
    ]);
  });

  it('puts nothing for kerning or justification spread between ideographs, below 0.75 em', () => {
    expect(spaceLine(line(run('执', 90), run('行', 106 + 2.9), run('。', 122 + 2.9 + 11.9))).text).toBe('执行。');
    expect(spaceLine(line(run('执', 90), run('行', 106 + 12.1))).text).toBe('执\u3000行');
  });

  it('puts one U+0020 between Latin or digit runs a quarter em to 1.5 em apart, nothing closer', () => {
    expect(spaceLine(line(run('2023', 90, 16, 35.7), run('and', 90 + 35.7 + 4, 16, 29.5))).text).toBe('2023 and');
    expect(spaceLine(line(run('2023', 90, 16, 35.7), run('and', 90 + 35.7 + 14.6, 16, 29.5))).text).toBe('2023 and');
    expect(spaceLine(line(run('2023', 90, 16, 35.7), run('and', 90 + 35.7 + 2.9, 16, 29.5))).text).toBe('2023and');
    expect(spaceLine(line(run('Word', 90, 16, 40), run('2024', 90 + 40 + 2 * 16, 16, 36))).text).toBe('Word\u3000\u30002024');
  });

  it('puts no U+0020 for the autospace between an ideograph and a digit or letter, an eighth or a quarter of an em, inside a run or between runs', () => {
    expect(spaceLine(line(run('市', 90), run('2024', 106 + 2, 16, 36))).text).toBe('市2024');
    expect(spaceLine(line(run('改造', 90), run('270', 122 + 4, 16, 27), run('个', 122 + 4 + 27 + 4))).text).toBe('改造270个');
    const spaced = spaceLine(line(run('2023 年 11 月 22 日 柳政发〔2023〕18 号', 90, 16, 400)));
    expect(spaced.text).toBe('2023年11月22日 柳政发〔2023〕18号');
    expect(spaced.dropped.map((d) => d.reason)).toEqual(Array(6).fill('autospace'));
  });

  it('puts no U+0020 beside full-width punctuation, whose blank half is no character', () => {
    expect(spaceLine(line(run('保障', 90), run('（见附件2）', 122 + 5))).text).toBe('保障（见附件2）');
    expect(spaceLine(line(run('案 》 印', 90, 16, 3 * 16 + 2 * 4))).text).toBe('案》印');
  });

  it('measures ems by the larger of the two sizes beside the gap', () => {
    expect(spaceLine(line(run('附件', 90), run('二', 122 + 3, 10.5))).text).toBe('附件二');
    expect(spaceLine(line(run('附件', 90, 10.5, 21), run('二', 111 + 3, 10.5))).text).toBe('附件 二');
  });

  it('keeps a pdf.js space between ideographs on a line set solid, where the print has a space (a roster’s name)', () => {
    const spaced = spaceLine(line(run('唐 毅 市委编办主任', 90, 16, 9 * 16 + 2 * 5)));
    expect(spaced.text).toBe('唐 毅 市委编办主任');
    expect(spaced.dropped).toEqual([]);
  });

  it('drops every pdf.js space beside ideographs of a line spread by justification, and keeps those between Latin words', () => {
    const spaced = spaceLine(line(run('上 。 新 一 代', 90, 16, 5 * 16 + 4 * 4), run('of the city', 90 + 96 + 3, 16, 70), run('给 你', 90 + 96 + 3 + 70 + 3, 16, 36)));
    expect(spaced.text).toBe('上。新一代of the city给你');
    const dropped = (column: number) => ({ column, reason: 'justification' });
    expect(spaced.dropped).toEqual([dropped(1), dropped(3), dropped(5), dropped(7), dropped(9 + 11 + 1)]);
    expect(spaced.spaces).toEqual([]);
  });

  it('drops the spaces of a number or word spread apart letter by letter on a spread line, inside a run and between runs', () => {
    const spaced = spaceLine(line(run('投 资 1 4 7 1 . 5', 90, 16, 200), run('亿 元 R E I T s', 293, 16, 150)));
    expect(spaced.text).toBe('投资1471.5亿元REITs');
    expect(spaced.spaces).toEqual([]);
    expect(spaced.dropped.map((d) => d.reason)).toEqual(Array(13).fill('justification'));
  });
});

describe('indentEms', () => {
  it('gives the first-line indent in ems of the first run', () => {
    expect(indentEms(line(run('现将', 90 + 32)), 90)).toBe(2);
    expect(indentEms(line(run('（见附件2）', 90 + 21, 10.5)), 90)).toBe(2);
    expect(indentEms(line(run('各县', 90)), 90)).toBe(0);
  });
});

describe('spaceLine on lines Chromium prints', () => {
  let browser: Browser;
  let lines: PdfLine[];
  const MARGIN = (28 / 25.4) * 72;

  beforeAll(async () => {
    browser = await launchPrinter();
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      body { margin: 0; font: 16pt/28pt 'Noto Serif CJK SC'; }
      p { margin: 0; width: 300pt; text-align: justify; }
      .indent { text-indent: 2em; }
    </style></head><body>
      <p style="width: 400pt">一、普查对象\u3000全市范围内的单位\u3000\u3000两项</p>
      <p class="indent">各县、区人民政府，市直各委、办、局：</p>
      <p>现将《柳州市第五次全国经济普查实施方案》印发给你们，请认真贯彻执行。Economic census of the whole city in 2023 and 2024 is carried out as planned by all departments.</p>
    </body></html>`;
    lines = pageLines((await readPdf(await printPdf(browser, html), 'seeds/2024-03.pdf')).pages[0]!.runs);
  }, 60_000);
  afterAll(() => browser?.close());

  const find = (start: string) => lines.find((l) => l.text.replace(/ /gu, '').startsWith(start))!;

  it('gives back the U+3000 pdf.js dropped, one and two of them', () => {
    const spaced = spaceLine(find('⼀、普查对象'));
    expect(spaced.text).toBe('⼀、普查对象\u3000全市范围内的单位\u3000\u3000两项');
    expect(spaced.spaces.map((s) => s.text)).toEqual(['\u3000', '\u3000\u3000']);
  });

  it('turns no justification spread of a Chinese line into spaces', () => {
    const justified = lines.filter((l) => /[《》]/u.test(l.text));
    expect(justified.length).toBeGreaterThan(1);
    expect(justified.some((l) => l.text.includes(' ') || l.gaps.some((gap) => gap > 1))).toBe(true);
    for (const l of justified) expect(spaceLine(l).text).not.toMatch(/[ \u3000]/u);
    expect(justified.map((l) => spaceLine(l).text).join('')).toMatch(/^现将《柳州市第五次全国经济普查实施.案》印发给你们，请认真贯彻执.。$/u);
  });

  it('gives one U+0020 for every word space of a justified Latin line, however widened', () => {
    const latin = lines.filter((l) => /^[A-Za-z0-9 .]+$/u.test(l.text));
    expect(latin.map((l) => spaceLine(l).text).join(' ')).toBe('Economic census of the whole city in 2023 and 2024 is carried out as planned by all departments.');
    expect(latin.some((l) => spaceLine(l).spaces.some((s) => s.ems > 0.6))).toBe(true);
  });

  it('shows the first-line indent of 2 em from the margin', () => {
    expect(indentEms(find('各县'), MARGIN)).toBeCloseTo(2, 1);
    expect(indentEms(find('⼀、普查对象'), MARGIN)).toBeCloseTo(0, 1);
  });
});
