// Doc numbers in running text: where each stands, what it reads as, and the issuer code told from the lead-in words.
import { describe, expect, it } from 'vitest';
import { delimitedPrefixes, findDocNumbers, splitAtRefs } from '../../../../src/pipeline/doc-number/find.ts';

describe('findDocNumbers', () => {
  it('finds doc numbers in running text, taking a known prefix where no delimiter separates it', () => {
    const text = '关于废止柳政规〔2022〕4号文件（国发〔2022〕22号）';
    const found = findDocNumbers(text, new Set(['柳政规', '国发']));
    expect(found.map((m) => [m.docNumber.text, m.index, text.slice(m.index, m.index + m.length)])).toEqual([
      ['柳政规〔2022〕4号', 4, '柳政规〔2022〕4号'],
      ['国发〔2022〕22号', 18, '国发〔2022〕22号'],
    ]);
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

describe('findDocNumbers after lead-in words and delimiters', () => {
  const known = new Set(['柳政发']);
  const contexts = (n: string) => [
    `${n}文件精神，`,
    `根据${n}文件精神，`,
    `为贯彻落实《通知》（${n}）`,
    `经研究，按照${n}要求`,
    `现将《条例》、${n}印发`,
    `依据“${n}”`,
    `见 ${n}`,
    `对${n}作出修改`,
    `即${n}；`,
  ];
  it.each(['柳政发〔2023〕5号', '国发〔2022〕22号', '桂政发〔2023〕9号', '柳人办〔2023〕17号', '柳发改规〔2024〕1号'])('finds %s whatever leads into it', (n) => {
    for (const text of contexts(n)) {
      const found = findDocNumbers(text, known).map((m) => m.docNumber.text);
      expect(found, text).toEqual([n]);
    }
  });

  it('learns the code, not the lead-in, from a delimited citation', () => {
    expect(delimitedPrefixes('根据柳政发〔2023〕5号文件精神，')).toEqual(['柳政发']);
    expect(delimitedPrefixes('（依据桂卫发〔2023〕5号）')).toEqual(['桂卫发']);
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
