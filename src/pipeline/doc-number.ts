// Doc numbers (文号): recognising them in text, their canonical form and parts. No dependencies: the search page uses it too.
import type { DocNumber, DocNumberParts } from './model.ts';
import { issuerCode, withoutLeadIns } from './issuer-codes.ts';
import { compareText } from './text-shape.ts';

const OPEN = '〔\\[［(（【';
const CLOSE = '〕\\]］)）】';

/** A doc number in running text: CJK prefix, bracketed year, number, 号. */
const IN_TEXT = new RegExp(`([\\u4e00-\\u9fff]{1,12})[${OPEN}](\\d{4})[${CLOSE}]第?0*(\\d{1,4})号`, 'g');

/** A line that is nothing but a doc number (a notice header). */
const WHOLE = new RegExp(`^([\\u4e00-\\u9fff]{1,8})\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?0*(\\d{1,4})\\s*号$`);

/** An order's number alone on a line, or after its authority: 柳州市人民政府令第20号, 第20号. */
const ORDER_WHOLE = /^([\u4e00-\u9fff]{2,20}令)\s*第\s*0*(\d{1,5})\s*号$/;

/** An order cited in running text: an authority's full name with 令 (人民政府令, 国务院令), then 第N号. */
const ORDER_IN_TEXT = /([\u4e00-\u9fff]{1,24}?(?:人民政府令|国务院令))第0*(\d{1,5})号/g;

/** The canonical text of a doc number: prefix〔year〕number号, or prefix第number号 for an order. */
export function formatDocNumber({ prefix, year, number }: DocNumberParts): string {
  return year === undefined ? `${prefix}第${number}号` : `${prefix}〔${year}〕${number}号`;
}

function docNumberOf(prefix: string, year: number | undefined, number: number): DocNumber {
  return { text: formatDocNumber({ prefix, year, number }), prefix, ...(year !== undefined && { year }), number };
}

/** Parses a string that is exactly one doc number, in any bracket variant, or an order's number. */
export function parseDocNumber(text: string): DocNumber | undefined {
  const m = WHOLE.exec(text.trim());
  if (m) return docNumberOf(m[1] ?? '', Number(m[2]), Number(m[3]));
  const order = ORDER_WHOLE.exec(text.trim());
  if (order) return docNumberOf(order[1] ?? '', undefined, Number(order[2]));
  return undefined;
}

/** Marks an order's number in slugs and index keys (liuzhoushirenminzhengfuling-no20), so it never reads as a year. */
export const ORDER_MARK = 'no';

/** A jointly issued document's numbers, one after another (柳财规〔2024〕2号 柳教规〔2024〕1号), or one number; undefined when the text is anything else. */
export function parseDocNumberList(text: string): DocNumber[] | undefined {
  const whole = parseDocNumber(text);
  if (whole) return [whole];
  for (const m of text.matchAll(/[\s\u3000、，,]+/g)) {
    const first = parseDocNumber(text.slice(0, m.index));
    const rest = first && parseDocNumberList(text.slice(m.index + m[0].length));
    if (first && rest) return [first, ...rest];
  }
  return undefined;
}

/** True for the prefix of an order series (柳州市人民政府令), whose numbers carry no year. */
export function isOrderPrefix(prefix: string): boolean {
  return prefix.endsWith('令');
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
  // Both patterns end in 号, and an order's in 令; most text holds neither, and their leading runs are tried at every character.
  if (!text.includes('号')) return found;
  for (const m of text.matchAll(IN_TEXT)) {
    const [whole, run = '', year = '', number = ''] = m;
    const prefix = issuerCode(run, knownPrefixes);
    const skip = run.length - prefix.length;
    found.push({ docNumber: docNumberOf(prefix, Number(year), Number(number)), index: (m.index ?? 0) + skip, verbatim: whole.slice(skip) });
  }
  for (const m of text.includes('令') ? text.matchAll(ORDER_IN_TEXT) : []) {
    const [whole, run = '', number = ''] = m;
    const prefix = withoutLeadIns(run);
    const skip = run.length - prefix.length;
    found.push({ docNumber: docNumberOf(prefix, undefined, Number(number)), index: (m.index ?? 0) + skip, verbatim: whole.slice(skip) });
  }
  return found.sort((a, b) => a.index - b.index);
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
  return compareText(a.prefix, b.prefix) || (a.year ?? 0) - (b.year ?? 0) || a.number - b.number;
}
