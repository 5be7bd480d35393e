// Ruled tables of a page, lattice-wise (after pdfplumber's table finder): rules snapped and joined, their
// intersections found, cells the smallest rectangles with an intersection at each corner, and every glyph run inside
// a table given to the cell that holds it. Tables continued over a page break are joined row by row.
import { pageLines, type PdfLine } from './lines.ts';
import type { GlyphRun } from './read-pdf.ts';
import type { Rule } from './rules.ts';
import { joinWrapped, spaceLine } from './spaces.ts';

/** Rules this many points apart across them are one rule; collinear rules this far apart along them are joined. */
export const SNAP = 3;

/** A cell of a table: where it stands in the grid, how many rows and columns it spans, its lines and its text. */
export interface TableCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  /** The parts of the page's lines inside the cell, top to bottom. */
  lines: PdfLine[];
  /** The lines' spaced texts joined where the print wraps them. */
  text: string;
}

/** A ruled table on one page: the x of its column edges and the y of its row edges, left to right and top down, and its cells. */
export interface PdfTable {
  page: number;
  columns: number[];
  rows: number[];
  cells: TableCell[];
  /** For a table printed without rules, the empty stretches its columns stand apart by: its edges are their middles. */
  gutters?: [number, number][];
}

/** A row of a table as the text form writes it: a text per column ('' where a cell spanning it starts left or above), and its lines. */
export interface TableRow {
  cells: string[];
  page: number;
  /** The baseline of its topmost line; the row's bottom edge for a row without text. */
  baseline: number;
  lines: PdfLine[];
}

/** A page's tables and its lines outside them (a line crossing a table's edge keeps the runs outside it). */
export interface PageTables {
  tables: PdfTable[];
  body: PdfLine[];
}

/** Rules of one direction snapped to common positions and joined where they touch or nearly do. */
function snapRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  const groups: Rule[][] = [];
  for (const rule of sorted) {
    const last = groups.at(-1);
    if (last && rule.at - last.at(-1)!.at <= SNAP) last.push(rule);
    else groups.push([rule]);
  }
  return groups.flatMap((group) => {
    const at = group.reduce((sum, r) => sum + r.at, 0) / group.length;
    const joined: Rule[] = [];
    for (const rule of [...group].sort((a, b) => a.from - b.from)) {
      const last = joined.at(-1);
      if (last && rule.from <= last.to + SNAP) last.to = Math.max(last.to, rule.to);
      else joined.push({ direction: rule.direction, at, from: rule.from, to: rule.to });
    }
    return joined;
  });
}

/**
 * Horizontal rules closing a table the page break leaves open: where two vertical rules or more end at one height
 * with no horizontal rule across them there (Chromium draws no border where it cuts a row), one is put across them.
 */
function closeOpenEnds(horizontal: readonly Rule[], vertical: readonly Rule[]): Rule[] {
  const closing: Rule[] = [];
  for (const end of ['from', 'to'] as const) {
    const sorted = [...vertical].sort((a, b) => a[end] - b[end]);
    const groups: Rule[][] = [];
    for (const rule of sorted) {
      const last = groups.at(-1);
      if (last && rule[end] - last[0]![end] <= SNAP) last.push(rule);
      else groups.push([rule]);
    }
    for (const group of groups) {
      if (group.length < 2) continue;
      const at = group[0]![end];
      const from = Math.min(...group.map((r) => r.at));
      const to = Math.max(...group.map((r) => r.at));
      const closed = horizontal.some((h) => Math.abs(h.at - at) <= SNAP && h.from <= from + SNAP && h.to >= to - SNAP);
      if (!closed) closing.push({ direction: 'horizontal', at, from, to });
    }
  }
  return closing;
}

interface Corner {
  x: number;
  y: number;
  horizontal: Set<number>;
  vertical: Set<number>;
}

/** Where horizontal and vertical rules cross or meet, each point with the rules through it. */
function intersections(horizontal: readonly Rule[], vertical: readonly Rule[]): Map<string, Corner> {
  const corners = new Map<string, Corner>();
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (v.at < h.from - SNAP || v.at > h.to + SNAP || h.at < v.from - SNAP || h.at > v.to + SNAP) return;
      const key = `${v.at},${h.at}`;
      const corner = corners.get(key) ?? { x: v.at, y: h.at, horizontal: new Set<number>(), vertical: new Set<number>() };
      corner.horizontal.add(i);
      corner.vertical.add(j);
      corners.set(key, corner);
    });
  });
  return corners;
}

