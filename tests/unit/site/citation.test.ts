// The citation of a notice: the official form, GB/T 7714-2015 and CSL-JSON.
import { describe, expect, it } from 'vitest';
import { CITED_DATE, citationText, cslItem, gbReference } from '../../../src/site/citation.ts';

const base = {
  title: '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见',
  docNumber: '柳政发〔2024〕3号',
  gazette: '柳州市人民政府公报',
  issueLabel: '2024年第3期',
};

describe('citationText', () => {

  it('names the gazette, issue, printed page and doc number', () => {
    const text = citationText({ ...base, startPage: 3 });
    expect(text).toContain('《柳州市人民政府公报》2024年第3期第3页');
    expect(text).toContain('柳政发〔2024〕3号');
    expect(text.startsWith(base.title)).toBe(true);
  });

  it('leaves the page out when it is unknown, and gives the page range when the last page is known', () => {
    expect(citationText(base)).toBe(`${base.title}（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期。`);
    expect(citationText({ ...base, startPage: 3, endPage: 14 })).toBe(`${base.title}（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期第3—14页。`);
    expect(citationText({ ...base, docNumber: undefined, startPage: 18 })).toBe(`${base.title}，《柳州市人民政府公报》2024年第3期第18页。`);
  });
});

describe('references', () => {
  const ref = {
    ...base,
    startPage: 3,
    endPage: 14,
    authority: '柳州市人民政府',
    date: '2024-02-08',
    year: 2024,
    number: 3,
    url: 'https://example.org/notices/liuzhengfa-2024-3/',
  };

  it('writes GB/T 7714-2015 for an online serial article, the access date left to the reader', () => {
    expect(gbReference(ref)).toBe(
      `柳州市人民政府. 柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见: 柳政发〔2024〕3号[EB/OL]. 柳州市人民政府公报, 2024(3): 3-14[${CITED_DATE}]. https://example.org/notices/liuzhengfa-2024-3/.`,
    );
  });

  it('writes a CSL-JSON item with each authority of a joint document as an author', () => {
    expect(cslItem({ ...ref, id: 'liuzhengfa-2024-3', type: '意见', authority: '柳州市财政局、柳州市教育局' })).toEqual({
      id: 'liuzhengfa-2024-3',
      type: 'document',
      title: ref.title,
      number: '柳政发〔2024〕3号',
      genre: '意见',
      authority: '柳州市财政局、柳州市教育局',
      author: [{ literal: '柳州市财政局' }, { literal: '柳州市教育局' }],
      issued: { 'date-parts': [[2024, 2, 8]] },
      'container-title': '柳州市人民政府公报',
      issue: '2024(3)',
      page: '3-14',
      URL: ref.url,
      language: 'zh-CN',
    });
  });
});
