// Page furniture of a gazette PDF: running heads and folios told from the body, and the printed page each folio gives.
import type { PdfLine } from './lines.ts';

/** One page for furniture finding: its displayed height in points (as PdfPage gives it) and its lines, top to bottom. */
export interface FurniturePage {
  height: number;
  lines: readonly PdfLine[];
}

/**
 * Why a line is furniture: a running head repeats on the pages; a folio prints the page's number; a table header
 * is printed again at the top of a table's continuation on the next page.
 */
export type FurnitureReason = 'running-head' | 'folio' | 'table-header';

/** A line of furniture, with the 0-based PDF index of its page. */
export interface FurnitureLine {
  page: number;
  line: PdfLine;
  reason: FurnitureReason;
}

/** A page whose printed number is not the one the folio before it leads to. */
export interface FolioJump {
  /** 0-based PDF index of the page. */
  page: number;
  printed: number;
  /** The previous folio's number plus the pages between them. */
  expected: number;
}

/** What furniture finding gives: every input line is in `body` or in `furniture`, never both, never neither. */
export interface PdfFurniture {
  /** The number each page's folio prints (or its running head, where the folio stands in it), by PDF page index; undefined for a page without one. */
  printedPages: (number | undefined)[];
  furniture: FurnitureLine[];
  /** Each page's lines that are not furniture, in their order. */
  body: PdfLine[][];
  /** Where the printed numbers do not rise by one page to page. */
  folioJumps: FolioJump[];
}

/** The thresholds; the defaults fit A4 gazettes with margins of 25–30 mm. */
export interface FurnitureOptions {
  /** The top and bottom bands, as fractions of the page height measured at the baseline. Default 0.1. */
  band?: number;
  /** How far, in ems of a line's largest size, a repeat may stand from the first place it was seen. Default 0.5. */
  positionTolerance?: number;
}

const DEFAULT_BAND = 0.1;
const DEFAULT_POSITION_TOLERANCE = 0.5;

// A folio alone on its line: `— 3 —`, `-3-`, `3`, `第3页`; whitespace is removed before matching.
const DASHES = '[-‐‑‒–—―−－─]';
const FOLIO = new RegExp(`^(?:${DASHES}*([0-9０-９]+)${DASHES}*|第([0-9０-９]+)页)$`, 'u');

