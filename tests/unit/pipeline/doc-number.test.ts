// Doc numbers: every bracket variant to one canonical form, found in running text, with ASCII slugs.
import { describe, expect, it } from 'vitest';
import { findDocNumbers, splitAtRefs } from '../../../src/pipeline/doc-number/find.ts';
import { parseDocNumber, parseDocNumberList } from '../../../src/pipeline/doc-number/grammar.ts';
import { docNumberSlug } from '../../../src/pipeline/doc-number/slug.ts';

describe('doc numbers', () => {
  it.each(['柳政发〔2024〕3号', '柳政发[2024]3号', '柳政发（2024）3号', '柳政发(2024)第3号', '柳政发【2024】03号', '柳政发 〔2024〕 3 号'])('reads %s as 柳政发〔2024〕3号', (text) => {
    expect(parseDocNumber(text)).toEqual({ text: '柳政发〔2024〕3号', prefix: '柳政发', year: 2024, number: 3 });
  });

  it('refuses text that is not one doc number', () => {
    expect(parseDocNumber('柳政发〔2024〕')).toBeUndefined();
    expect(parseDocNumber('见柳政发〔2024〕3号文')).toBeUndefined();
  });

  it('finds doc numbers in running text, taking a known prefix where no delimiter separates it', () => {
    const text = '关于废止柳政规〔2022〕4号文件（国发〔2022〕22号）';
    const found = findDocNumbers(text, new Set(['柳政规', '国发']));
    expect(found.map((m) => [m.docNumber.text, m.index, text.slice(m.index, m.index + m.length)])).toEqual([
      ['柳政规〔2022〕4号', 4, '柳政规〔2022〕4号'],
      ['国发〔2022〕22号', 18, '国发〔2022〕22号'],
    ]);
  });

  it('gives ASCII slugs from the pinyin of the prefix', () => {
    expect(docNumberSlug({ prefix: '柳政发', year: 2024, number: 3 })).toBe('liuzhengfa-2024-3');
    expect(docNumberSlug({ prefix: '桂政发', year: 2023, number: 9 })).toBe('guizhengfa-2023-9');
    expect(docNumberSlug({ prefix: '柳州市人民政府令', number: 20 })).toBe('liuzhoushirenminzhengfuling-no20');
  });

  it.each(['柳州市人民政府令第20号', '柳州市人民政府令 第 20 号', '柳州市人民政府令第020号'])('reads the order number %s without a year', (text) => {
    expect(parseDocNumber(text)).toEqual({ text: '柳州市人民政府令第20号', prefix: '柳州市人民政府令', number: 20 });
  });

  it('reads the numbers of a jointly issued document, one after another, and nothing else as a list', () => {
    expect(parseDocNumberList('柳财规〔2024〕2号  柳教规〔2024〕1号')?.map((d) => d.text)).toEqual(['柳财规〔2024〕2号', '柳教规〔2024〕1号']);
    expect(parseDocNumberList('柳财规〔2024〕2号、柳教规〔2024〕1号')?.map((d) => d.text)).toEqual(['柳财规〔2024〕2号', '柳教规〔2024〕1号']);
    expect(parseDocNumberList('柳政发 〔2024〕 3 号')?.map((d) => d.text)).toEqual(['柳政发〔2024〕3号']);
    expect(parseDocNumberList('柳财规〔2024〕2号 和柳教规')).toBeUndefined();
  });

  it('finds orders cited in running text by the full name of their authority, after a lead-in word', () => {
    const text = '根据《柳州市某某办法》（柳州市人民政府令第5号）和国务院令第708号，废止柳政规〔2022〕4号';
    const found = findDocNumbers(text, new Set(['柳政规']));
    expect(found.map((m) => [m.docNumber.text, m.docNumber.year, text.slice(m.index, m.index + m.length)])).toEqual([
      ['柳州市人民政府令第5号', undefined, '柳州市人民政府令第5号'],
      ['国务院令第708号', undefined, '国务院令第708号'],
      ['柳政规〔2022〕4号', 2022, '柳政规〔2022〕4号'],
    ]);
    // A short form names no authority: it is not read as a number of the archive.
    expect(findDocNumbers('依照市政府令第5号', new Set())).toEqual([]);
  });
});

describe('splitAtRefs', () => {
  it('cuts a text at the doc numbers found in it, keeping the printed form', () => {
    const text = '依据柳政规[2022]4号办理，见国发〔2022〕22号';
    expect(splitAtRefs(text, findDocNumbers(text, new Set(['柳政规'])))).toEqual([
      { text: '依据' },
      { text: '柳政规[2022]4号', docNumber: '柳政规〔2022〕4号' },
      { text: '办理，见' },
      { text: '国发〔2022〕22号', docNumber: '国发〔2022〕22号' },
    ]);
  });
  it('leaves a text without doc numbers whole, an empty text as one empty piece', () => {
    expect(splitAtRefs('柳政发文件', [])).toEqual([{ text: '柳政发文件' }]);
    expect(splitAtRefs('', [])).toEqual([{ text: '' }]);
  });
});
