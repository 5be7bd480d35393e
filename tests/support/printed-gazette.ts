// A gazette page set as the print edition sets it, for Chromium to print: what the PDF front end is tested on.

/** The running head and the folio Chromium prints on every page. */
export const RUNNING_HEAD = '柳州市人民政府公报　2024年第3期';
export const folio = (page: number) => `— ${page} —`;

/** The two-line centred title of the notice. */
export const TITLE = ['柳州市人民政府关于印发柳州市第五次', '全国经济普查实施方案的通知'];

/** The body paragraphs, each printed with a first-line indent of 2 em. */
export const PARAGRAPHS = [
  '各县、区人民政府，市直各委、办、局：',
  '现将《柳州市第五次全国经济普查实施方案》印发给你们，请认真贯彻执行。根据《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）和《广西壮族自治区人民政府关于做好第五次全国经济普查工作的通知》要求，市人民政府决定于2023年至2024年开展全市经济普查。',
  '普查的对象是在我市境内从事第二产业和第三产业活动的全部法人单位、产业活动单位和个体经营户；普查标准时点为2023年12月31日，时期资料为2023年年度资料。各级各部门要长期坚持依法普查，确保数据真实准确、完整可信，人民群众见到实效。',
];

/** A sentence with a note set smaller on the same baseline, as gazettes set 注 and footnote marks. */
export const MIXED_SIZES = { before: '经费由本级财政予以保障', note: '（见附件2）', after: '，按时拨付到位。' };

/**
 * Lines drawn by absolutely placed spans in an order other than reading order: the second line first, then the
 * right part of the first line, then its left part.
 */
export const OUT_OF_ORDER = { firstLeft: '一、普查对象', firstRight: '全市范围内的单位。', second: '二、普查内容和时间安排' };

/** Every character the page shows except the furniture, whitespace left out. */
export function bodyCharacters(repeat = 1): string {
  const once = [...PARAGRAPHS, MIXED_SIZES.before, MIXED_SIZES.note, MIXED_SIZES.after, OUT_OF_ORDER.firstLeft, OUT_OF_ORDER.firstRight, OUT_OF_ORDER.second].join('');
  return (TITLE.join('') + once.repeat(repeat)).replace(/\s/gu, '');
}

const SERIF = "'Noto Serif CJK SC'";
const SANS = "'Noto Sans CJK SC'";

/** The header and footer templates for Chromium: the running head above a rule, the folio centred below. */
export const FURNITURE = {
  header: `<div style="width:100%;margin:0 26mm 0 28mm;font:9pt ${SANS};text-align:center;border-bottom:0.5pt solid #000;padding-bottom:2pt">${RUNNING_HEAD}</div>`,
  footer: `<div style="width:100%;font:10pt ${SERIF};text-align:center">— <span class="pageNumber"></span> —</div>`,
};

/** The HTML of the notice, its body repeated `repeat` times to fill pages. */
export function gazetteHtml(repeat = 1): string {
  const paragraph = (text: string) => `<p>${text}</p>`;
  const once = [
    ...PARAGRAPHS.map(paragraph),
    `<p>${MIXED_SIZES.before}<span style="font-size:10.5pt">${MIXED_SIZES.note}</span>${MIXED_SIZES.after}</p>`,
    `<div class="placed">`,
    `<span style="top:28pt;left:0">${OUT_OF_ORDER.second}</span>`,
    `<span style="top:0;left:150pt">${OUT_OF_ORDER.firstRight}</span>`,
    `<span style="top:0;left:0">${OUT_OF_ORDER.firstLeft}</span>`,
    `</div>`,
  ].join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { margin: 0; font: 16pt/28pt ${SERIF}; }
    h1 { margin: 0 0 28pt; font: 22pt/36pt ${SANS}; text-align: center; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
    .placed { position: relative; height: 56pt; break-inside: avoid; }
    .placed span { position: absolute; white-space: nowrap; }
  </style></head><body><h1>${TITLE.join('<br>')}</h1>
  ${Array.from({ length: repeat }, () => once).join('\n')}
  </body></html>`;
}

/** The gazette's name, printed at the top of every left-hand (even) page after the cover. */
export const GAZETTE_NAME = '柳州市人民政府公报';
/** The issue, printed at the top of every right-hand (odd) page. */
export const ISSUE = '2024年第3期';
/** A body line that looks like a folio (of a page the PDF does not have), set in the middle of a page. */
export const FOLIO_LOOKALIKE = '— 5 —';

/**
 * A gazette set as print does, page by page: a cover without head or folio (PDF page 1), then `pages` pages printed
 * 1, 2, …; an even printed page has the gazette's name at its top left and its folio at the bottom left, an odd one
 * the issue at the top right and its folio at the bottom right. The second page carries FOLIO_LOOKALIKE mid-page.
 */
export function pagedGazetteHtml(pages = 4): string {
  const side = (printed: number) => (printed % 2 === 0 ? 'left' : 'right');
  const page = (printed: number) => [
    `<section class="page">`,
    `<div class="head ${side(printed)}">${printed % 2 === 0 ? GAZETTE_NAME : ISSUE}</div>`,
    `<div class="text">`,
    printed === 1 ? `<h1>${TITLE.join('<br>')}</h1>` : '',
    ...PARAGRAPHS.slice(0, 2).map((text) => `<p>${text}</p>`),
    printed === 2 ? `<p class="centre">${FOLIO_LOOKALIKE}</p>` : '',
    ...PARAGRAPHS.slice(2).map((text) => `<p>${text}</p>`),
    `</div>`,
    `<div class="folio ${side(printed)}">${folio(printed)}</div>`,
    `</section>`,
  ].join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 0; }
    body { margin: 0; font: 16pt/28pt ${SERIF}; }
    .page { position: relative; box-sizing: border-box; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
    .page:last-child { break-after: auto; }
    .cover { font: 36pt/60pt ${SANS}; text-align: center; padding-top: 90mm; }
    .head { position: absolute; top: 12mm; left: 28mm; right: 26mm; font: 9pt ${SANS}; border-bottom: 0.5pt solid #000; }
    .folio { position: absolute; top: 278mm; left: 28mm; right: 26mm; font: 10pt ${SERIF}; }
    .left { text-align: left; } .right { text-align: right; } .centre { text-align: center; text-indent: 0; }
    .text { position: absolute; top: 30mm; left: 28mm; right: 26mm; }
    h1 { margin: 0 0 28pt; font: 22pt/36pt ${SANS}; text-align: center; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
  </style></head><body>
  <section class="page cover">${GAZETTE_NAME}<br>${ISSUE}</section>
  ${Array.from({ length: pages }, (_, k) => page(k + 1)).join('\n')}
  </body></html>`;
}
