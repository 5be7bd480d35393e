// A doc number (文号) as people type it, in any common spelling: the query forms and their canonical numbers.

import { compareText } from '../text-shape.ts';
import { formatDocNumber, isOrderPrefix, TYPED_CLOSE as CLOSE, TYPED_DASH as DASH, TYPED_OPEN as OPEN } from './grammar.ts';
import { issuerCode } from './issuer-codes.ts';
import type { DocNumberParts } from '../model.ts';

/** A query read as a doc number. */
export interface DocNumberQuery extends DocNumberParts {
  /** Canonical text, e.g. 柳政发〔2024〕3号. */
  canonical: string;
  /** True when the prefix is one the archive knows; false for a well-formed number with another prefix. */
  knownPrefix: boolean;
}


/**
 * What may follow a known prefix: optional bracket, four-digit year, optional bracket, 年, a dash, 第,
 * the number (leading zeros allowed), optional 号. Whitespace is removed before matching.
 */
const AFTER_KNOWN_PREFIX = new RegExp(`^[${OPEN}]?(\\d{4})[${CLOSE}]?年?[${DASH}]?第?(\\d{1,6})号?$`);

/** A doc number with a prefix the archive does not know must look like one: bracketed year and 号. */
const WITH_ANY_PREFIX = new RegExp(`^([\\u4e00-\\u9fff]{1,12})[${OPEN}](\\d{4})[${CLOSE}]年?第?(\\d{1,6})号$`);

/** Prefixes longest first, so 柳政办发 wins over a shorter prefix it starts with. */
export function sortPrefixes(prefixes: Iterable<string>): string[] {
  return [...new Set(prefixes)].filter(Boolean).sort((a, b) => b.length - a.length || compareText(a, b));
}

/**
 * Reads a normalised, simplified query as a doc number, or returns null when it is not one.
 * `prefixes` come from the archive's data, longest first (see sortPrefixes).
 */
export function parseDocNumberQuery(query: string, prefixes: readonly string[]): DocNumberQuery | null {
  const compact = query.replace(/\s+/g, '');
  for (const prefix of prefixes) {
    if (!compact.startsWith(prefix)) continue;
    const match = AFTER_KNOWN_PREFIX.exec(compact.slice(prefix.length));
    if (match) return build(prefix, [match[1], match[2]], true);
  }
  const order = parseOrderQuery(compact, prefixes);
  if (order) return order;
  const other = WITH_ANY_PREFIX.exec(compact);
  if (!other) return null;
  // The ingest's recogniser reads the code: lead-in words (根据, 关于 …) are not part of it.
  const code = issuerCode(other[1] ?? '', new Set(prefixes));
  return build(code, [other[2], other[3]], prefixes.includes(code));
}

// An order as people type it: 柳州市人民政府令第20号, 市政府令第20号, 政府令20号, 第20号令.
const ORDER_TYPED = /^([\u4e00-\u9fff]*令)第?0*(\d{1,6})号?$/;
const ORDER_NUMBER_FIRST = /^第0*(\d{1,6})号令$/;
// An order series the archive does not know is read only by its authority's full name.
const FULL_ORDER_NAME = /(?:人民政府令|国务院令)$/;

/** True when the typed name abbreviates the series: its characters stand in the series' name in order (市政府令 in 柳州市人民政府令). */
function abbreviates(typed: string, series: string): boolean {
  let at = 0;
  for (const ch of typed) {
    at = series.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Reads an order number typed in full or short: the series is the known one the typed name abbreviates (第20号令 names
 * none, so any); when several series would fit, the query is not read as one number.
 */
function parseOrderQuery(compact: string, prefixes: readonly string[]): DocNumberQuery | null {
  const typed = ORDER_TYPED.exec(compact);
  const numberFirst = ORDER_NUMBER_FIRST.exec(compact);
  const name = typed ? (typed[1] ?? '') : '';
  const numberText = typed ? typed[2] : numberFirst?.[1];
  if (numberText === undefined) return null;
  const number = Number(numberText);
  if (number < 1) return null;
  const series = prefixes.filter(isOrderPrefix);
  const exact = series.find((prefix) => prefix === name);
  const fits = exact ? [exact] : series.filter((prefix) => abbreviates(name, prefix));
  if (fits.length === 1) return { prefix: fits[0]!, number, canonical: formatDocNumber({ prefix: fits[0]!, number }), knownPrefix: true };
  if (fits.length === 0 && FULL_ORDER_NAME.test(name)) return { prefix: name, number, canonical: formatDocNumber({ prefix: name, number }), knownPrefix: false };
  return null;
}

/** A prefix alone, or with a year: 柳政发, 柳政发〔2024〕, 柳政发2024, 柳政发2024年. */
export interface PrefixQuery {
  prefix: string;
  year?: number;
}

const YEAR_AFTER_PREFIX = new RegExp(`^[${OPEN}]?(\\d{4})[${CLOSE}]?年?$`);

/** Reads a query that names only a known prefix (and maybe a year), or returns null. */
export function parsePrefixQuery(query: string, prefixes: readonly string[]): PrefixQuery | null {
  const compact = query.replace(/\s+/g, '');
  for (const prefix of prefixes) {
    if (compact === prefix) return { prefix };
    if (!compact.startsWith(prefix)) continue;
    const year = YEAR_AFTER_PREFIX.exec(compact.slice(prefix.length))?.[1];
    if (year) return { prefix, year: Number(year) };
  }
  return null;
}

/** A year and a number without a prefix: 2024-3, 2024年3号, 〔2024〕3号, or an issue, 2024年第3期. */
export interface BareNumberQuery {
  year: number;
  number: number;
  /** True when typed as an issue (…期). */
  issue: boolean;
}

/** Year, then a bracket, 年 or a dash, then the number, then 号 or 期 (or nothing). */
const BARE = new RegExp(`^[${OPEN}]?(\\d{4})(?:[${CLOSE}]年?|年|[${DASH}])第?0*(\\d{1,6})(号|期)?$`);

/** Reads a query that is a year and a number with no prefix, or returns null. */
export function parseBareNumber(query: string): BareNumberQuery | null {
  const m = BARE.exec(query.replace(/\s+/g, ''));
  if (!m) return null;
  const number = Number(m[2]);
  return number >= 1 ? { year: Number(m[1]), number, issue: m[3] === '期' } : null;
}

function build(prefix: string, [yearText = '', numberText = '']: readonly (string | undefined)[], knownPrefix: boolean): DocNumberQuery | null {
  const year = Number(yearText);
  const number = Number(numberText);
  if (!prefix || !Number.isInteger(year) || !Number.isInteger(number) || number < 1) return null;
  return { prefix, year, number, canonical: formatDocNumber({ prefix, year, number }), knownPrefix };
}
