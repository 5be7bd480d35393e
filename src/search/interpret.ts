// From what was typed to what is searched: normalised, converted to simplified when needed, read as a doc number.
import { parseDocNumberQuery, type DocNumberQuery } from './doc-number-query.ts';
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
  return { query, simplified, converted: simplified !== query, docNumber: parseDocNumberQuery(simplified, options.prefixes) };
}
