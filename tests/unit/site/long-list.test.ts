// Lists that grow with the archive are cut short on a notice page and counted.
import { describe, expect, it } from 'vitest';
import { firstEntries, LIST_LIMIT } from '../../../src/site/long-list.ts';

describe('firstEntries', () => {
  it('keeps a list up to the limit whole', () => {
    const list = Array.from({ length: LIST_LIMIT }, (_, i) => i);
    expect(firstEntries(list)).toEqual({ shown: list, more: 0 });
  });

  it('shows the first entries of a longer list, in order, and counts the rest', () => {
    const list = Array.from({ length: LIST_LIMIT + 7 }, (_, i) => `n${i}`);
    const { shown, more } = firstEntries(list);
    expect(shown).toEqual(list.slice(0, LIST_LIMIT));
    expect(more).toBe(7);
    expect(firstEntries(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
  });
});
