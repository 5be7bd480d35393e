// The search page's state round-trips through the URL, and the filters offered come in reading order.
import { describe, expect, it } from 'vitest';
import { filterChoices, hasFilters, pagefindFilters, readState, sortFilterValues, writeState } from '../../../src/search/search-state.ts';

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
