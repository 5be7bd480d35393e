// The body lines of a gazette PDF (page furniture taken off, in reading order across pages) grouped into the blocks the
// print sets: centred titles joined over their lines; paragraphs started by a first-line indent, after a line that
// stops short of the right margin or by space beyond the leading, and run on across pages; and a change of size or
// face that starts a block of its own.
import type { PdfLine } from './lines.ts';
import { markerStyle, REGULATION_STYLES } from '../markers.ts';
import { isHeaderLine } from '../notice-headers.ts';
import { visualWidth } from '../text-shape.ts';
import { indentEms } from './spaces.ts';

/** Lines printed as one block. */
export interface PdfBlock {
  /** centred: a title, its lines set in the middle of the measure or larger than the body; paragraph: everything else. */
  kind: 'centred' | 'paragraph';
  lines: PdfLine[];
}

/** Where body lines start and end: the commonest left and right ends of body-size lines, and the body size. */
export interface Measure {
  left: number;
  right: number;
  size: number;
  /** The commonest distance from one body line's baseline to the next on a page: the leading inside a paragraph. */
  pitch?: number;
}

// How far, in ems, a line may start or end from the margin and still be at it.
const AT_MARGIN_EMS = 0.5;
// A first-line indent is about two characters; one and a half to three ems count.
const INDENT_EMS = [1.5, 3] as const;
// A centred line stands clear of the left margin and is equally far from both, within this many ems.
const CENTRED_EMS = 1;
// Type this much larger than the body's is display type: a title, whose lines run on however wide each one is.
const DISPLAY_RATIO = 1.15;
// Space this many ems beyond the leading parts two paragraphs (a style of space between, rather than an indent).
const PARAGRAPH_SPACE_EMS = 0.4;

/** The commonest value, rounded to whole points. */
function commonest(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

// A line start or end is one of the margins' when at least this share of the commonest one's lines share it.
const FREQUENT_SHARE = 1 / 4;

/**
 * The outermost of the frequent values, rounded to whole points: the margin, even where indented first lines
 * outnumber lines at the margin (an issue of one-line paragraphs) or ragged lines end short of it.
 */
function outermost(values: readonly number[], side: 'left' | 'right'): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const frequent = [...counts].filter(([, n]) => n >= Math.max(2, top * FREQUENT_SHARE)).map(([v]) => v);
  if (!frequent.length) return commonest(values);
  return side === 'left' ? Math.min(...frequent) : Math.max(...frequent);
}

/** The leading: the commonest step from one body line's baseline to the next body line's on the same page. */
function leading(body: readonly PdfLine[], size: number): number | undefined {
  const steps = body.slice(1).flatMap((l, k) => (l.page === body[k]!.page && l.baseline > body[k]!.baseline && l.baseline - body[k]!.baseline < 3 * size ? [l.baseline - body[k]!.baseline] : []));
  return steps.length ? commonest(steps) : undefined;
}

/** The body's measure: its commonest type size, the outermost frequent line starts and ends among lines of that size, and its leading. */
export function bodyMeasure(lines: readonly PdfLine[]): Measure {
  const size = commonest(lines.map((l) => l.sizes[0] ?? 0));
  const body = lines.filter((l) => Math.round(l.sizes[0] ?? 0) === size);
  const pitch = leading(body, size);
  return { left: outermost(body.map((l) => l.left), 'left'), right: outermost(body.map((l) => l.right), 'right'), size, ...(pitch !== undefined ? { pitch } : {}) };
}

const near = (a: number, b: number, ems: number, size: number) => Math.abs(a - b) <= ems * size;
const sizeOf = (line: PdfLine, m: Measure) => line.sizes[0] ?? m.size;
const sameSize = (a: PdfLine, b: PdfLine) => Math.round(a.sizes[0] ?? 0) === Math.round(b.sizes[0] ?? 0);

