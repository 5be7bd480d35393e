// Tables printed without rules, found stream-wise (after the "stream" reading of Camelot and Tabula): lines whose
// text stands apart in columns, the gutters left empty by every line of the group, cells as the lines of one column
// that follow each other at the leading, and rows as the cells whose lines overlap. Without them a borderless table
// reads across its columns and interleaves its cells.
import { ARTICLE, markerStyle, NOTE_ITEM } from '../markers.ts';
import { isHeaderLine } from '../notice-headers.ts';
import { visualWidth } from '../text-shape.ts';
import { pageLines, type PdfLine } from './lines.ts';
import type { GlyphRun } from './read-pdf.ts';
import { cellText, type PageTables, type PdfTable, type TableCell } from './tables.ts';

/** An x interval: a stretch of ink, or a gutter between columns. */
export type Span = [number, number];

// A gap this wide, in ems, may part two columns (cell padding and a rule's width: a fifth of an em in the narrowest
// tables). A table starts at a line drawn in pieces SEED_GUTTER_EMS apart or more, as a line of prose never is
// (justification spreads the glyphs of one piece, so gaps inside a piece say less).
const GUTTER_EMS = 0.15;
const SEED_GUTTER_EMS = 1;
// A table has three rows at least, or two across three columns or more (a header repeated over a continued row):
// two rows of two columns are as likely a pair of joint signatures and their dates.
const MIN_ROWS = 3;
const MIN_WIDE_ROWS = { rows: 2, columns: 3 };
// Lines of one cell follow each other at the cell's leading, within this share; a row's next cell is further down.
const LEADING_SHARE = 1.1;
// A table's next row starts at most this many ems below the line above (padding, rules and a centred cell's offset).
const ROW_STEP_EMS = 3;
// Contents leaders: a table of them is the contents, which their own reader takes.
const LEADERS = /[.·…]{3,}|…{2,}/u;

/**
 * Where each character of a run stands, from its x to the next one's: an ideograph or full-width sign an em, other
 * characters half an em, whitespace what the run's width leaves, all scaled to the run's width.
 */
export function glyphSpans(run: GlyphRun): { char: string; span: Span }[] {
  const chars = [...run.text];
  const ems = chars.map((c) => (/\s/u.test(c) ? 0 : visualWidth(c) / 2));
  const inked = ems.reduce((sum, w) => sum + w, 0) * run.size;
  const blanks = chars.filter((c) => /\s/u.test(c)).length;
  const blank = blanks && run.width > inked ? (run.width - inked) / blanks : 0;
  const scale = inked ? (run.width - blank * blanks) / inked : 0;
  let x = run.x;
  return chars.map((char, k) => {
    const width = /\s/u.test(char) ? blank : ems[k]! * run.size * scale;
    const span: Span = [x, x + width];
    x += width;
    return { char, span };
  });
}

