// ASCII URL slugs of doc numbers, from the pinyin of their prefix.
import { describe, expect, it } from 'vitest';
import { composeSlug } from '../../../../src/pipeline/doc-number/slug-parts.ts';
import { docNumberSlug, prefixSlug } from '../../../../src/pipeline/doc-number/slug.ts';

describe('docNumberSlug', () => {
  it('gives ASCII slugs from the pinyin of the prefix', () => {
    expect(docNumberSlug({ prefix: '柳政发', year: 2024, number: 3 })).toBe('liuzhengfa-2024-3');
    expect(docNumberSlug({ prefix: '桂政发', year: 2023, number: 9 })).toBe('guizhengfa-2023-9');
    expect(docNumberSlug({ prefix: '柳州市人民政府令', number: 20 })).toBe('liuzhoushirenminzhengfuling-no20');
  });

  it('composes the prefix slug with the year and number', () => {
    expect(docNumberSlug({ prefix: '柳政办发', year: 2023, number: 12 })).toBe(`${prefixSlug('柳政办发')}-2023-12`);
    expect(docNumberSlug({ prefix: '柳政办发', year: 2023, number: 12 })).toBe(composeSlug(prefixSlug('柳政办发'), { year: 2023, number: 12 }));
  });
});
