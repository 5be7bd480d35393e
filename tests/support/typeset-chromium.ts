// The print copy set as HTML and CSS in GB/T 9704 style and printed to an A4 PDF by Chromium, in two passes so that
// the contents give the page each notice begins on.
import type { Browser } from '@playwright/test';
import { unifyIdeographs } from '../../src/pipeline/pdf/ideographs.ts';
import { readPdf } from '../../src/pipeline/pdf/read-pdf.ts';
import { ems, type AttachmentCopy, type CopyBlock, type GazetteCopy, type NoticeCopy } from './gazette-copy.ts';

const SERIF = "'Noto Serif CJK SC'";
const SANS = "'Noto Sans CJK SC'";
const KAI = "'AR PL UKai CN'";

/** The characters HTML gives a meaning to, escaped. */
const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

// The page, its furniture in @page margin boxes (none on the cover), and the faces of GB/T 9704.
const css = (copy: GazetteCopy) => `
  @page { size: A4; margin: 37mm 26mm 35mm 28mm;
    @top-center { content: "${copy.gazette}　${copy.issue}"; font: 10.5pt ${SANS}; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #000; margin-bottom: 10mm; }
    @bottom-center { content: "— " counter(page) " —"; font: 14pt ${SERIF}; vertical-align: top; padding-top: 7mm; } }
  @page :first { @top-center { content: none; border: none; } @bottom-center { content: none; } }
  body { margin: 0; font: 16pt/28.9pt ${SERIF}; text-align: justify; }
  p { margin: 0; text-indent: 2em; }
  .cover { break-after: page; text-align: center; padding-top: 30mm; }
  .cover p { text-indent: 0; }
  .cover .name { font: 700 36pt/60pt ${SERIF}; margin-bottom: 20mm; }
  .contents h1 { font: 22pt/40pt ${SANS}; text-align: center; margin: 0 0 14pt; font-weight: normal; }
  .entry p { text-indent: 0; }
  .entry .last { display: flex; white-space: nowrap; }
  .entry .leaders { flex: 1; text-align: right; white-space: nowrap; overflow: hidden; }
  .entry .page { width: 2.5em; text-align: right; }
  .notice, .attachment, .colophon { break-before: page; }
  h1.title { font: 700 22pt/34pt ${SERIF}; text-align: center; margin: 0 0 14pt; }
  .head { text-align: center; text-indent: 0; margin-bottom: 14pt; }
  .addressee, .label, .item.flush { text-indent: 0; }
  .label { font-family: ${SANS}; }
  h2, h3, h4 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: 2em; }
  .h-yi, .h-zhang { font-family: ${SANS}; }
  .h-er, .h-jie { font-family: ${KAI}; }
  .h-zhang, .h-jie { text-align: center; text-indent: 0; }
  .article .label { font-family: ${SANS}; }
  .item { white-space: pre-wrap; }
  table { width: 100%; border-collapse: collapse; margin: 7pt 0; font: 12pt/18pt ${SERIF}; }
  th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: middle; }
  th { font-family: ${SANS}; font-weight: normal; text-align: center; }
  tr { break-inside: auto; }
  .caption { text-align: center; text-indent: 0; font-family: ${SANS}; }
  .colophon { padding-top: 150mm; }
  .colophon p { text-indent: 0; font-size: 12pt; line-height: 20pt; }
`;

// The class of each heading style: 一、 in 黑体, （一） in 楷体, chapters and sections centred.
const HEADING: Record<string, { tag: string; cls: string }> = {
  '第一章': { tag: 'h2', cls: 'h-zhang' },
  '第一节': { tag: 'h3', cls: 'h-jie' },
  '一、': { tag: 'h2', cls: 'h-yi' },
  '（一）': { tag: 'h3', cls: 'h-er' },
  '1.': { tag: 'h4', cls: 'h-san' },
  '（1）': { tag: 'h4', cls: 'h-si' },
};

