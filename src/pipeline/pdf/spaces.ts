// The spaces a printed line had, read from the gaps between its runs: pdf.js drops every space glyph and guesses its own.
import type { PdfLine } from './lines.ts';

/** Below this many ems a gap between Latin or digit runs is kerning or tracking, no word space. */
export const WORD_SPACE_MIN = 0.2;
/** From this many ems a gap between Latin or digit runs is ideographic spaces: justification widens word spaces to about 0.9 em. */
export const WORD_SPACE_MAX = 1.5;
/** From this many ems a gap beside an ideograph is one U+3000; from WORD_SPACE_MIN, one U+0020 unless the line is spread. */
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
  /**
   * justification: the line is spread and its spaces beside ideographs are the spread; punctuation: the blank half of a
   * full-width sign; autospace: the gap setters put between an ideograph and a Latin letter or digit (2023 年);
   * repeated: a space after a space, or at the line's start.
   */
  reason: 'justification' | 'punctuation' | 'autospace' | 'repeated';
}

/** The line's text with the spaces layout shows, each space put, and each pdf.js space inside a run that was left out. */
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

/**
 * True where an ideograph meets a Latin letter or digit: Word, LibreOffice and CSS text-autospace set a gap there (a
 * quarter em or less) that is no character, and a space the source had there looks the same.
 */
function betweenScripts(before: string | undefined, after: string | undefined): boolean {
  const ideograph = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
  const latin = (c: string | undefined) => c !== undefined && LATIN.test(c);
  return (ideograph(before) && latin(after)) || (latin(before) && ideograph(after));
}

/** The space a gap of `ems` stands for between `before` and `after` on a line spread or not, or '' for none. */
export function spaceForGap(ems: number, before: string | undefined, after: string | undefined, spread = false): string {
  if (betweenLatin(before, after) && ems < WORD_SPACE_MAX) return ems >= WORD_SPACE_MIN ? ' ' : '';
  if (ems >= IDEOGRAPHIC_SPACE_MIN) return IDEOGRAPHIC_SPACE.repeat(Math.round(ems));
  if (betweenScripts(before, after)) return '';
  return ems >= WORD_SPACE_MIN && !spread && !besideSign(before, after) ? ' ' : '';
}

// Full-width punctuation carries its own blank half; a gap beside it is that half or the spread, never a space.
const FULL_WIDTH_SIGN = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;

function besideSign(before: string | undefined, after: string | undefined): boolean {
  return (before !== undefined && FULL_WIDTH_SIGN.test(before)) || (after !== undefined && FULL_WIDTH_SIGN.test(after));
}

// A line whose spaces beside ideographs stand between this share of its characters or more is spread out by
// justification or letter spacing (上 。 新 一 代): those spaces are layout. Fewer stand where the print has a space
// of its own: after a name in a roster (唐 毅 市委编办), between a date and its doc number, around a number (改造 270 个).
const SPREAD_SHARE = 1 / 3;
const SPREAD_MIN = 3;

/**
 * True when a space stands between two Latin characters that each stand alone (1 4 7 1 . 5, R E I T s): on a spread
 * line that is the letter spacing of a word or number, not a word space, which stands between words of two or more.
 */
function lettersSpread(left: string, right: string): boolean {
  const l = [...left.trimEnd()];
  const r = [...right.trimStart()];
  const alone = (c: string | undefined, beside: string | undefined) => c !== undefined && LATIN.test(c) && !(beside !== undefined && LATIN.test(beside));
  return alone(l.at(-1), l.at(-2)) && alone(r[0], r[1]);
}

/**
 * The spaces that may be spread: beside an ideograph or a full-width sign, or between Latin characters standing alone;
 * those pdf.js put inside the line's runs and the gaps between them.
 */