/** A line's text without whitespace, ASCII and full-width digits read as ASCII. */
function plainText(line: PdfLine): string {
  return line.text.replace(/\s/gu, '').replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

/** The number a folio line prints, or undefined for a line that is not a folio. */
export function folioNumber(line: PdfLine): number | undefined {
  const match = FOLIO.exec(plainText(line));
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? undefined : Number(digits);
}

/** How wide a gap, in ems of the line's largest size, parts a folio from the running head it shares a baseline with. */
const HEAD_FOLIO_GAP = 1;

/** The number a running head prints at either end, parted from the rest by a wide gap: `柳州市人民政府公报    3`. */
export function headFolioNumber(line: PdfLine): number | undefined {
  const wide = HEAD_FOLIO_GAP * (line.sizes[0] ?? 0);
  const cuts = line.gaps.flatMap((gap, k) => (gap >= wide ? [k + 1] : []));
  if (cuts.length === 0) return undefined;
  const part = (from: number, to: number) => ({ ...line, text: line.runs.slice(from, to).map((run) => run.text).join('') });
  return folioNumber(part(cuts.at(-1)!, line.runs.length)) ?? folioNumber(part(0, cuts[0]!));
}

/** The text a running head keeps from page to page: digits masked, since issues and dates change. */
export function headKey(line: PdfLine): string {
  return plainText(line).replace(/[0-9]+/gu, '#');
}

type Band = 'top' | 'bottom';

/** The band a line's baseline stands in, if any. */
function bandOf(line: PdfLine, height: number, band: number): Band | undefined {
  if (line.baseline <= height * band) return 'top';
  if (line.baseline >= height * (1 - band)) return 'bottom';
  return undefined;
}

/** True when two lines stand at about the same place: same baseline, and the same left edge, right edge or centre. */
function samePlace(a: PdfLine, b: PdfLine, tolerance: number): boolean {
  const limit = tolerance * Math.max(a.sizes[0] ?? 0, b.sizes[0] ?? 0, 1);
  const near = (x: number, y: number) => Math.abs(x - y) <= limit;
  return near(a.baseline, b.baseline) && (near(a.left, b.left) || near(a.right, b.right) || near((a.left + a.right) / 2, (b.left + b.right) / 2));
}

/** True when lines seen on `pages` repeat enough: on at least half of all pages, or of the odd or of the even pages; twice at least. */
function repeats(pages: ReadonlySet<number>, pageCount: number): boolean {
  if (pages.size < 2) return false;
  const even = [...pages].filter((page) => page % 2 === 0).length;
  const odd = pages.size - even;
  return pages.size * 2 >= pageCount || even * 2 >= Math.ceil(pageCount / 2) || odd * 2 >= Math.floor(pageCount / 2);
}

interface Candidate {
  page: number;
  index: number;
  line: PdfLine;
}

/**
 * Each page's folio, as the index of its line: folio-shaped lines of the top or bottom band, taken from the band where
 * they repeat on enough pages (the bottom when both do), the outermost one where a page has two.
 */
function findFolios(pages: readonly FurniturePage[], band: number): Map<number, number> {
  const byBand: Record<Band, Candidate[]> = { top: [], bottom: [] };
  pages.forEach(({ height, lines }, page) => {
    lines.forEach((line, index) => {
      const where = bandOf(line, height, band);
      if (where && folioNumber(line) !== undefined) byBand[where].push({ page, index, line });
    });
  });
  const chosen = (['bottom', 'top'] as const).find((where) => repeats(new Set(byBand[where].map(({ page }) => page)), pages.length));
  const folios = new Map<number, number>();
  if (!chosen) return folios;
  for (const { page, index, line } of byBand[chosen]) {
    const held = folios.get(page);
    const outer = held === undefined || (chosen === 'bottom' ? line.baseline > pages[page]!.lines[held]!.baseline : line.baseline < pages[page]!.lines[held]!.baseline);
    if (outer) folios.set(page, index);
  }
  return folios;
}

/** The lines of the top band that repeat, digits masked, at about one place (or one place per side) on enough pages. */
function findRunningHeads(pages: readonly FurniturePage[], band: number, tolerance: number): Set<PdfLine> {
  const groups: { key: string; first: PdfLine; members: Candidate[] }[] = [];
  pages.forEach(({ height, lines }, page) => {
    lines.forEach((line, index) => {
      if (bandOf(line, height, band) !== 'top') return;
      const key = headKey(line);
      if (key === '') return;
      const group = groups.find((g) => g.key === key && samePlace(g.first, line, tolerance));
      if (group) group.members.push({ page, index, line });
      else groups.push({ key, first: line, members: [{ page, index, line }] });
    });
  });
  const heads = new Set<PdfLine>();
  for (const { members } of groups) {
    if (repeats(new Set(members.map(({ page }) => page)), pages.length)) for (const { line } of members) heads.add(line);
  }
  return heads;
}

/**
 * The printed pages of a document whose folios stand in its running heads, by PDF page index: taken only when they
 * change from page to page (a year at the end of every head is no folio).
 */
function headFolios(pages: readonly FurniturePage[], heads: ReadonlySet<PdfLine>): (number | undefined)[] {
  const numbers = pages.map(({ lines }) => lines.filter((line) => heads.has(line)).map(headFolioNumber).find((n) => n !== undefined));
  return new Set(numbers.filter((n) => n !== undefined)).size > 1 ? numbers : pages.map(() => undefined);
}

/** The pages whose printed number is not the previous folio's plus the pages between them. */
function findJumps(printedPages: readonly (number | undefined)[]): FolioJump[] {
  const jumps: FolioJump[] = [];
  let previous: { page: number; printed: number } | undefined;
  printedPages.forEach((printed, page) => {
    if (printed === undefined) return;
    if (previous && printed !== previous.printed + (page - previous.page)) jumps.push({ page, printed, expected: previous.printed + (page - previous.page) });
    previous = { page, printed };
  });
  return jumps;
}

/**
 * The furniture of a PDF's pages: folios and running heads, a line that is both (a top folio repeats, digits masked)
 * being a folio. A document without folios of their own may print them in its running heads, after a wide gap.
 * A line outside the bands is always body, whatever it looks like.
 */
export function findPdfFurniture(pages: readonly FurniturePage[], options: FurnitureOptions = {}): PdfFurniture {
  const band = options.band ?? DEFAULT_BAND;
  const tolerance = options.positionTolerance ?? DEFAULT_POSITION_TOLERANCE;
  const folios = findFolios(pages, band);
  const heads = findRunningHeads(pages, band, tolerance);
  const furniture: FurnitureLine[] = [];
  const body = pages.map(({ lines }, page) =>
    lines.filter((line, index) => {
      const reason: FurnitureReason | undefined = folios.get(page) === index ? 'folio' : heads.has(line) ? 'running-head' : undefined;
      if (reason) furniture.push({ page, line, reason });
      return !reason;
    }),
  );
  const printedPages = folios.size > 0 ? pages.map((_, page) => {
    const index = folios.get(page);
    return index === undefined ? undefined : folioNumber(pages[page]!.lines[index]!);
  }) : headFolios(pages, heads);
  return { printedPages, furniture, body, folioJumps: findJumps(printedPages) };
}
