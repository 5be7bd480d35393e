// The print copy placed line by line by PDFKit on the GB/T 9704 grid (28 characters of 16 pt, 22 lines): our own
// line breaker, lines justified by character spacing, tables ruled by hand, furniture on alternating sides.
import PDFDocument from 'pdfkit';
import { NO_END, NO_START, type CopyBlock, type GazetteCopy, type NoticeCopy } from './gazette-copy.ts';

const MM = 72 / 25.4;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const SIZE = 16;
const LEFT = 28 * MM;
const MEASURE = 28 * SIZE;
const RIGHT = LEFT + MEASURE;
const TOP = 37 * MM;
const BOTTOM = PAGE_HEIGHT - 35 * MM;
// 22 lines in the 225 mm of the type area.
const PITCH = (225 * MM) / 22;
const TITLE_SIZE = 22;
const TABLE_SIZE = 12;
const TABLE_PITCH = 18;
const CELL_PAD = 3;

/** The faces, registered under these names from the system's TrueType collections. */
const FONTS = {
  serif: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  bold: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
  sans: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  kai: ['/usr/share/fonts/truetype/arphic/ukai.ttc', 'UKaiCN'],
  // The serif's TC face, a font of its own in the PDF: 人 and ⼈ share a glyph, and a font's ToUnicode map gives a
  // glyph the character it was first drawn for, so only in a font that never draws 人 do the look-alikes reach the text.
  alike: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKtc-Regular'],
} as const;
type Face = keyof typeof FONTS;

/** What is drawn on a page: text with its top left corner and character spacing, or a rule stroked or filled. */
type Op =
  | { kind: 'text'; face: Face; size: number; x: number; y: number; text: string; spacing?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number };

type Measure = (face: Face, size: number, text: string) => number;

// Radical look-alikes some producers write for these ideographs; Noto Serif CJK SC draws both.
const LOOK_ALIKES: Record<string, string> = { 人: '\u2f08', 日: '\u2f47' };
const lookAlike = (text: string) => text.replace(/[人日]/gu, (c) => LOOK_ALIKES[c]!);

// A character of a Latin word or a number, which a line break does not cut.
const WORD = /^[A-Za-z0-9.]$/;

/**
 * The text broken into lines of at most `width` points (the first `indent` points narrower): greedy by glyph widths,
 * then a line that would start with closing punctuation, or end with opening, or cut a Latin word or number
 * (PM2.5, REITs), gives its last character to the next.
 */
export function breakLines(text: string, width: number, indent: number, measure: (c: string) => number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const c of text) {
    const w = measure(c);
    const room = width - (lines.length === 0 ? indent : 0);
    if (used + w > room + 0.01 && line.length) {
      let carry: string[] = [];
      const next = () => carry[0] ?? c;
      while (line.length > 1 && (NO_START.has(next()) || NO_END.has(line.at(-1)!) || (WORD.test(next()) && WORD.test(line.at(-1)!)))) carry = [line.pop()!, ...carry];
      lines.push(line);
      line = carry;
      used = carry.reduce((s, x) => s + measure(x), 0);
    }
    line.push(c);
    used += w;
  }
  return line.length ? [...lines, line] : lines;
}

/** A page being filled: its ops, and the y of the next line's top. */
interface Page {
  ops: Op[];
}

/** The layout state: pages so far and the cursor; functions below add to the last page. */
class Layout {
  pages: Page[] = [];
  y = TOP;
  fakeBoldDone = false;
  ruleByRects = true;
  constructor(readonly measure: Measure) {}

