// Doc numbers: every bracket variant to one canonical form, found in running text, with ASCII slugs.
import { describe, expect, it } from 'vitest';
import { findDocNumbers, parseDocNumber } from '../../../src/pipeline/doc-number.ts';
import { docNumberSlug } from '../../../src/pipeline/doc-number-slug.ts';

describe('doc numbers', () => {
  it.each(['柳政发〔2024〕3号', '柳政发[2024]3号', '柳政发（2024）3号', '柳政发(2024)第3号', '柳政发【2024】03号', '柳政发 〔2024〕 3 号'])('reads %s as 柳政发〔2024〕3号', (text) => {
    expect(parseDocNumber(text)).toEqual({ text: '柳政发〔2024〕3号', prefix: '柳政发', year: 2024, number: 3 });
  });

  it('refuses text that is not one doc number', () => {
    expect(parseDocNumber('柳政发〔2024〕')).toBeUndefined();
    expect(parseDocNumber('见柳政发〔2024〕3号文')).toBeUndefined();
  });

  it('finds doc numbers in running text, taking a known prefix where no delimiter separates it', () => {
    const found = findDocNumbers('关于废止柳政规〔2022〕4号文件（国发〔2022〕22号）', new Set(['柳政规', '国发']));
    expect(found.map((m) => [m.docNumber.text, m.index, m.verbatim])).toEqual([
      ['柳政规〔2022〕4号', 4, '柳政规〔2022〕4号'],
      ['国发〔2022〕22号', 18, '国发〔2022〕22号'],
    ]);
  });

  it('gives ASCII slugs from the pinyin of the prefix', () => {
    expect(docNumberSlug({ prefix: '柳政发', year: 2024, number: 3 })).toBe('liuzhengfa-2024-3');
    expect(docNumberSlug({ prefix: '桂政发', year: 2023, number: 9 })).toBe('guizhengfa-2023-9');
  });
});
