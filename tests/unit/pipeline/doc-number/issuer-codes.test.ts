// Issuer codes: what stands before 〔year〕 is a code, never the words that lead into a citation.
import { describe, expect, it } from 'vitest';
import { issuerCode, LEAD_INS, withoutLeadIns } from '../../../../src/pipeline/doc-number/issuer-codes.ts';

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
