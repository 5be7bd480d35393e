// The results list grows a page at a time ("more" adds the next); notices that hold only some of the words follow
// the rest, under a line that says so.
import type { Tier } from '../search/rank.ts';

export interface ResultPage<T extends { tier: Tier }> {
  /** The hits of this page, each marked when the line before the partial matches goes above it. */
  shown: { hit: T; partialFirst: boolean }[];
  /** Where the next page starts, or null when this is the last. */
  next: number | null;
}

/** The page of `size` hits starting at `from`. */
export function resultPage<T extends { tier: Tier }>(hits: readonly T[], from: number, size: number): ResultPage<T> {
  const shown = hits.slice(from, from + size).map((hit, i) => ({ hit, partialFirst: hit.tier === 'partial' && hits[from + i - 1]?.tier !== 'partial' }));
  const next = from + size;
  return { shown, next: next < hits.length ? next : null };
}
