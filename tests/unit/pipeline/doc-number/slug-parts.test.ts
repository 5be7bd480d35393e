// The shape of a doc number's slug and of the index keys made from it: composed, split back, checked.
import { describe, expect, it } from 'vitest';
import { composeSlug, indexKeyOf, indexPageKey, prefixSlugOf, splitSlug } from '../../../../src/pipeline/doc-number/slug-parts.ts';

describe('doc-number slugs', () => {
  it('compose from the prefix slug, year and number, an order without a year', () => {
    expect(composeSlug('liuzhengfa', { year: 2024, number: 3 })).toBe('liuzhengfa-2024-3');
    expect(composeSlug('liuzhoushirenminzhengfuling', { number: 20 })).toBe('liuzhoushirenminzhengfuling-no20');
  });

  it('split back into the parts they were made of', () => {
    for (const parts of [{ year: 2024, number: 3 }, { number: 20 }, { year: 1999, number: 1234 }]) {
      const slug = composeSlug('liuzhenggui', parts);
      expect(splitSlug(slug)).toEqual({ prefixSlug: 'liuzhenggui', ...parts });
      expect(prefixSlugOf({ slug, ...parts })).toBe('liuzhenggui');
    }
    expect(splitSlug('2024-04-item-8')).toBeUndefined();
    expect(splitSlug('liuzhengfa')).toBeUndefined();
  });

  it('refuse a slug that does not end in its own year and number', () => {
    expect(() => prefixSlugOf({ slug: 'liuzhengfa-2024-3', year: 2024, number: 4 })).toThrow(/does not end in -2024-4/);
  });

  it('name the index page of a prefix and year, and an order series its one page', () => {
    expect(indexPageKey('liuzhengfa', 2024)).toBe('liuzhengfa-2024');
    expect(indexPageKey('liuzhoushirenminzhengfuling', undefined)).toBe('liuzhoushirenminzhengfuling-no');
    expect(indexKeyOf('liuzhengfa-2024-3')).toEqual({ kind: 'number', page: 'liuzhengfa-2024' });
    expect(indexKeyOf('liuzhoushirenminzhengfuling-no20')).toEqual({ kind: 'number', page: 'liuzhoushirenminzhengfuling-no' });
    expect(indexKeyOf('liuzhengfa-2024')).toEqual({ kind: 'page' });
    expect(indexKeyOf('liuzhoushirenminzhengfuling-no')).toEqual({ kind: 'page' });
    expect(indexKeyOf('liuzhengfa')).toEqual({ kind: 'prefix' });
  });
});
