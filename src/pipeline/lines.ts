// Seed text to numbered lines, with surrounding spaces trimmed and every dropped character recorded.
import type { Drop, DropReason } from './fidelity-record.ts';

/** One line of a seed: its 1-based number and its text without surrounding spaces. */
export interface Line {
  no: number;
  text: string;
  /** Column in the raw line where `text` starts (leading spaces trimmed before it). */
  offset: number;
}

// Spaces, not tabs: a leading tab is an empty table cell.
const EDGE_SPACES = /^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g;

/** Splits decoded text into lines; trims edge spaces and records them as dropped whitespace. */
export function splitLines(text: string): { lines: Line[]; raw: string[]; drops: Drop[] } {
  const raw = text.split('\n');
  const drops: Drop[] = [];
  const lines = raw.map((rawText, i) => {
    const no = i + 1;
    for (const m of rawText.matchAll(EDGE_SPACES)) {
      drops.push({ line: no, column: m.index ?? 0, text: m[0], reason: 'whitespace' });
    }
    const lead = /^[ \u3000\u00a0]*/.exec(rawText)?.[0].length ?? 0;
    return { no, text: rawText.replace(EDGE_SPACES, ''), offset: lead };
  });
  return { lines, raw, drops };
}

/** Records characters of a line's trimmed text as dropped. */
export function dropSpan(line: Line, { column, text }: { column: number; text: string }, reason: DropReason): Drop {
  return { line: line.no, column: line.offset + column, text, reason };
}