/**
 * True for a line set in the middle of the measure: equally far from both margins and further from the left than a
 * first-line indent, or a paragraph's first line set ragged would pass for one.
 */
export function isCentred(line: PdfLine, m: Measure): boolean {
  const size = sizeOf(line, m);
  return line.left - m.left > INDENT_EMS[1] * size && near(line.left - m.left, m.right - line.right, CENTRED_EMS, size);
}

/** True for a line set larger than the body: a title's, even where it fills the measure. */
export function isDisplay(line: PdfLine, m: Measure): boolean {
  return sizeOf(line, m) >= DISPLAY_RATIO * m.size;
}

// Where a line may not break (after UAX #14, as setters apply it): before closing punctuation, after opening
// brackets, on both sides of a quotation mark, and inside a Latin word or a number.
const CLOSING = /[，。、；：？！）》」』〕】…—·％,.;:?!)\]]/u;
const OPENING = /[（《「『〔【(\[]/u;
const QUOTE = /[“”‘’"]/u;
const WORD = /[A-Za-z0-9.%·]/u;
// Leeway, in ems, for the widths of Latin letters, which are reckoned at half an em each.
const LEAD_LEEWAY = 0.1;

function unbreakable(before: string, after: string): boolean {
  return CLOSING.test(after) || QUOTE.test(after) || OPENING.test(before) || QUOTE.test(before) || (WORD.test(before) && WORD.test(after));
}

/** Ems the line's first unbreakable piece needs: the characters up to its first break opportunity. */
function leadEms(text: string): number {
  const chars = [...text];
  let end = 1;
  while (end < chars.length && unbreakable(chars[end - 1]!, chars[end]!)) end++;
  return visualWidth(chars.slice(0, end).join(''));
}

/**
 * True when the line after `previous` carries on its paragraph: it starts at the margin, and `previous` fills the
 * measure, or (set ragged, without justification) stops short by less than the line's first piece would need.
 */
function continues(previous: PdfLine, line: PdfLine, m: Measure): boolean {
  if (!sameSize(previous, line)) return false;
  const size = sizeOf(line, m);
  // A line in another face (黑体 after 仿宋) is a heading or a label, not the paragraph's next line.
  if (previous.face !== line.face) return false;
  // The date and doc-number line stands alone, however it is set (centred, or wide and a little off centre).
  if (isHeaderLine(previous.text.trim()) || isHeaderLine(line.text.trim())) return false;
  // Space above the line beyond the leading parts it from the paragraph, as an indent would.
  if (m.pitch !== undefined && line.page === previous.page && line.baseline - previous.baseline > m.pitch + PARAGRAPH_SPACE_EMS * size) return false;
  const indent = indentEms(line, m.left);
  if (indent >= INDENT_EMS[0] && indent <= INDENT_EMS[1]) return false;
  if (!near(line.left, m.left, AT_MARGIN_EMS, size)) return false;
  const room = (m.right - previous.right) / size;
  if (room <= AT_MARGIN_EMS) return true;
  return room < leadEms(line.text.trimStart()) + LEAD_LEEWAY;
}

/** The body lines as blocks, in order. */
export function pdfBlocks(lines: readonly PdfLine[], m: Measure = bodyMeasure(lines)): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    const previous = last?.lines.at(-1);
    const centred = isCentred(line, m) || isDisplay(line, m);
    // A centred 第二章 or 第一节 heading is a block of its own, though the one above it is centred too.
    const chapter = REGULATION_STYLES.has(markerStyle(line.text.trim()) ?? 'title');
    if (centred && last?.kind === 'centred' && sameSize(previous!, line) && !chapter) {
      last.lines.push(line);
    } else if (!centred && last?.kind === 'paragraph' && continues(previous!, line, m)) {
      last.lines.push(line);
    } else {
      blocks.push({ kind: centred ? 'centred' : 'paragraph', lines: [line] });
    }
  }
  return blocks;
}
