// Doc numbers in running text: where each stands and what it reads as, with the issuer code told from the words before it.
import type { DocRef } from '../model.ts';
import { DELIMITED, docNumberOf, IN_TEXT, ORDER_IN_TEXT } from './grammar.ts';
import { issuerCode, withoutLeadIns } from './issuer-codes.ts';

/**
 * Finds doc numbers in running text. The prefix is the issuer code that ends the CJK run before the bracket
 * (see issuerCode): text like 根据柳政发〔2023〕5号 or 废止柳政规〔2022〕4号 has no delimiter before the code.
 */
export function findDocNumbers(text: string, knownPrefixes: ReadonlySet<string>): DocRef[] {
  const found: DocRef[] = [];
  // Both patterns end in 号, and an order's in 令; most text holds neither, and their leading runs are tried at every character.
  if (!text.includes('号')) return found;
  for (const m of text.matchAll(IN_TEXT)) {
    const [whole, run = '', year = '', number = ''] = m;
    const prefix = issuerCode(run, knownPrefixes);
    const skip = run.length - prefix.length;
    found.push({ index: (m.index ?? 0) + skip, length: whole.length - skip, docNumber: docNumberOf(prefix, Number(year), Number(number)) });
  }
  for (const m of text.includes('令') ? text.matchAll(ORDER_IN_TEXT) : []) {
    const [whole, run = '', number = ''] = m;
    const prefix = withoutLeadIns(run);
    const skip = run.length - prefix.length;
    found.push({ index: (m.index ?? 0) + skip, length: whole.length - skip, docNumber: docNumberOf(prefix, undefined, Number(number)) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A piece of text: plain, or a doc number as printed with its canonical form. */
export type TextPiece = { text: string; docNumber?: string };

/**
 * Cuts text at the doc numbers found in it (`refs`, in order), so each can be linked; the pieces join back to the text,
 * and an empty text is one empty piece.
 */
export function splitAtRefs(text: string, refs: readonly DocRef[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const ref of refs) {
    if (ref.index > at) pieces.push({ text: text.slice(at, ref.index) });
    pieces.push({ text: text.slice(ref.index, ref.index + ref.length), docNumber: ref.docNumber.text });
    at = ref.index + ref.length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

const NO_CODES: ReadonlySet<string> = new Set();

/**
 * Prefixes that stand alone: after a delimiter or at the start of a line (（柳政规〔2022〕4号）), read as issuer codes
 * (根据柳政发〔2023〕5号 and ，现柳政发〔2023〕5号 give 柳政发).
 */
export function delimitedPrefixes(text: string): string[] {
  return [...text.matchAll(DELIMITED)].map((m) => issuerCode(m[1] ?? '', NO_CODES)).filter((code) => code.length >= 2);
}
