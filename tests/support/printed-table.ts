// A table for Chromium to print, as the PDF front end is tested on: a long table as an attachment prints it, a header
// Chromium repeats on every page, cells wrapping over lines, a cell spanning two rows, and a tall row that the page
// break cuts in two; ruled, or set without rules and each cell centred in its row (as LibreOffice sets HTML tables).
export const HEADER = ['序号', '项目名称', '申报地区或单位'];
const TALL = '为全市困难重度残疾人家庭实施无障碍改造并为特殊残疾人提供生活照料服务'.repeat(6);
export const TABLE_ROWS: string[][] = [
  ...Array.from({ length: 24 }, (_, k) => [String(k + 1), k === 2 ? '改造一批城镇老旧小区并完善配套设施' : `传统技艺项目${k + 1}`, k === 2 ? '柳州市住房和城乡建设局' : '柳州市']),
  ['25', TALL, '鹿寨县'],
  ...Array.from({ length: 20 }, (_, k) => [String(k + 26), `传统医药项目${k + 26}`, '融安县']),
];
export const SPANNED = { number: '46', name: '客家花灯制作技艺', places: ['柳江区', '柳城县'] };

/** The table's page; without rules, it has no spanning cell, whose rows no print without rules can show. */
export function tableHtml({ ruled = true } = {}): string {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const spanned = ruled ? `<tr><td rowspan="2">${SPANNED.number}</td><td rowspan="2">${SPANNED.name}</td><td>${SPANNED.places[0]}</td></tr><tr><td>${SPANNED.places[1]}</td></tr>` : '';
  const cell = ruled ? 'border: 0.75pt solid #000; padding: 2pt 4pt;' : 'border: none; padding: 3pt 4pt; vertical-align: middle;';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { margin: 0; font: 12pt/18pt 'Noto Serif CJK SC'; }
    p { margin: 0 0 6pt; }
    table { border-collapse: collapse; width: 100%; }
    th, td { ${cell} text-align: left; font-weight: normal; }
    th:nth-child(1), td:nth-child(1) { width: 40pt; }
    th:nth-child(3), td:nth-child(3) { width: 110pt; }
  </style></head><body><p>柳州市第九批市级非物质文化遗产代表性项目名录</p>
  <table><thead>${row(HEADER).replace(/td>/g, 'th>')}</thead><tbody>${TABLE_ROWS.map(row).join('')}${spanned}</tbody></table>
  <p>表后的正文段落。</p></body></html>`;
}
