// The results list a page at a time, with the line before the notices that hold only some of the words.
import { describe, expect, it } from 'vitest';
import { resultPage } from '../../../src/client/result-page.ts';
import type { Tier } from '../../../src/search/rank.ts';

const hits = (tiers: Tier[]) => tiers.map((tier, i) => ({ tier, id: i }));

describe('resultPage', () => {
  it('shows `size` hits from `from` and says where the next page starts', () => {
    const all = hits(['title', 'body', 'body', 'terms', 'terms']);
    expect(resultPage(all, 0, 2)).toMatchObject({ shown: [{ hit: { id: 0 } }, { hit: { id: 1 } }], next: 2 });
    expect(resultPage(all, 2, 2).next).toBe(4);
    expect(resultPage(all, 4, 2)).toMatchObject({ shown: [{ hit: { id: 4 } }], next: null });
    expect(resultPage(hits(['title', 'body']), 0, 2).next).toBeNull();
    expect(resultPage([], 0, 6)).toEqual({ shown: [], next: null });
  });

  it('marks the first partial match, once, also when it opens a later page', () => {
    const all = hits(['title', 'partial', 'partial', 'partial']);
    expect(resultPage(all, 0, 3).shown.map((s) => s.partialFirst)).toEqual([false, true, false]);
    expect(resultPage(all, 3, 3).shown.map((s) => s.partialFirst)).toEqual([false]);
    expect(resultPage(hits(['title', 'body', 'partial']), 2, 3).shown.map((s) => s.partialFirst)).toEqual([true]);
    expect(resultPage(hits(['partial', 'partial']), 0, 6).shown.map((s) => s.partialFirst)).toEqual([true, false]);
  });
});