/** The stretches of ink of a line, whitespace left out, joined where they touch. */
export function inkSpans(line: PdfLine): Span[] {
  const spans: Span[] = [];
  for (const run of line.runs) {
    for (const { char, span } of glyphSpans(run)) {
      if (/\s/u.test(char)) continue;
      const last = spans.at(-1);
      if (last && span[0] - last[1] <= 0.01) last[1] = Math.max(last[1], span[1]);
      else spans.push([...span]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

const size = (line: PdfLine) => line.sizes[0] ?? 0;

/** The gutters of a group of lines: the gaps of at least `ems` that no line's ink covers, left to right. */
export function gutters(lines: readonly PdfLine[], ems = GUTTER_EMS): Span[] {
  const ink = lines.flatMap((line) => inkSpans(line)).sort((a, b) => a[0] - b[0]);
  const widest = Math.max(...lines.map(size));
  const found: Span[] = [];
  let reach = ink[0]?.[1] ?? 0;
  for (const [from, to] of ink.slice(1)) {
    if (from - reach >= ems * widest) found.push([reach, from]);
    reach = Math.max(reach, to);
  }
  return found;
}

/** True for a line whose text stands in two places or more, apart by a gutter (the date and doc-number line aside). */
function gapped(line: PdfLine): boolean {
  return gutters([line]).length > 0 && !isHeaderLine(line.text.trim());
}

/**
 * True for a line drawn in pieces a wide gap apart, where a table may start: not a paragraph opened by its label and
 * a full-width space (第五条　…, 一、…, 1. …), which reads on as prose.
 */
function seeds(line: PdfLine): boolean {
  const wide = line.gaps.findIndex((gap) => gap >= SEED_GUTTER_EMS * size(line));
  if (wide < 0 || isHeaderLine(line.text.trim())) return false;
  const lead = line.runs.slice(0, wide + 1).map((run) => run.text).join('').trim();
  return !ARTICLE.test(`${lead}　…`) && !markerStyle(lead) && !NOTE_ITEM.test(lead);
}

/** The characters of a line's runs cut into one run per column, each glyph to the column its middle falls in. */
function columnRuns(line: PdfLine, edges: readonly number[]): GlyphRun[][] {
  const columns: GlyphRun[][] = edges.slice(1).map(() => []);
  for (const run of line.runs) {
    const glyphs = glyphSpans(run);
    const chars = glyphs.map((g) => g.char);
    let piece: { column: number; start: number } | undefined;
    const close = (end: number) => {
      if (!piece) return;
      const text = chars.slice(piece.start, end).join('');
      const x = glyphs[piece.start]!.span[0];
      if (text.trim()) columns[piece.column]!.push({ ...run, x, width: glyphs[end - 1]!.span[1] - x, text });
    };
    chars.forEach((c, k) => {
      const middle = (glyphs[k]!.span[0] + glyphs[k]!.span[1]) / 2;
      const column = Math.max(0, Math.min(columns.length - 1, edges.findIndex((x) => x > middle) - 1));
      // Whitespace goes with the piece it follows: it parts no columns of its own.
      if (piece && (piece.column === column || /\s/u.test(c))) return;
      close(k);
      piece = { column, start: k };
    });
    close(chars.length);
  }
  return columns;
}

interface Cell {
  column: number;
  lines: PdfLine[];
  top: number;
  bottom: number;
}

// Lines of one column closer than this, in ems, are one cell's however it is set: no leading is tighter.
const TIGHTEST_LEADING_EMS = 1.15;

/** The steps between baselines down each column, a line height or more (smaller ones are a centred cell's offset). */
function columnSteps(pieces: readonly PdfLine[][], em: number): number[] {
  return pieces.flatMap((column) => column.slice(1).map((line, k) => line.baseline - column[k]!.baseline)).filter((s) => s >= TIGHTEST_LEADING_EMS * em);
}

/**
 * The greatest step between baselines of one cell's lines: the smallest step down a column where some step is larger
 * by less than that step again (a row's padding and rules); else every line of a column is a cell of its own, the
 * steps rows or rows skipped by an empty cell.
 */
export function cellLeading(steps: readonly number[], em: number): number {
  const sorted = [...new Set(steps.map((s) => Math.round(s * 10) / 10))].sort((a, b) => a - b);
  const least = sorted.find((s) => sorted.some((t) => t > LEADING_SHARE * s && t < (2 - (LEADING_SHARE - 1)) * s));
  return least !== undefined ? least * LEADING_SHARE : TIGHTEST_LEADING_EMS * em;
}

/** The leading of table cells, by type size: what a page holds alone is too little for a table continued on it. */
export type Leadings = ReadonlyMap<number, number>;

/** The group's lines as a table: columns between the gutters, cells down each column, rows where cells overlap. */
function streamTable(lines: readonly PdfLine[], found: readonly Span[], page: number, leadings: Leadings | undefined, steps: Map<number, number[]>): PdfTable | undefined {
  if (lines.some((line) => LEADERS.test(line.text))) return undefined;
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const edges = [left - 1, ...found.map(([a, b]) => (a + b) / 2), right + 1];
  const pieces = edges.slice(1).map((): PdfLine[] => []);
  for (const line of lines) columnRuns(line, edges).forEach((runs, c) => runs.length && pieces[c]!.push(pageLines(runs)[0]!));
  const em = size(lines[0]!);
  const down = columnSteps(pieces, em);
  const leading = leadings?.get(em) ?? cellLeading(down, em);
  const cells: Cell[] = pieces.flatMap((column, c) => {
    const out: Cell[] = [];
    for (const line of column) {
      const last = out.at(-1);
      if (last && line.baseline - last.bottom <= leading) {
        last.lines.push(line);
        last.bottom = line.baseline;
      } else out.push({ column: c, lines: [line], top: line.baseline, bottom: line.baseline });
    }
    return out;
  });
  // Rows: cells whose baselines overlap, a little either way, are one row (a one-line cell centred beside a wrapped one).
  const slack = Math.max(...lines.map(size)) * 0.3;
  const rows: Cell[][] = [];
  for (const cell of [...cells].sort((a, b) => a.top - b.top)) {
    const row = rows.find((r) => r.some((o) => cell.top <= o.bottom + slack && cell.bottom >= o.top - slack));
    if (row) row.push(cell);
    else rows.push([cell]);
  }
  const columns = edges.length - 1;
  const enough = rows.length >= MIN_ROWS || (rows.length >= MIN_WIDE_ROWS.rows && columns >= MIN_WIDE_ROWS.columns);
  if (!enough) return undefined;
  // The contents, set as columns: a last column of page numbers alone.
  const last = rows.map((row) => row.filter((c) => c.column === edges.length - 2).map((c) => cellText(c.lines)).join(''));
  if (last.every((text) => /^\d+$/u.test(text))) return undefined;
  rows.sort((a, b) => Math.min(...a.map((c) => c.top)) - Math.min(...b.map((c) => c.top)));
  const tops = rows.map((row) => Math.min(...row.map((c) => c.top)) - size(lines[0]!));
  const bottom = Math.max(...lines.map((l) => l.baseline)) + size(lines[0]!) * 0.3;
  const tableCells: TableCell[] = rows.flatMap((row, r) =>
    edges.slice(1).map((_, column) => {
      const held = row.filter((c) => c.column === column).flatMap((c) => c.lines).sort((a, b) => a.baseline - b.baseline);
      return { row: r, column, rowSpan: 1, columnSpan: 1, lines: held, text: cellText(held) };
    }),
  );
  steps.set(em, [...(steps.get(em) ?? []), ...down]);
  return { page, columns: edges, rows: [...tops, bottom], cells: tableCells, gutters: [...found] };
}

/**
 * The tables printed without rules among a page's body lines (those outside its ruled tables), and the lines left.
 * A group starts at a line whose text stands in columns and takes the lines after it while some gutter stays open;
 * lines of one column just above its first such line or below its last (a wrapped cell) go with it.
 */
export function findUnruledTables({ tables, body }: PageTables, page: number, leadings?: Leadings, steps = new Map<number, number[]>()): PageTables {
  const found: PdfTable[] = [];
  const taken = new Set<PdfLine>();
  let k = 0;
  // The first line a table may take: none before the end of the one found last.
  let floor = 0;
  while (k < body.length) {
    if (!seeds(body[k]!)) {
      k++;
      continue;
    }
    const seed = body[k]!;
    const group = [seed];
    // Lines after the seed while a gutter stays open; the group ends at its last line that stands in columns.
    let lastGapped = k;
    for (let j = k + 1; j < body.length && size(body[j]!) === size(seed) && gutters([...group, body[j]!]).length; j++) {
      group.push(body[j]!);
      if (gapped(body[j]!)) lastGapped = j;
    }
    let end = lastGapped + 1;
    let lines = body.slice(k, end);
    // Below the last line in columns, lines of one column that keep the gutters open are its cells' wrapped lines
    // and the rows that follow, a row's height apart at most. Above the first, only a wrapped cell's lines at the
    // cells' leading: a caption or a paragraph's last line stands there; at the top of a page, a row continued.
    const em = size(seed);
    const lineSteps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline).filter((s) => s >= TIGHTEST_LEADING_EMS * em);
    const least = lineSteps.length ? Math.min(...lineSteps) : TIGHTEST_LEADING_EMS * em;
    const open = gutters(lines).length;
    const fits = (line: PdfLine, next: PdfLine, step: number) => size(line) === size(seed) && Math.abs(next.baseline - line.baseline) <= step && gutters([...lines, line]).length >= open;
    while (end < body.length && fits(body[end]!, body[end - 1]!, ROW_STEP_EMS * em)) end++;
    let start = k;
    while (start > floor && fits(body[start - 1]!, body[start]!, ROW_STEP_EMS * em)) start--;
    if (start > 0) {
      start = k;
      while (start > floor && fits(body[start - 1]!, body[start]!, LEADING_SHARE * least)) start--;
    }
    lines = body.slice(start, end);
    const table = lines.length > 1 ? streamTable(lines, gutters(lines), page, leadings, steps) : undefined;
    if (table) {
      found.push(table);
      for (const line of lines) taken.add(line);
      k = floor = end;
    } else k++;
  }
  if (!found.length) return { tables, body };
  return { tables: [...tables, ...found].sort((a, b) => a.rows[0]! - b.rows[0]!), body: body.filter((line) => !taken.has(line)) };
}

/**
 * The unruled tables of every page: read once to learn the cells' leading from all of them, then again with it, so
 * that a page holding only a header and a row continued reads its cells as the pages before it.
 */
export function findUnruledTablesOfPages(pages: readonly PageTables[]): PageTables[] {
  const steps = new Map<number, number[]>();
  pages.forEach((tables, page) => findUnruledTables(tables, page, undefined, steps));
  const leadings = new Map([...steps].map(([em, down]) => [em, cellLeading(down, em)]));
  return pages.map((tables, page) => findUnruledTables(tables, page, leadings));
}
