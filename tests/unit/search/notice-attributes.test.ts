// The data-pagefind attributes of a notice page: one key:value per filter and meta element.
import { describe, expect, it } from 'vitest';
import { noticeSearchData } from '../../../src/search/notice-attributes.ts';

describe('noticeSearchData', () => {
  it('gives one key:value per filter and meta element', () => {
    expect(noticeSearchData({ docNumber: '柳政发〔2024〕3号', date: '2024-02-08', type: '意见', issueLabel: '2024年第3期', status: '未见废止或修改记载' })).toEqual({
      filters: ['year:2024', 'type:意见', 'month:2024-02'],
      meta: ['docNumber:柳政发〔2024〕3号', 'date:2024-02-08', 'issue:2024年第3期', 'status:未见废止或修改记载'],
      sort: ['date:2024-02-08'],
    });
  });

  it('refuses an empty value', () => {
    expect(() => noticeSearchData({ docNumber: '', date: '2024-02-08', type: '意见', issueLabel: 'x', status: '未见废止或修改记载' })).toThrow();
  });
});
