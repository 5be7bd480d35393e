// Spaces that a printed title wrapped at: one between two Chinese characters always is (a title sets no space there),
// and a second printing of the same words decides on the others.
import type { Drop } from './fidelity-record.ts';
import { dropSpan } from './lines.ts';
import { compact, isCjk } from './text-shape.ts';
import type { Part } from './units.ts';

const SPACE = /[ \u3000]/;
// Full-width punctuation counts as Chinese beside a space: （2022年版） 的通知 wrapped after the bracket.
const WIDE_PUNCTUATION = /[\u3001-\u303f\uff01-\uff60\u2018-\u201d\u2026\u2014]/u;
const chinese = (ch: string | undefined) => isCjk(ch) || (ch !== undefined && WIDE_PUNCTUATION.test(ch));

// Joint issuers stand apart by a space of their own in a title (柳州市财政局 柳州市教育局关于…): an authority's
// name ends on the left and another begins on the right.
const ISSUER_END = /(?:局|委|办|厅|府|院|会|部|室|中心|行|队|所)$/u;
const ISSUER_START = /^(?:柳州市|中共|共青团|市|广西|[\u4e00-\u9fff]{1,4}(?:县|区)(?:人民政府|委员会|[\u4e00-\u9fff]{0,6}局))/u;

/** True when the space at `i` (or the run of spaces it is in) stands between two Chinese characters, not two issuers. */
function betweenChinese(chars: readonly string[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && SPACE.test(chars[before]!)) before--;
  let after = i + 1;
  while (after < chars.length && SPACE.test(chars[after]!)) after++;
  if (!chinese(chars[before]) || !chinese(chars[after])) return false;
  return !(ISSUER_END.test(chars.slice(0, before + 1).join('')) && ISSUER_START.test(chars.slice(after).join('')));
}
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
 * Columns of the spaces in `text` that are wrap artifacts: those between two Chinese characters, and those some
 * reference prints the words on both sides of joined. Any other space, between words or digits, is kept unless a
 * reference joins it.
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
      if (betweenChinese(chars, i) || windows(left, right).some(([l, r]) => refs.some((ref) => printsJoined(ref, l, r)))) columns.push(column);
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

/** A title as a reader should see it: without the spaces between two Chinese characters that a wrap put there. */
export function withoutWrapSpaces(title: string): string {
  return removeColumns(title, wrapSpaceColumns(title, []));
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
