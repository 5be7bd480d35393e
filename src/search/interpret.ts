// From what was typed to what is searched: normalised, converted to simplified when needed, read as a doc number.
import { parseBareNumber, parseDocNumberQuery, parsePrefixQuery, type BareNumberQuery, type DocNumberQuery, type PrefixQuery } from '../pipeline/doc-number/typed.ts';
import { normalizeQuery } from './query.ts';
import type { Convert } from './simplified.ts';

export interface Interpretation {
  /** The normalised query (NFKC, single spaces). */
  query: string;
  /** The query in simplified characters; what Pagefind and the doc-number resolver receive. */
  simplified: string;
  /** True when conversion changed the query, so the page says what it searched for. */
  converted: boolean;
  /** The query read as a doc number, or null. */
  docNumber: DocNumberQuery | null;
  /** The query read as a known prefix alone or with a year (柳政发, 柳政发2024), or null. */
  prefix: PrefixQuery | null;
  /** The query read as a year and number without a prefix (2024-3, 2024年第3期), or null. */
  bareNumber: BareNumberQuery | null;
}

export interface InterpretOptions {
  /** Known doc-number prefixes, longest first. */
  prefixes: readonly string[];
  /** Whether the text holds a character that may be traditional (from the page's bitmap). */
  needsConversion: (text: string) => boolean;
  /** Loads the conversion table; called only when needsConversion says so. */
  loadSimplifier: () => Promise<Convert>;
}

export async function interpretQuery(raw: string, options: InterpretOptions): Promise<Interpretation> {
  const query = normalizeQuery(raw);
  const simplified = options.needsConversion(query) ? normalizeQuery((await options.loadSimplifier())(query)) : query;
  return {
    query,
    simplified,
    converted: simplified !== query,
    docNumber: parseDocNumberQuery(simplified, options.prefixes),
    prefix: parsePrefixQuery(simplified, options.prefixes),
    bareNumber: parseBareNumber(simplified),
  };
}
