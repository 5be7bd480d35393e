// Issuer codes: what stands before 〔year〕 is a code, never the words that lead into a citation.
import { describe, expect, it } from 'vitest';
import { delimitedPrefixes, findDocNumbers } from '../../../src/pipeline/doc-number/find.ts';
import { issuerCode, LEAD_INS, withoutLeadIns } from '../../../src/pipeline/doc-number/issuer-codes.ts';

const NONE = new Set<string>();

describe('issuerCode', () => {
  it('takes the longest curated or known code the run ends with', () => {
    expect(issuerCode('根据柳政发', NONE)).toBe('柳政发');
    expect(issuerCode('废止柳政规', NONE)).toBe('柳政规');
    expect(issuerCode('柳政办发', NONE)).toBe('柳政办发');
    expect(issuerCode('依据柳卫规', new Set(['柳卫规']))).toBe('柳卫规');
  });

  it('reads a code never seen as the run without its lead-in words', () => {
    expect(issuerCode('根据桂卫发', NONE)).toBe('桂卫发');
    expect(issuerCode('并按照粤府', NONE)).toBe('粤府');
    expect(withoutLeadIns('为贯彻落实国发')).toBe('国发');
  });

  it('never returns a lead-in word, nor empties a run that is only one', () => {
    for (const lead of LEAD_INS) expect(issuerCode(`${lead}国发`, NONE)).toBe('国发');
    expect(withoutLeadIns('根据')).toBe('根据');
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