const shares = (a: ReadonlySet<number>, b: ReadonlySet<number>) => [...a].some((k) => b.has(k));

/** The cells: for each corner, the smallest rectangle down and right of it with connected corners at all four ends. */
function findCells(corners: Map<string, Corner>): { left: number; top: number; right: number; bottom: number }[] {
  const points = [...corners.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  const cells: { left: number; top: number; right: number; bottom: number }[] = [];
  for (const p of points) {
    const below = points.filter((q) => q.x === p.x && q.y > p.y && shares(p.vertical, q.vertical));
    const right = points.filter((q) => q.y === p.y && q.x > p.x && shares(p.horizontal, q.horizontal));
    found: for (const b of below) {
      for (const r of right) {
        const corner = corners.get(`${r.x},${b.y}`);
        if (corner && shares(corner.vertical, r.vertical) && shares(corner.horizontal, b.horizontal)) {
          cells.push({ left: p.x, top: p.y, right: r.x, bottom: b.y });
          break found;
        }
      }
    }
  }
  return cells;
}

type Box = { left: number; top: number; right: number; bottom: number };

/** Cells grouped into tables: cells sharing a corner belong to one table. */
function groupCells(cells: readonly Box[]): Box[][] {
  const parent = cells.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  const byCorner = new Map<string, number>();
  cells.forEach((cell, k) => {
    for (const key of [`${cell.left},${cell.top}`, `${cell.right},${cell.top}`, `${cell.left},${cell.bottom}`, `${cell.right},${cell.bottom}`]) {
      const other = byCorner.get(key);
      if (other === undefined) byCorner.set(key, k);
      else parent[root(k)] = root(other);
    }
  });
  const groups = new Map<number, Box[]>();
  cells.forEach((cell, k) => groups.set(root(k), [...(groups.get(root(k)) ?? []), cell]));
  return [...groups.values()];
}

/** The pieces of a run cut where a column edge falls inside it, each character's share of the width taken as even. */
function cutRun(run: GlyphRun, edges: readonly number[]): GlyphRun[] {
  const chars = [...run.text];
  const share = run.width / Math.max(chars.length, 1);
  const inside = edges.filter((x) => x > run.x + share / 2 && x < run.x + run.width - share / 2);
  if (inside.length === 0 || chars.length < 2) return [run];
  const pieces: GlyphRun[] = [];
  let start = 0;
  for (const edge of [...inside, Infinity]) {
    const end = edge === Infinity ? chars.length : Math.round((edge - run.x) / share);
    if (end > start) pieces.push({ ...run, x: run.x + share * start, width: share * (end - start), text: chars.slice(start, end).join('') });
    start = Math.max(start, end);
  }
  return pieces;
}

/** The text of a cell's lines: each spaced from its gaps, joined where the print wraps. */
export function cellText(lines: readonly PdfLine[]): string {
  return lines.map((line) => spaceLine(line).text.trim()).reduce(joinWrapped, '');
}

// A glyph stands this far above its baseline, in ems, at its middle: the point that says which cell holds it.
const MIDDLE_EMS = 0.35;

/**
 * The ruled tables of one page and the lines left outside them. A table has two columns at least: a ruled box
 * around one column of text is a frame, and its lines stay body lines.
 */
export function findTables(rules: readonly Rule[], lines: readonly PdfLine[], page: number): PageTables {
  const vertical = snapRules(rules.filter((r) => r.direction === 'vertical'));
  const drawn = snapRules(rules.filter((r) => r.direction === 'horizontal'));
  const horizontal = snapRules([...drawn, ...closeOpenEnds(drawn, vertical)]);
  const grids = groupCells(findCells(intersections(horizontal, vertical)))
    .map((cells) => ({ cells, columns: [...new Set(cells.flatMap((c) => [c.left, c.right]))].sort((a, b) => a - b), rows: [...new Set(cells.flatMap((c) => [c.top, c.bottom]))].sort((a, b) => a - b) }))
    .filter((grid) => grid.columns.length >= 3)
    .sort((a, b) => a.rows[0]! - b.rows[0]!);
  const held = grids.map((grid) => grid.cells.map((): GlyphRun[] => []));
  const body: PdfLine[] = [];
  for (const line of lines) {
    const left: GlyphRun[] = [];
    for (const run of line.runs) {
      const y = run.y - MIDDLE_EMS * run.size;
      const g = grids.findIndex((grid) => y > grid.rows[0]! && y < grid.rows.at(-1)! && run.x + run.width > grid.columns[0]! && run.x < grid.columns.at(-1)!);
      if (g < 0) {
        left.push(run);
        continue;
      }
      for (const piece of cutRun(run, grids[g]!.columns)) {
        const x = piece.x + piece.width / 2;
        const c = grids[g]!.cells.findIndex((cell) => x > cell.left && x < cell.right && y > cell.top && y < cell.bottom);
        if (c < 0) left.push(piece);
        else held[g]![c]!.push(piece);
      }
    }
    if (left.length === line.runs.length) body.push(line);
    else if (left.length) body.push(...pageLines(left));
  }
  const tables = grids.map((grid, g): PdfTable => ({
    page,
    columns: grid.columns,
    rows: grid.rows,
    cells: grid.cells.map((cell, c) => {
      const cellLines = pageLines(held[g]![c]!);
      const column = grid.columns.indexOf(cell.left);
      const row = grid.rows.indexOf(cell.top);
      return { row, column, rowSpan: grid.rows.indexOf(cell.bottom) - row, columnSpan: grid.columns.indexOf(cell.right) - column, lines: cellLines, text: cellText(cellLines) };
    }),
  }));
  return { tables, body };
}

/** The rows of a table as the text form writes them: one text per column, the text of a spanning cell in its first row and column. */
export function tableRows(table: PdfTable): TableRow[] {
  return table.rows.slice(0, -1).map((_, row) => {
    const starting = table.cells.filter((cell) => cell.row === row);
    const cells = table.columns.slice(0, -1).map((_, column) => starting.find((cell) => cell.column === column)?.text ?? '');
    const lines = starting.sort((a, b) => a.column - b.column).flatMap((cell) => cell.lines);
    const baseline = lines.length ? Math.min(...lines.map((l) => l.baseline)) : table.rows[row + 1]!;
    return { cells, page: table.page, baseline, lines };
  });
}

/**
 * True when two tables have the same columns, so that the second may continue the first on the next page: the same
 * edges within SNAP where rules draw them, gutters that overlap one by one where none are drawn.
 */
export function sameColumns(a: PdfTable, b: PdfTable): boolean {
  if (a.columns.length !== b.columns.length) return false;
  if (a.gutters && b.gutters) return a.gutters.every(([from, to], k) => from <= b.gutters![k]![1] && to >= b.gutters![k]![0]);
  return !a.gutters && !b.gutters && a.columns.every((x, k) => Math.abs(x - b.columns[k]!) <= SNAP);
}

// Two header rows repeat each other when their cells read the same whitespace aside.
const headerKey = (cells: readonly string[]) => cells.map((c) => c.replace(/\s/gu, '')).join('\t');

/** A table's rows and the header rows repeated at the top of its continuations, dropped, with the page each stood on. */
export interface JoinedTable {
  rows: TableRow[];
  repeatedHeaders: TableRow[];
}

/**
 * The rows of a table continued over page breaks (`parts`, one per page, with the same columns): a continuation's
 * first row repeating the header is dropped, and a row cut by the break (its first cell empty on the new page) is
 * joined back into the row it continues, cell by cell.
 */
export function joinTable(parts: readonly PdfTable[]): JoinedTable {
  const rows: TableRow[] = [];
  const repeatedHeaders: TableRow[] = [];
  parts.forEach((part, k) => {
    const partRows = tableRows(part);
    if (k > 0 && partRows.length && headerKey(partRows[0]!.cells) === headerKey(rows[0]!.cells)) repeatedHeaders.push(partRows.shift()!);
    const first = partRows[0];
    const last = rows.at(-1);
    if (k > 0 && first && last && first.cells[0] === '' && rows.length > 1) {
      partRows.shift();
      rows[rows.length - 1] = { ...last, cells: last.cells.map((text, c) => joinWrapped(text, first.cells[c]!)), lines: [...last.lines, ...first.lines] };
    }
    rows.push(...partRows);
  });
  return { rows, repeatedHeaders };
}