  get ops(): Op[] {
    return this.pages.at(-1)!.ops;
  }
  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = TOP;
  }
  /** Room for `height` more points on this page, or a new page. */
  need(height: number): void {
    if (this.y + height > BOTTOM + 0.01) this.newPage();
  }
  text(face: Face, size: number, x: number, text: string, spacing?: number): void {
    this.ops.push({ kind: 'text', face, size, x, y: this.y, text, ...(spacing !== undefined && { spacing }) });
  }

  /** A paragraph: justified lines, the first indented `indentEms`, the last short, running on across pages. */
  paragraph(text: string, options: { face?: Face; indentEms?: number; bold?: boolean } = {}): void {
    const face = options.face ?? 'serif';
    const indent = (options.indentEms ?? 2) * SIZE;
    const lines = breakLines(text, MEASURE, indent, (c) => this.measure(face, SIZE, c));
    lines.forEach((chars, k) => {
      this.need(PITCH);
      const x = LEFT + (k === 0 ? indent : 0);
      const line = chars.join('');
      const natural = this.measure(face, SIZE, line);
      const last = k === lines.length - 1;
      const spacing = !last && chars.length > 1 ? (RIGHT - x - natural) / (chars.length - 1) : 0;
      this.text(face, SIZE, x, line, spacing);
      // Fake bold: the same line again 0.3 pt to the right.
      if (options.bold) this.text(face, SIZE, x + 0.3, line, spacing);
      this.y += PITCH;
    });
  }

  /** Lines centred on the measure. */
  centred(lines: readonly string[], face: Face, size: number, pitch: number): void {
    for (const line of lines) {
      this.need(pitch);
      this.text(face, size, LEFT + (MEASURE - this.measure(face, size, line)) / 2, line);
      this.y += pitch;
    }
  }
}

/** Column widths in proportion to each column's widest text, within bounds, filling the measure. */
function columnWidths(header: readonly string[], rows: readonly string[][]): number[] {
  const weight = header.map((h, k) => Math.min(12, Math.max(2.5, [h, ...rows.map((r) => r[k] ?? '')].reduce((m, t) => Math.max(m, [...t].length), 0))));
  const sum = weight.reduce((a, b) => a + b, 0);
  return weight.map((w) => (MEASURE * w) / sum);
}

/** A table: header row repeated on each page it runs onto, cells wrapping, a row cut where the page ends. */
function table(layout: Layout, block: Extract<CopyBlock, { kind: 'table' }>): void {
  const rects = layout.ruleByRects;
  layout.ruleByRects = false;
  if (block.caption !== undefined) layout.centred([block.caption], 'sans', SIZE, PITCH);
  const widths = columnWidths(block.header, block.rows.map((r) => r.cells));
  const xs = widths.reduce((acc, w) => [...acc, acc.at(-1)! + w], [LEFT]);
  const cellLines = (cells: readonly string[], face: Face) =>
    cells.map((c, k) => breakLines(c, widths[k]! - 2 * CELL_PAD, 0, (ch) => layout.measure(face, TABLE_SIZE, ch)).map((l) => l.join('')));
  const rule = (x1: number, y1: number, x2: number, y2: number) =>
    layout.ops.push(rects ? { kind: 'rect', x: Math.min(x1, x2) - 0.25, y: Math.min(y1, y2) - 0.25, w: Math.abs(x2 - x1) + 0.5, h: Math.abs(y2 - y1) + 0.5 } : { kind: 'line', x1, y1, x2, y2 });
  /** Draws one slice of a row (lines from..to of each cell) as a ruled band. */
  const band = (lines: string[][], from: number, count: number, face: Face) => {
    const top = layout.y;
    const height = count * TABLE_PITCH + 2 * CELL_PAD;
    lines.forEach((cell, k) => cell.slice(from, from + count).forEach((text, j) => layout.ops.push({ kind: 'text', face, size: TABLE_SIZE, x: xs[k]! + CELL_PAD, y: top + CELL_PAD + j * TABLE_PITCH, text })));
    rule(LEFT, top, RIGHT, top);
    rule(LEFT, top + height, RIGHT, top + height);
    for (const x of xs) rule(x, top, x, top + height);
    layout.y = top + height;
  };
  const header = cellLines(block.header, 'sans');
  const headerLines = Math.max(...header.map((c) => c.length));
  const headerHeight = headerLines * TABLE_PITCH + 2 * CELL_PAD;
  const drawHeader = () => band(header, 0, headerLines, 'sans');
  layout.need(headerHeight + TABLE_PITCH + 2 * CELL_PAD);
  drawHeader();
  for (const row of block.rows) {
    const lines = cellLines(row.cells, 'serif');
    const total = Math.max(1, ...lines.map((c) => c.length));
    let from = 0;
    while (from < total) {
      const fit = Math.floor((BOTTOM - layout.y - 2 * CELL_PAD) / TABLE_PITCH);
      if (fit < 1) {
        layout.newPage();
        drawHeader();
        continue;
      }
      const count = Math.min(fit, total - from);
      band(lines, from, count, 'serif');
      from += count;
      if (from < total) {
        layout.newPage();
        drawHeader();
      }
    }
  }
  layout.y += PITCH / 2;
}

