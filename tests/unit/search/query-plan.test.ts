// A query's plan: its words as phrases, lone characters joined to a neighbour, abbreviations spelt out.
import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from '../../../src/search/abbreviations.ts';
import { joinLoneCharacters, planQuery } from '../../../src/search/query-plan.ts';

describe('planQuery', () => {
  it('splits at spaces, keeps each word whole and spells out abbreviations', () => {
    const plan = planQuery('非遗 保护');
    expect(plan.words.map(({ text, forms }) => ({ text, forms }))).toEqual([
      { text: '非遗', forms: ['非遗', '非物质文化遗产'] },
      { text: '保护', forms: ['保护'] },
    ]);
    // Segments are the segmenter's (its dictionary may differ between engines), but always cut the form whole.
    for (const word of plan.words) expect(word.segments.map((parts) => parts.join(''))).toEqual(word.forms);
    expect(plan.variants).toEqual(['非遗 保护', '非物质文化遗产 保护']);
    expect(plan.highlights).toEqual(['非物质文化遗产', '非遗', '保护']);
  });

  it('joins a lone character to the next part, or to the one before at the end, and keeps other parts', () => {
    expect(joinLoneCharacters(['为', '民', '办', '实', '事'])).toEqual(['为民办实事']);
    expect(joinLoneCharacters(['稳', '增长'])).toEqual(['稳增长']);
    expect(joinLoneCharacters(['高', '质量', '发展'])).toEqual(['高质量', '发展']);
    expect(joinLoneCharacters(['产业', '园'])).toEqual(['产业园']);
    expect(joinLoneCharacters(['经济', '普查'])).toEqual(['经济', '普查']);
    expect(joinLoneCharacters(['托育'])).toEqual(['托育']);
    // No part is ever a single character unless the form is one.
    for (const query of ['为民办实事', '高质量发展', '新能源汽车', '水利', '螺蛳粉']) {
      for (const parts of planQuery(query).words[0]!.segments) expect(parts.every((part) => [...part].length > 1)).toBe(true);
    }
  });

  it('treats quotes as the phrase marks they are, and an empty query as no words', () => {
    expect(planQuery('"经济普查"').words.map((w) => w.text)).toEqual(['经济普查']);
    expect(planQuery('').words).toEqual([]);
  });

  it('reads the longest abbreviation first, inside longer words too', () => {
    expect(expandAbbreviations('五经普')).toBe('第五次全国经济普查');
    expect(expandAbbreviations('经普数据')).toBe('经济普查数据');
    expect(expandAbbreviations('稳增长')).toBe('稳增长');
  });
});
