// Excerpts become text runs (never markup); search state round-trips through the URL.
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, markPhrases, phraseExcerpt } from '../../../src/search/excerpt.ts';
import { noticeSearchData } from '../../../src/search/notice-attributes.ts';
import { filterChoices, hasFilters, pagefindFilters, readState, sortFilterValues, writeState } from '../../../src/search/search-state.ts';
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

  it('marks whole phrases, never the single characters Pagefind matched', () => {
    const parts = excerptParts('<mark>稳</mark><mark>增长</mark>各项政策，<mark>增长</mark>6%，<mark>稳</mark>');
    expect(markPhrases(parts, ['稳增长'])).toEqual([
      { text: '稳增长', marked: true },
      { text: '各项政策，增长6%，稳', marked: false },
    ]);
  });

  it('keeps only marks of two characters or more that are part of a phrase when no whole phrase is in the excerpt', () => {
    const parts = excerptParts('<mark>发</mark>展和<mark>柳州</mark>，<mark>柳州市</mark>');
    expect(markPhrases(parts, ['柳州豆腐酿', '柳政发'])).toEqual([
      { text: '发展和', marked: false },
      { text: '柳州', marked: true },
      { text: '，柳州市', marked: false },
    ]);
  });

  it('builds an excerpt around the first whole phrase, showing block joins as ｜', () => {
    const content = '关于公布名录的通知. 各县、区人民政府. 9. 传统技艺. 柳州豆腐酿制作技艺. 柳北区';
    const parts = phraseExcerpt(content, ['柳州豆腐酿'], 12)!;
    expect(parts.map((p) => p.text).join('')).toContain('柳州豆腐酿');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['柳州豆腐酿']);
    expect(parts.map((p) => p.text).join('')).toContain(' ｜ ');
    expect(phraseExcerpt(content, ['螺蛳粉'], 12)).toBeNull();
  });

  it('leaves unknown or invalid references as typed', () => {
    expect(decodeEntities('&bogus; &#0; &#x1F600;')).toBe('&bogus; &#0; 😀');
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters in a fixed order', () => {
    // issue= is a filter the page no longer has: an old link keeps its query and drops it.
    const state = readState(new URLSearchParams('section=政府规章&type=通知&q=经济普查&year=2023&year=2024&year=2023&issue=2024年第3期'));
    expect(state).toEqual({ query: '经济普查', filters: { year: ['2023', '2024'], type: ['通知'], section: ['政府规章'] }, scope: 'all', sort: 'relevance', from: '', to: '' });
    expect(writeState(state).toString()).toBe(new URLSearchParams('q=经济普查&year=2023&year=2024&type=通知&section=政府规章').toString());
    expect(pagefindFilters(state)).toEqual({ year: { any: ['2023', '2024'] }, type: { any: ['通知'] }, section: { any: ['政府规章'] } });
  });

  it('round-trips scope, order and a date range, swapping a reversed range and dropping bad values', () => {
    const state = readState(new URLSearchParams('q=x&scope=title&sort=date&from=2024-02&to=2023-01'));
    expect(state).toMatchObject({ scope: 'title', sort: 'date', from: '2023-01', to: '2024-02' });
    expect(writeState(state).toString()).toBe('q=x&scope=title&sort=date&from=2023-01&to=2024-02');
    expect(readState(new URLSearchParams('scope=body&sort=name&from=2024-13&to=x'))).toMatchObject({ scope: 'all', sort: 'relevance', from: '', to: '' });
  });

  it('searches a date range as the archive months inside it, and finds nothing when none is', () => {
    const months = ['2023-01', '2023-03', '2023-09', '2024-02'];
    const state = readState(new URLSearchParams('from=2023-02&to=2023-12'));
    expect(hasFilters(state)).toBe(true);
    expect(pagefindFilters(state, months)).toEqual({ month: { any: ['2023-03', '2023-09'] } });
    expect(pagefindFilters(readState(new URLSearchParams('from=2025-01')), months)).toEqual({ month: { any: ['none'] } });
  });

  it('orders issue labels by their numbers', () => {
    expect(sortFilterValues(['2024年第10期', '2023年第12期', '2024年第3期'])).toEqual(['2023年第12期', '2024年第3期', '2024年第10期']);
  });

  it('offers every year and type of the archive once in reading order, and each section as the contents first print it', () => {
    const notices = [
      { date: '2024-02-08', type: '意见', section: '市政府文件' },
      { date: '2023-03-11', type: '通知' },
      { date: '2024-01-02', type: '通知', section: '市政府办公室文件' },
      { date: '2024-01-05', type: '令', section: '市政府文件' },
    ];
    expect(filterChoices(notices)).toEqual({ year: ['2023', '2024'], type: ['令', '通知', '意见'], section: ['市政府文件', '市政府办公室文件'] });
    expect(filterChoices(notices.slice(1, 2)).section).toEqual([]);
  });
});

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
