// Traditional → simplified for queries. The archive is in simplified characters, so a query typed in
// traditional ones (經濟普查) only matches by accident; converted first it finds what 经济普查 finds.
// The data is made at build time from OpenCC (opencc-js) and shipped as two parts: a bitmap in the search
// page telling which characters have a simplified form, and the conversion table, fetched only for a
// query that holds such a character.
import { compareText } from '../pipeline/text-shape.ts';

/** Conversion table: single characters and the phrases whose conversion differs from character by character. */
export interface SimplifiedTable {
  /** Traditional characters, in code-point order, one per code point. */
  from: string;
  /** Their simplified forms, aligned with `from` (one code point each). */
  to: string;
  /** [traditional phrase, simplified phrase] pairs. */
  phrases: [string, string][];
}

/** Characters the bitmap covers: the CJK Unified Ideographs block. Others CJK are treated as "maybe". */
export const BITMAP_START = 0x4e00;
export const BITMAP_END = 0x9fff;

/** Code-point ranges outside the bitmap whose characters may have a simplified form (Ext A, compatibility, Ext B+). */
const MAYBE_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0xf900, 0xfaff],
  [0x20000, 0x3ffff],
];

/** A converter from traditional to simplified text, as opencc-js's Converter returns. */
export type Convert = (text: string) => string;

/** Candidate code points: every CJK ideograph range a query may contain. */
function* candidates(): Generator<number> {
  for (let cp = BITMAP_START; cp <= BITMAP_END; cp++) yield cp;
  for (const [start, end] of MAYBE_RANGES) for (let cp = start; cp <= end; cp++) yield cp;
}

/**
 * The table from OpenCC converters (tried in order until one changes the character), plus `phrases`
 * (traditional phrases from OpenCC's dictionaries) kept where whole-phrase conversion differs.
 */
export function buildSimplifiedTable(converters: readonly Convert[], phrases: Iterable<string>): SimplifiedTable {
  const chars = new Map<string, string>();
  for (const cp of candidates()) {
    const ch = String.fromCodePoint(cp);
    for (const convert of converters) {
      const out = convert(ch);
      // One code point in, one out: a table of aligned strings cannot hold anything else.
      if (out !== ch && [...out].length === 1) {
        chars.set(ch, out);
        break;
      }
    }
  }
  const byChar = (text: string) => [...text].map((c) => chars.get(c) ?? c).join('');
  const kept = new Map<string, string>();
  for (const phrase of phrases) {
    if ([...phrase].length < 2 || kept.has(phrase)) continue;
    const whole = converters[0]?.(phrase) ?? phrase;
    if (whole !== byChar(phrase)) kept.set(phrase, whole);
  }
  const sorted = [...chars].sort(([a], [b]) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  return {
    from: sorted.map(([k]) => k).join(''),
    to: sorted.map(([, v]) => v).join(''),
    phrases: [...kept].sort(([a], [b]) => compareText(a, b)),
  };
}

/** Base64 bitmap over BITMAP_START..BITMAP_END: bit set when the character is in the table's `from`. */
export function traditionalBitmap(table: Pick<SimplifiedTable, 'from'>): string {
  const bytes = new Uint8Array(Math.ceil((BITMAP_END - BITMAP_START + 1) / 8));
  for (const ch of table.from) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < BITMAP_START || cp > BITMAP_END) continue;
    const bit = cp - BITMAP_START;
    bytes[bit >> 3]! |= 1 << (bit & 7);
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes the bitmap once; the returned test says whether a query needs the conversion table. */
export function needsConversion(bitmapBase64: string): (text: string) => boolean {
  const binary = atob(bitmapBase64);
  return (text) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= BITMAP_START && cp <= BITMAP_END) {
        const bit = cp - BITMAP_START;
        if ((binary.charCodeAt(bit >> 3) >> (bit & 7)) & 1) return true;
      } else if (MAYBE_RANGES.some(([start, end]) => cp >= start && cp <= end)) return true;
    }
    return false;
  };
}

/** A converter from the table: longest phrase first at each position (as OpenCC does), else the character. */
export function simplifier(table: SimplifiedTable): Convert {
  const chars = new Map<string, string>();
  const to = [...table.to];
  [...table.from].forEach((ch, i) => chars.set(ch, to[i] ?? ch));
  const phrases = new Map(table.phrases);
  const longest = Math.max(0, ...table.phrases.map(([k]) => [...k].length));
  return (text) => {
    const cps = [...text];
    let out = '';
    for (let i = 0; i < cps.length; ) {
      let step = 0;
      for (let len = Math.min(longest, cps.length - i); len >= 2 && !step; len--) {
        const hit = phrases.get(cps.slice(i, i + len).join(''));
        if (hit !== undefined) {
          out += hit;
          step = len;
        }
      }
      if (!step) {
        out += chars.get(cps[i] ?? '') ?? cps[i];
        step = 1;
      }
      i += step;
    }
    return out;
  };
}