/** A table with its header in a repeated `<thead>`; a continuation row prints its empty cells. */
function tableHtml(block: Extract<CopyBlock, { kind: 'table' }>): string {
  const row = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`;
  return [
    block.caption !== undefined ? `<p class="caption">${escape(block.caption)}</p>` : '',
    `<table><thead>${row(block.header, 'th')}</thead><tbody>`,
    ...block.rows.map((r) => row(r.cells, 'td')),
    `</tbody></table>`,
  ].join('\n');
}

/** One block as HTML. */
function blockHtml(block: CopyBlock): string {
  switch (block.kind) {
    case 'heading': {
      if (block.style === 'title') return `<h1 class="title">${escape(block.text)}</h1>`;
      const { tag, cls } = HEADING[block.style]!;
      return `<${tag} class="${cls}">${escape(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`;
    case 'article':
      return `<p class="article"><span class="label">${escape(block.label)}</span>　${escape(block.text)}</p>`;
    case 'item':
      return `<p class="item">${escape(block.text)}</p>`;
    case 'table':
      return tableHtml(block);
    case 'attachment-ref':
      return `<p>${escape(block.label)}${escape(block.title)}</p>`;
  }
}

const titleHtml = (lines: readonly string[]) => (lines.length ? `<h1 class="title">${lines.map(escape).join('<br>')}</h1>` : '');

function attachmentHtml(a: AttachmentCopy): string {
  return `<section class="attachment"><p class="label">${escape(a.label)}</p>${titleHtml(a.titleLines)}${a.blocks.map(blockHtml).join('\n')}</section>`;
}

function noticeHtml(n: NoticeCopy): string {
  return [
    `<section class="notice">`,
    titleHtml(n.titleLines),
    ...n.head.map((h) => `<p class="head">${escape(h)}</p>`),
    n.addressee !== undefined ? `<p class="addressee">${escape(n.addressee)}</p>` : '',
    ...n.blocks.map(blockHtml),
    `</section>`,
    ...n.attachments.map(attachmentHtml),
  ].join('\n');
}

// The measure in ems and the slot the page number takes: leaders fill what is left of the last line.
const MEASURE_EMS = 28;
const PAGE_EMS = 2.5;

/** The contents: each title over its lines, the doc number in brackets after it, leader dots and the page at the right. */
function contentsHtml(copy: GazetteCopy, pages: readonly (number | undefined)[]): string {
  const entries = copy.contents.map((e) => {
    const lines = [...e.titleLines];
    const doc = e.docNumber ? `（${e.docNumber}）` : '';
    // A doc number that would crowd out the leaders takes a line of its own.
    if (ems(lines.at(-1)! + doc) > MEASURE_EMS - PAGE_EMS - 3 && doc) lines.push('');
    const last = lines.pop()! + doc;
    const dots = '…'.repeat(Math.max(2, Math.floor(MEASURE_EMS - PAGE_EMS - ems(last) - 1)));
    const page = pages[e.notice];
    return `<div class="entry">${lines.map((l) => `<p>${escape(l)}</p>`).join('')}<p class="last"><span>${escape(last)}</span><span class="leaders">${dots}</span><span class="page">${page ?? 0}</span></p></div>`;
  });
  return `<section class="contents"><h1>目　录</h1>${entries.join('\n')}</section>`;
}

/** The whole issue as one HTML page; `pages` gives each notice's first printed page (0 until the first pass has printed). */
export function gazetteHtml(copy: GazetteCopy, pages: readonly (number | undefined)[] = []): string {
  const cover = `<section class="cover"><p class="name">${escape(copy.cover[0]!)}</p>${copy.cover.slice(1).map((l) => `<p>${escape(l)}</p>`).join('')}</section>`;
  const colophon = `<section class="colophon">${copy.colophon.map((l) => `<p>${escape(l)}</p>`).join('')}</section>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css(copy)}</style></head><body>
${cover}
${contentsHtml(copy, pages)}
${copy.notices.map(noticeHtml).join('\n')}
${colophon}
</body></html>`;
}

// Chromium stamps its PDFs with the time of printing; a fixed one of the same length keeps the bytes and offsets comparable.
const PDF_DATE = /\(D:\d{14}/gu;

/** The PDF with its dates fixed (same length, so the cross-reference table stays right). */
function fixDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1').replace(PDF_DATE, '(D:20240315000000');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

async function print(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return fixDates(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  } finally {
    await page.close();
  }
}

/** The first PDF page (1-based, which the folios print) on which each notice's head, or else its title, stands. */
export async function noticePages(pdf: Uint8Array, copy: GazetteCopy): Promise<number[]> {
  const { pages } = await readPdf(pdf, 'typeset.pdf');
  // Chromium's CJK fonts give some ideographs as their radical look-alikes (日 as ⽇).
  const texts = pages.map((p) => unifyIdeographs(p.runs.map((r) => r.text).join('').replace(/\s/gu, '')).text);
  let from = 2;
  return copy.notices.map((n) => {
    const mark = (n.head[0] ?? n.titleLines.join('')).replace(/\s/gu, '');
    const at = texts.findIndex((t, k) => k >= from && t.includes(mark));
    from = at < 0 ? from : at + 1;
    return at + 1;
  });
}

/** The copy's HTML printed twice: a first pass finds where each notice begins, a second prints the contents with those pages. */
export async function printTwice(copy: GazetteCopy, print: (html: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const first = await print(gazetteHtml(copy));
  return print(gazetteHtml(copy, await noticePages(first, copy)));
}

/** The copy printed by Chromium. */
export function typesetChromium(copy: GazetteCopy, browser: Browser): Promise<Uint8Array> {
  return printTwice(copy, (html) => print(browser, html));
}