/** One block of a notice. */
function block(layout: Layout, b: CopyBlock): void {
  switch (b.kind) {
    case 'heading': {
      if (b.style === 'title') return layout.centred([b.text], 'bold', TITLE_SIZE, 36);
      if (b.style === '第一章' || b.style === '第一节') return layout.centred([b.text], b.style === '第一章' ? 'sans' : 'kai', SIZE, PITCH);
      const face: Face = b.style === '一、' ? 'sans' : b.style === '（一）' ? 'kai' : 'serif';
      const bold = face === 'sans' && !layout.fakeBoldDone;
      if (bold) layout.fakeBoldDone = true;
      return layout.paragraph(b.text, { face, bold });
    }
    case 'paragraph':
      return layout.paragraph(b.text);
    case 'article':
      return layout.paragraph(`${b.label}　${b.text}`);
    case 'item':
      return layout.paragraph(b.text);
    case 'table':
      return table(layout, b);
    case 'attachment-ref':
      return layout.paragraph(b.label + b.title);
  }
}

function notice(layout: Layout, n: NoticeCopy): void {
  layout.newPage();
  layout.centred(n.titleLines, 'bold', TITLE_SIZE, 36);
  layout.y += PITCH / 2;
  layout.centred(n.head.map(lookAlike), 'alike', SIZE, PITCH);
  layout.y += PITCH / 2;
  if (n.addressee !== undefined) layout.paragraph(lookAlike(n.addressee), { face: 'alike', indentEms: 0 });
  for (const b of n.blocks) block(layout, b);
  for (const a of n.attachments) {
    layout.newPage();
    layout.paragraph(a.label, { face: 'sans', indentEms: 0 });
    layout.centred(a.titleLines, 'bold', TITLE_SIZE, 36);
    layout.y += PITCH / 2;
    for (const b of a.blocks) block(layout, b);
  }
}

const PAGE_SLOT = 2.5 * SIZE;

/** The contents: title lines flush left, the doc number in a column, leader dots, the page at the right margin. */
function contents(layout: Layout, copy: GazetteCopy, pages: readonly number[]): void {
  layout.newPage();
  layout.centred(['目　录'], 'sans', TITLE_SIZE, 40);
  const width = (t: string) => layout.measure('serif', SIZE, t);
  for (const e of copy.contents) {
    const doc = e.docNumber ?? '';
    const docX = RIGHT - PAGE_SLOT - 3 * SIZE - width(doc);
    const lines = [...e.titleLines];
    // The last title line must stop an em short of the doc number's column.
    while (LEFT + width(lines.at(-1)!) > docX - SIZE) {
      const chars = [...lines.pop()!];
      let cut = Math.max(1, chars.length - 4);
      while (cut > 1 && NO_START.has(chars[cut]!)) cut--;
      lines.push(chars.slice(0, cut).join(''), chars.slice(cut).join(''));
    }
    layout.need(lines.length * PITCH);
    lines.forEach((line, k) => {
      layout.text('serif', SIZE, LEFT, line);
      if (k < lines.length - 1) layout.y += PITCH;
    });
    if (doc) layout.text('serif', SIZE, docX, doc);
    const dotsFrom = docX + width(doc) + SIZE / 4;
    const dot = width('…');
    const page = String(pages[e.notice] ?? 0);
    const pageX = RIGHT - width(page);
    layout.text('serif', SIZE, dotsFrom, '…'.repeat(Math.max(2, Math.floor((pageX - SIZE / 4 - dotsFrom) / dot))));
    layout.text('serif', SIZE, pageX, page);
    layout.y += PITCH;
  }
}

