// A typed query made comparable: the form every later step (doc-number resolver, conversion, Pagefind) receives.

/** Longest query kept; longer input is cut so a pasted page cannot stall the index. */
export const MAX_QUERY_LENGTH = 100;

/** Zero-width and control characters that paste in from Word or PDF and would split words invisibly. */
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/** The query in NFKC (full-width Latin and digits become half-width), single-spaced, trimmed, cut to maxLength. */
export function normalizeQuery(raw: string, maxLength = MAX_QUERY_LENGTH): string {
  const text = raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return [...text].slice(0, maxLength).join('').trim();
}
