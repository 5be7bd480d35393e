// Spaces that a printed title wrapped at: a second printing of the same words decides which ones are real.
import type { Drop } from './fidelity-record.ts';
import { dropSpan } from './lines.ts';
import { compact } from './text-shape.ts';
import type { Part } from './units.ts';

const SPACE = /[ \u3000]/;
const WINDOW = 4;
// Three characters across the space: enough to find the words in a short quotation such as 《乙方案》.
const MIN_NEEDLE = 3;

interface Reference {
  /** The reference without spaces (compacted). */
  joined: string;
  /** Offsets in `joined` where the reference itself has a space. */
  spaces: Set<number>;
}

function toReference(text: string): Reference {
  let joined = '';
  const spaces = new Set<number>();
  for (const ch of text) {
    if (SPACE.test(ch)) spaces.add(compact(joined).length);
    else joined += ch;
  }
  return { joined: compact(joined), spaces };
}

/**
 * Columns of the spaces in `text` that are wrap artifacts: some reference prints the words on both
 * sides of the space joined. A space no reference covers, or one a reference also prints, is kept.
 */
export function wrapSpaceColumns(text: string, references: readonly string[]): number[] {
  const refs = references.filter(Boolean).map(toReference);
  const chars = [...text];
  const columns: number[] = [];
  let column = 0;
  chars.forEach((ch, i) => {
    if (SPACE.test(ch)) {
      const left = compact(chars.slice(0, i).join(''));
      const right = compact(chars.slice(i + 1).join(''));
      if (windows(left, right).some(([l, r]) => refs.some((ref) => printsJoined(ref, l, r)))) columns.push(column);
    }
    column += ch.length;
  });
  return columns;
}

/** Context around a space, widest first: up to WINDOW characters each side, at least MIN_NEEDLE in all. */
function windows(left: string, right: string): [string, string][] {
  const out: [string, string][] = [];
  for (let l = Math.min(WINDOW, left.length); l >= 1; l--) {
    for (let r = Math.min(WINDOW, right.length); r >= 1; r--) if (l + r >= MIN_NEEDLE) out.push([left.slice(-l), right.slice(0, r)]);
  }
  return out;
}

function printsJoined(ref: Reference, left: string, right: string): boolean {
  const needle = left + right;
  for (let at = ref.joined.indexOf(needle); at >= 0; at = ref.joined.indexOf(needle, at + 1)) {
    if (!ref.spaces.has(at + left.length)) return true;
  }
  return false;
}

/** Removes the given columns (each one character) from the text. */
export function removeColumns(text: string, columns: readonly number[]): string {
  const drop = new Set(columns);
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

/** A title printed over one or more lines without the wrap spaces the references decide on, and those spaces as dropped. */
export function removeWrapSpaces(parts: readonly Part[], references: readonly string[]): { parts: Part[]; drops: Drop[] } {
  const drops: Drop[] = [];
  const kept = parts.map((p) => {
    const columns = wrapSpaceColumns(p.text, references);
    for (const c of columns) drops.push(...dropSpan(p.line, { column: p.column + c, text: p.text[c] ?? ' ' }, 'wrap-space'));
    return columns.length ? { ...p, text: removeColumns(p.text, columns) } : p;
  });
  return { parts: kept, drops };
}