/** The pages of the issue and the PDF page (1-based) each notice starts on. */
function layoutIssue(copy: GazetteCopy, measure: Measure, pages: readonly number[]): { pages: Page[]; starts: number[] } {
  const layout = new Layout(measure);
  layout.newPage();
  layout.y = 70 * MM;
  layout.centred([copy.cover[0]!], 'bold', 36, 72);
  layout.y += 40 * MM;
  layout.centred(copy.cover.slice(1), 'serif', SIZE, PITCH * 1.5);
  contents(layout, copy, pages);
  const starts: number[] = [];
  for (const n of copy.notices) {
    // Each notice begins on a new page, the one after the last page so far.
    starts.push(layout.pages.length + 1);
    notice(layout, n);
  }
  layout.newPage();
  layout.y = BOTTOM - copy.colophon.length * PITCH;
  for (const line of copy.colophon) layout.paragraph(line, { indentEms: 0 });
  return { pages: layout.pages, starts };
}

/** Running head and folio: an even page has the gazette's name top left and its folio bottom left, an odd one the issue and folio at the right. */
function furniture(page: number, copy: GazetteCopy, measure: Measure): Op[] {
  const even = page % 2 === 0;
  const head = even ? copy.gazette : copy.issue;
  const folio = `— ${page} —`;
  const headY = 20 * MM;
  const at = (text: string, face: Face, size: number) => (even ? LEFT + SIZE : RIGHT - SIZE - measure(face, size, text));
  return [
    { kind: 'text', face: 'sans', size: 10.5, x: at(head, 'sans', 10.5), y: headY, text: head },
    { kind: 'line', x1: LEFT, y1: headY + 16, x2: RIGHT, y2: headY + 16 },
    { kind: 'text', face: 'serif', size: 14, x: at(folio, 'serif', 14), y: BOTTOM + 7 * MM, text: folio },
  ];
}

/** The copy set by PDFKit, the contents paged by a first layout; fixed dates and ids make the bytes the same run to run. */
export function typesetPdfkit(copy: GazetteCopy): Promise<Uint8Array> {
  const date = new Date('2024-03-15T00:00:00Z');
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: date, ModDate: date, Producer: 'PDFKit', Creator: 'gongbao tests' } });
  for (const [name, [file, postscript]] of Object.entries(FONTS)) doc.registerFont(name, file, postscript);
  const measure: Measure = (face, size, text) => doc.font(face).fontSize(size).widthOfString(text);
  const first = layoutIssue(copy, measure, []);
  const { pages } = layoutIssue(copy, measure, first.starts);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  pages.forEach((page, k) => {
    doc.addPage({ size: 'A4', margin: 0 });
    const ops = k === 0 ? page.ops : [...furniture(k + 1, copy, measure), ...page.ops];
    for (const op of ops) {
      if (op.kind === 'text') doc.font(op.face).fontSize(op.size).text(op.text, op.x, op.y, { lineBreak: false, characterSpacing: op.spacing ?? 0 });
      else if (op.kind === 'line') doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(0.75).stroke();
      else doc.rect(op.x, op.y, op.w, op.h).fill('#000');
    }
  });
  doc.end();
  return done;
}

export const PDFKIT_PAGE = { width: PAGE_WIDTH, height: PAGE_HEIGHT, top: TOP, bottom: BOTTOM };