function spreadableSpaceCount(line: PdfLine): { spaces: number; chars: number } {
  let spaces = 0;
  let chars = 0;
  line.runs.forEach((run, k) => {
    if (k === 0) return;
    const ems = line.gaps[k - 1]! / Math.max(line.runs[k - 1]!.size, run.size);
    const before = line.runs[k - 1]!.text;
    if (ems >= WORD_SPACE_MIN && ems < IDEOGRAPHIC_SPACE_MIN && (!betweenLatin([...before].at(-1), [...run.text][0]) || lettersSpread(before, run.text))) spaces++;
  });
  for (const run of line.runs) {
    const c = [...run.text];
    c.forEach((char, k) => {
      if (char !== ' ') chars++;
      else if (!betweenLatin(c.slice(0, k).findLast((x) => x !== ' '), c.slice(k + 1).find((x) => x !== ' ')) || lettersSpread(c.slice(0, k).join(''), c.slice(k + 1).join(''))) spaces++;
    });
  }
  return { spaces, chars };
}

/** Why the pdf.js space at `chars[k]` is left out, or undefined where it is kept; `written` is the line's text so far. */
function droppedReason(chars: readonly string[], k: number, spread: boolean, rawBefore: string, written: string): DroppedSpace['reason'] | undefined {
  const previous = chars.slice(0, k).findLast((c) => c !== ' ');
  const next = chars.slice(k + 1).find((c) => c !== ' ');
  const latin = betweenLatin(previous, next) && !(spread && lettersSpread(rawBefore + chars.slice(0, k).join(''), chars.slice(k + 1).join('')));
  if (!latin && (spread || besideSign(previous, next))) return spread ? 'justification' : 'punctuation';
  if (betweenScripts(previous, next)) return 'autospace';
  if (/^$|\s$/u.test(written)) return 'repeated';
  return undefined;
}

/**
 * A run's text with pdf.js's spaces inside it: kept between Latin letters or digits (a word space) unless the line
 * spreads them apart one by one, and beside an ideograph unless the line is spread, where they stand for the spread
 * and are left out.
 */
function runText(text: string, column: number, spread: boolean, before: string, rawBefore: string, dropped: DroppedSpace[]): string {
  const chars = [...text];
  let kept = '';
  let offset = column;
  chars.forEach((char, k) => {
    const reason = char === ' ' ? droppedReason(chars, k, spread, rawBefore, before + kept) : undefined;
    if (reason) dropped.push({ column: offset, reason });
    else kept += char;
    offset += char.length;
  });
  return kept;
}

/**
 * The spaces of a line from its gaps: about n ems beside an ideograph are n U+3000, and from WORD_SPACE_MIN one U+0020
 * unless the line is spread; WORD_SPACE_MIN to WORD_SPACE_MAX ems between Latin letters or digits is one U+0020;
 * smaller gaps (kerning, justification spread) are none.
 */
export function spaceLine(line: PdfLine): SpacedLine {
  const spaces: LayoutSpace[] = [];
  const dropped: DroppedSpace[] = [];
  let text = '';
  let column = 0;
  const count = spreadableSpaceCount(line);
  const spread = count.spaces >= SPREAD_MIN && count.spaces >= SPREAD_SHARE * (count.chars - 1);
  line.runs.forEach((run, k) => {
    if (k > 0) {
      const previous = line.runs[k - 1]!;
      const gap = line.gaps[k - 1]!;
      const ems = gap / Math.max(previous.size, run.size);
      const space = /\s$/u.test(text) || (spread && lettersSpread(previous.text, run.text)) ? '' : spaceForGap(ems, [...text.trimEnd()].at(-1), [...run.text.trimStart()][0], spread);
      if (space !== '') {
        spaces.push({ column: text.length, text: space, gap, ems });
        text += space;
      }
    }
    text += runText(run.text, column, spread, text, line.runs[k - 1]?.text ?? '', dropped);
    column += run.text.length;
  });
  return { text, spaces, dropped };
}

// Letters of an alphabetic script: a wrap between two of them stands where a word space was; a narrow cell breaks a
// number (15|00) anywhere, so a wrap beside a digit stands for nothing.
const LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Two texts joined where the print wraps: with a space between Latin words, with nothing beside an ideograph or in a number. */
export function joinWrapped(before: string, after: string): string {
  const a = [...before].at(-1);
  const b = [...after][0];
  const space = a !== undefined && b !== undefined && LETTER.test(a) && LETTER.test(b);
  return space ? `${before} ${after}` : before + after;
}

/** How far the line starts right of `margin`, in ems of its first run's size: about 2 for a paragraph's first line. */
export function indentEms(line: PdfLine, margin: number): number {
  return (line.left - margin) / line.runs[0]!.size;
}
