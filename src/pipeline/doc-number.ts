// Doc numbers (文号): recognising them in text, their canonical form and parts. No dependencies: the search page uses it too.
import type { DocNumber, DocNumberParts } from './model.ts';
import { issuerCode } from './issuer-codes.ts';
import { compareText } from './text-shape.ts';

const OPEN = '〔\\[［(（【';
const CLOSE = '〕\\]］)）】';

/** A doc number in running text: CJK prefix, bracketed year, number, 号. */
const IN_TEXT = new RegExp(`([\\u4e00-\\u9fff]{1,12})[${OPEN}](\\d{4})[${CLOSE}]第?0*(\\d{1,4})号`, 'g');

/** A line that is nothing but a doc number (a notice header). */
const WHOLE = new RegExp(`^([\\u4e00-\\u9fff]{1,8})\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?0*(\\d{1,4})\\s*号$`);

/** The canonical text of a doc number: prefix〔year〕number号. */
export function formatDocNumber({ prefix, year, number }: DocNumberParts): string {
  return `${prefix}〔${year}〕${number}号`;
}

/** Parses a string that is exactly one doc number, in any bracket variant. */
export function parseDocNumber(text: string): DocNumber | undefined {
  const m = WHOLE.exec(text.trim());
  if (!m) return undefined;
  const [, prefix = '', year = '', number = ''] = m;
  return { text: formatDocNumber({ prefix, year: Number(year), number: Number(number) }), prefix, year: Number(year), number: Number(number) };
}

/** A doc number found in text, with its verbatim span. */
export interface DocNumberMatch {
  docNumber: DocNumber;
  /** Offset of the match in the searched text (UTF-16 units). */
  index: number;
  /** The matched text, verbatim. */
  verbatim: string;
}

/**
 * Finds doc numbers in running text. The prefix is the issuer code that ends the CJK run before the bracket
 * (see issuerCode): text like 根据柳政发〔2023〕5号 or 废止柳政规〔2022〕4号 has no delimiter before the code.
 */
export function findDocNumbers(text: string, knownPrefixes: ReadonlySet<string>): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const [whole, run = '', year = '', number = ''] = m;
    const prefix = issuerCode(run, knownPrefixes);
    const skip = run.length - prefix.length;
    found.push({
      docNumber: { text: formatDocNumber({ prefix, year: Number(year), number: Number(number) }), prefix, year: Number(year), number: Number(number) },
      index: (m.index ?? 0) + skip,
      verbatim: whole.slice(skip),
    });
  }
  return found;
}

/** A piece of text: plain, or a doc number as printed with its canonical form. */
export type TextPiece = { text: string; docNumber?: string };

/**
 * Cuts text at the doc numbers it cites that `accept` takes (all by default), so each can be linked;
 * the pieces join back to the text, and an empty text is one empty piece.
 */
export function splitAtDocNumbers(text: string, knownPrefixes: ReadonlySet<string>, accept: (docNumber: string) => boolean = () => true): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of findDocNumbers(text, knownPrefixes)) {
    if (!accept(m.docNumber.text)) continue;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ text: m.verbatim, docNumber: m.docNumber.text });
    at = m.index + m.verbatim.length;
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
  const re = new RegExp(`(?:^|[（(《“\\s、，；：])([\\u4e00-\\u9fff]{1,8})[${OPEN}]\\d{4}[${CLOSE}]第?\\d{1,4}号`, 'gm');
  return [...text.matchAll(re)].map((m) => issuerCode(m[1] ?? '', NO_CODES)).filter((code) => code.length >= 2);
}

/** Doc numbers in index order: by prefix, then year, then number in numeric order (2 before 10). */
export function compareDocNumbers(a: DocNumberParts, b: DocNumberParts): number {
  return compareText(a.prefix, b.prefix) || a.year - b.year || a.number - b.number;
}
