// The spaces a printed line had, read from the gaps between its runs: pdf.js drops every space glyph and guesses its own.
import type { PdfLine } from './lines.ts';

/** Below this many ems a gap between Latin or digit runs is kerning or tracking, no word space. */
export const WORD_SPACE_MIN = 0.2;
/** From this many ems a gap between Latin or digit runs is ideographic spaces: justification widens word spaces to about 0.9 em. */
export const WORD_SPACE_MAX = 1.5;
/** From this many ems a gap beside an ideograph is one U+3000; below, it is justification spread or the CJK–Latin spacing. */
export const IDEOGRAPHIC_SPACE_MIN = 0.75;

const IDEOGRAPHIC_SPACE = '\u3000';

/** One space put into a line's text where its runs leave a gap. */
export interface LayoutSpace {
  /** UTF-16 offset of the space in the spaced text. */
  column: number;
  /** One U+0020, or one U+3000 per em of the gap. */
  text: string;
  /** The gap in points and in ems of the larger size of the two runs beside it. */
  gap: number;
  ems: number;
}

/** A U+0020 that pdf.js put inside a run (for a gap of 0.102–0.6 em, pdf.js's own bounds) and that is left out. */
export interface DroppedSpace {
  /** UTF-16 offset of the space in the line's text (PdfLine.text). */
  column: number;
  reason: 'justification-or-cjk-spacing';
}

/** The line's text with the spaces layout shows, each space put, and each pdf.js space inside a run left out. */
export interface SpacedLine {
  text: string;
  spaces: LayoutSpace[];
  dropped: DroppedSpace[];
}

// A letter or digit of an alphabetic script, or ASCII punctuation: the characters word spaces stand between.
const LATIN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}!-/:-@[-`{-~]/u;

/** True when the characters on both sides of a space are Latin letters, digits or ASCII punctuation. */
function betweenLatin(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && LATIN.test(before) && LATIN.test(after);
}

/** The space a gap of `ems` stands for between `before` and `after`, or '' for none. */
export function spaceForGap(ems: number, before: string | undefined, after: string | undefined): string {
  if (betweenLatin(before, after) && ems < WORD_SPACE_MAX) return ems >= WORD_SPACE_MIN ? ' ' : '';
  return ems >= IDEOGRAPHIC_SPACE_MIN ? IDEOGRAPHIC_SPACE.repeat(Math.round(ems)) : '';
}

/**
 * A run's text with pdf.js's spaces inside it kept only between Latin letters or digits (a word space); between
 * ideographs they stand for justification spread or the spacing between CJK and Latin text, and are dropped.
 */
function runText(text: string, column: number, dropped: DroppedSpace[]): string {
  const chars = [...text];
  let kept = '';
  let offset = column;
  chars.forEach((char, k) => {
    if (char === ' ' && !betweenLatin(chars.slice(0, k).findLast((c) => c !== ' '), chars.slice(k + 1).find((c) => c !== ' '))) dropped.push({ column: offset, reason: 'justification-or-cjk-spacing' });
    else kept += char;
    offset += char.length;
  });
  return kept;
}

/**
 * The spaces of a line from its gaps: about n ems beside an ideograph are n U+3000; WORD_SPACE_MIN to WORD_SPACE_MAX
 * ems between Latin letters or digits is one U+0020; smaller gaps (kerning, justification spread) are none.
 */
export function spaceLine(line: PdfLine): SpacedLine {
  const spaces: LayoutSpace[] = [];
  const dropped: DroppedSpace[] = [];
  let text = '';
  let column = 0;
  line.runs.forEach((run, k) => {
    if (k > 0) {
      const previous = line.runs[k - 1]!;
      const gap = line.gaps[k - 1]!;
      const ems = gap / Math.max(previous.size, run.size);
      const space = spaceForGap(ems, [...text.trimEnd()].at(-1), [...run.text.trimStart()][0]);
      if (space !== '') {
        spaces.push({ column: text.length, text: space, gap, ems });
        text += space;
      }
    }
    text += runText(run.text, column, dropped);
    column += run.text.length;
  });
  return { text, spaces, dropped };
}

/** Two texts of one table cell joined where the print wraps: with a space between Latin words, with nothing beside an ideograph. */
export function joinWrapped(before: string, after: string): string {
  const space = before !== '' && after !== '' && betweenLatin([...before].at(-1), [...after][0]);
  return space ? `${before} ${after}` : before + after;
}

/** How far the line starts right of `margin`, in ems of its first run's size: about 2 for a paragraph's first line. */
export function indentEms(line: PdfLine, margin: number): number {
  return (line.left - margin) / line.runs[0]!.size;
}
