// Seed text to numbered lines: invisible characters taken out and surrounding spaces trimmed, each recorded as dropped.
import type { Drop, DropReason } from './fidelity-record.ts';

/** One line of a seed: its 1-based number and its text without invisible characters and surrounding spaces. */
export interface Line {
  no: number;
  text: string;
  /** Column, in the line without its invisible characters, where `text` starts (leading spaces trimmed before it). */
  offset: number;
  /** Columns of the line without its invisible characters where one was taken out (repeated for a run); absent when none. */
  invisible?: readonly number[];
}

// Default-ignorable code points (zero-width spaces and joiners, word joiner, BOM, direction marks, soft hyphen …),
// except variation selectors, which choose an ideograph's glyph and stay with it.
const INVISIBLE_ONE = /(?![\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}])\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE = new RegExp(INVISIBLE_ONE.source, 'gu');
const BLANK = /^[ \t\u3000\u00a0]*$/;
// Spaces, not tabs: a leading tab is an empty table cell.
const EDGE_SPACES = /^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g;

/** True when the text holds a character that `splitLines` takes out. */
function holdsInvisible(text: string): boolean {
  return INVISIBLE_ONE.test(text);
}

/** The column of the raw line that a column of the visible line stands at. */
function rawColumn(visible: number, invisible: readonly number[] | undefined): number {
  if (!invisible) return visible;
  let raw = visible;
  for (const at of invisible) if (at <= visible) raw++;
  return raw;
}

/** The drops of a span of the visible line, cut where invisible characters were taken out, so each stands whole in the raw line. */
function rawDrops(no: number, invisible: readonly number[] | undefined, column: number, text: string, reason: DropReason): Drop[] {
  const cuts = [...new Set(invisible ?? [])].filter((at) => at > column && at < column + text.length);
  const starts = [column, ...cuts];
  return starts.map((start, k) => ({ line: no, column: rawColumn(start, invisible), text: text.slice(start - column, (starts[k + 1] ?? column + text.length) - column), reason }));
}

/** A raw line without its invisible characters, each recorded as dropped, and where they were. */
function withoutInvisible(no: number, rawText: string): { visible: string; invisible?: number[]; drops: Drop[] } {
  if (!holdsInvisible(rawText)) return { visible: rawText, drops: [] };
  const invisible: number[] = [];
  const drops: Drop[] = [];
  let visible = '';
  let at = 0;
  for (const m of rawText.matchAll(INVISIBLE)) {
    visible += rawText.slice(at, m.index);
    drops.push({ line: no, column: m.index, text: m[0], reason: 'invisible' });
    for (let k = 0; k < m[0].length; k++) invisible.push(visible.length);
    at = m.index + m[0].length;
  }
  return { visible: visible + rawText.slice(at), invisible, drops };
}

/** Splits decoded text into lines; takes out invisible characters, trims edge spaces, and records both as dropped. */
export function splitLines(text: string): { lines: Line[]; raw: string[]; drops: Drop[] } {
  const raw = text.split('\n');
  const drops: Drop[] = [];
  const lines = raw.map((rawText, i) => {
    const no = i + 1;
    const { visible, invisible, drops: hidden } = withoutInvisible(no, rawText);
    drops.push(...hidden);
    // A line of nothing but spaces and tabs is blank: its tabs separate no cells.
    if (BLANK.test(visible)) {
      if (visible) drops.push(...rawDrops(no, invisible, 0, visible, 'whitespace'));
      return { no, text: '', offset: visible.length, ...(invisible && { invisible }) };
    }
    for (const m of visible.matchAll(EDGE_SPACES)) drops.push(...rawDrops(no, invisible, m.index, m[0], 'whitespace'));
    const lead = /^[ \u3000\u00a0]*/.exec(visible)?.[0].length ?? 0;
    return { no, text: visible.replace(EDGE_SPACES, ''), offset: lead, ...(invisible && { invisible }) };
  });
  return { lines, raw, drops };
}

/** Records characters of a line's trimmed text as dropped: one drop, or one per piece where invisible characters stood between. */
export function dropSpan(line: Line, { column, text }: { column: number; text: string }, reason: DropReason): Drop[] {
  return rawDrops(line.no, line.invisible, line.offset + column, text, reason);
}
