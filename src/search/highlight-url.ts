// Result links that carry the search's terms to the opened notice, where each term is marked whole.

/** The URL with one `param` per term, before any #fragment. */
export function withHighlights(url: string, terms: readonly string[], param: string): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = new URLSearchParams();
  for (const term of terms) params.append(param, term);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}
