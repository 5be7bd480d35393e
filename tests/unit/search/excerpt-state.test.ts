// Excerpts become text runs (never markup); search state round-trips through the URL.
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../../src/search/excerpt.ts';
import { noticeSearchData } from '../../../src/search/notice-attributes.ts';
import { pagefindFilters, readState, sortFilterValues, writeState } from '../../../src/search/search-state.ts';
import { interpretQuery } from '../../../src/search/interpret.ts';

describe('excerptParts', () => {
  it('splits at <mark> and decodes the escaped text', () => {
    expect(excerptParts('做好<mark>经济普查</mark>的通知 &lt;script&gt; &amp; &#39;x&#39;')).toEqual([
      { text: '做好', marked: false },
      { text: '经济普查', marked: true },
      { text: "的通知 <script> & 'x'", marked: false },
    ]);
  });

  it('drops any other tag, so excerpt markup can only ever become text and marks', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>a<mark>b<b>c</b></mark>')).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });

  it('shows the join Pagefind puts between table cells and blocks as a full-width bar', () => {
    expect(excerptParts('31. 民俗. 洛满镇<mark>赶圩日</mark>. 柳南区')).toEqual([
      { text: '31 ｜ 民俗 ｜ 洛满镇', marked: false },
      { text: '赶圩日', marked: true },
      { text: ' ｜ 柳南区', marked: false },
    ]);
  });

  it('leaves unknown or invalid references as typed', () => {
    expect(decodeEntities('&bogus; &#0; &#x1F600;')).toBe('&bogus; &#0; 😀');
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters in a fixed order', () => {
    const state = readState(new URLSearchParams('type=通知&q=经济普查&year=2023&year=2024&year=2023'));
    expect(state).toEqual({ query: '经济普查', filters: { year: ['2023', '2024'], issue: [], type: ['通知'] } });
    expect(writeState(state).toString()).toBe(new URLSearchParams('q=经济普查&year=2023&year=2024&type=通知').toString());
    expect(pagefindFilters(state)).toEqual({ year: { any: ['2023', '2024'] }, type: { any: ['通知'] } });
  });

  it('orders issue labels by their numbers', () => {
    expect(sortFilterValues(['2024年第10期', '2023年第12期', '2024年第3期'])).toEqual(['2023年第12期', '2024年第3期', '2024年第10期']);
  });
});

describe('noticeSearchData', () => {
  it('gives one key:value per filter and meta element', () => {
    expect(noticeSearchData({ docNumber: '柳政发〔2024〕3号', date: '2024-02-08', type: '意见', issueLabel: '2024年第3期' })).toEqual({
      filters: ['year:2024', 'issue:2024年第3期', 'type:意见'],
      meta: ['docNumber:柳政发〔2024〕3号', 'date:2024-02-08', 'issue:2024年第3期'],
    });
  });

  it('refuses an empty value', () => {
    expect(() => noticeSearchData({ docNumber: '', date: '2024-02-08', type: '意见', issueLabel: 'x' })).toThrow();
  });
});

describe('interpretQuery', () => {
  const options = {
    prefixes: ['柳政发'],
    needsConversion: (text: string) => /[發號經濟]/.test(text),
    loadSimplifier: async () => (text: string) => text.replace(/發/g, '发').replace(/號/g, '号').replace(/經/g, '经').replace(/濟/g, '济'),
  };

  it('converts only when needed and says so', async () => {
    expect(await interpretQuery(' 經濟普查 ', options)).toEqual({ query: '經濟普查', simplified: '经济普查', converted: true, docNumber: null, prefix: null, bareNumber: null });
    expect((await interpretQuery('经济普查', { ...options, loadSimplifier: () => Promise.reject(new Error('not needed')) })).converted).toBe(false);
  });

  it('reads a prefix alone or with a year, and a year and number without a prefix', async () => {
    expect((await interpretQuery('柳政發2024', options)).prefix).toEqual({ prefix: '柳政发', year: 2024 });
    expect((await interpretQuery('柳政发', options)).prefix).toEqual({ prefix: '柳政发' });
    expect((await interpretQuery('2024年第3期', options)).bareNumber).toEqual({ year: 2024, number: 3, issue: true });
    expect((await interpretQuery('2024-03', options)).bareNumber).toEqual({ year: 2024, number: 3, issue: false });
    const words = await interpretQuery('2024年 工作', options);
    expect([words.prefix, words.bareNumber, words.docNumber]).toEqual([null, null, null]);
  });

  it('reads the converted query as a doc number', async () => {
    expect((await interpretQuery('柳政發（2024）3號', options)).docNumber?.canonical).toBe('柳政发〔2024〕3号');
  });
});
