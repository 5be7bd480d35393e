// A cited document's title, read where the citing text quotes it right before the doc number.
import { describe, expect, it } from 'vitest';
import { titleQuotedBefore } from '../../../src/pipeline/cites.ts';

describe('titleQuotedBefore', () => {
  const text = '废止2022年1月21日印发的《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》（柳政规〔2022〕4号）。';
  it('reads 《title》（文号）, keeping inner 〈〉 and brackets', () => {
    expect(titleQuotedBefore(text, text.indexOf('柳政规'))).toBe('柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知');
  });
  it('accepts a half-width bracket and a space', () => {
    const t = '根据《国务院关于开展第五次全国经济普查的通知》 (国发〔2022〕22号)';
    expect(titleQuotedBefore(t, t.indexOf('国发'))).toBe('国务院关于开展第五次全国经济普查的通知');
  });
  it('gives nothing when words stand between the title and the number', () => {
    const t = '按照《条例》规定，根据（国发〔2022〕22号）';
    expect(titleQuotedBefore(t, t.indexOf('国发'))).toBeUndefined();
    expect(titleQuotedBefore('国发〔2022〕22号', 0)).toBeUndefined();
  });
});
