// The grammar of doc numbers (文号): their brackets, their shapes whole and on a header line, their canonical text and
// order. No dependencies beyond the model's types: the search page uses it too.
import type { DocNumber, DocNumberParts } from '../model.ts';
import { compareText } from '../text-shape.ts';

/** Brackets printed around a doc number's year: 〔〕 and the variants extraction and typesetting give. */
export const PRINTED_OPEN = '〔\\[［(（【';
export const PRINTED_CLOSE = '〕\\]］)）】';
/** Brackets people type around the year: the printed ones and 〖〗 ﹝﹞ 「」. */
export const TYPED_OPEN = `${PRINTED_OPEN}〖﹝「`;
export const TYPED_CLOSE = `${PRINTED_CLOSE}〗﹞」`;
/** Dashes and dots people put between year and number: 2024-3, 2024—3, 2024.3, 2024/3. */
export const TYPED_DASH = '\\-‐‑‒–—―－.．/／·';

/** A bracketed year and a number with 号, as any doc number ends: 〔2024〕3号. */
export const NUMBER_PART = `[${PRINTED_OPEN}](\\d{4})[${PRINTED_CLOSE}]第?0*(\\d{1,4})号`;

/** A doc number in running text: a CJK run (the issuer code, maybe after lead-in words), then NUMBER_PART. */
export const IN_TEXT = new RegExp(`([\\u4e00-\\u9fff]{1,12})${NUMBER_PART}`, 'g');

/** A doc number after a delimiter or at the start of a line (（柳政规〔2022〕4号）): its code stands alone. */
export const DELIMITED = new RegExp(`(?:^|[（(《“\\s、，；：])([\\u4e00-\\u9fff]{1,8})${NUMBER_PART}`, 'gm');

/** A line that is nothing but a doc number (a notice header). */
const WHOLE = new RegExp(`^([\\u4e00-\\u9fff]{1,8})\\s*[${PRINTED_OPEN}]\\s*(\\d{4})\\s*[${PRINTED_CLOSE}]\\s*第?0*(\\d{1,4})\\s*号$`);

/** An order's number alone on a line, or after its authority: 柳州市人民政府令第20号, 第20号. */
const ORDER_WHOLE = /^([\u4e00-\u9fff]{2,20}令)\s*第\s*0*(\d{1,5})\s*号$/;

/** An order cited in running text: an authority's full name with 令 (人民政府令, 国务院令), then 第N号. */
export const ORDER_IN_TEXT = /([\u4e00-\u9fff]{1,24}?(?:人民政府令|国务院令))第0*(\d{1,5})号/g;

/** An order's head printed over two lines: the authority's name with 令 (柳州市人民政府令), then 第20号. */
export const ORDER_NAME_LINE = /^[\u4e00-\u9fff]{2,20}令$/;
export const ORDER_NUMBER_LINE = /^第\s*\d{1,5}\s*号$/;

/** True when the text holds the shape of a doc number (a bracketed year, a number, 号), whatever stands before it. */
export function holdsDocNumber(text: string): boolean {
  return new RegExp(NUMBER_PART).test(text);
}

/** True when the text holds a bracketed year as doc numbers print it: 〔2024〕. */
export function holdsBracketedYear(text: string): boolean {
  return new RegExp(`[${PRINTED_OPEN}]\\d{4}[${PRINTED_CLOSE}]`).test(text);
}

/** The canonical text of a doc number: prefix〔year〕number号, or prefix第number号 for an order. */
export function formatDocNumber({ prefix, year, number }: DocNumberParts): string {
  return year === undefined ? `${prefix}第${number}号` : `${prefix}〔${year}〕${number}号`;
}

/** A doc number from its parts, with its canonical text. */
export function docNumberOf(prefix: string, year: number | undefined, number: number): DocNumber {
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

/** Doc numbers in index order: by prefix, then year, then number in numeric order (2 before 10). */
export function compareDocNumbers(a: DocNumberParts, b: DocNumberParts): number {
  return compareText(a.prefix, b.prefix) || (a.year ?? 0) - (b.year ?? 0) || a.number - b.number;
}
