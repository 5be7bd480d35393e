// What each region of the search page shows for an outcome: the announced status, the converted-query note, the
// panel, the counts and what fills the results.
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/client/search-outcome.ts';
import { answerStatus, searchView } from '../../../src/client/search-view.ts';
import type { DocNumberAnswer } from '../../../src/search/doc-number-answer.ts';
import type { ListedNumber } from '../../../src/search/doc-number-map.ts';
import { planQuery } from '../../../src/search/query-plan.ts';
import type { RankedSearch, SearchEngine } from '../../../src/search/ranked-search.ts';

/** Strings as their key and variables, so a test reads which message and which values. */
const s = (key: string, vars?: Record<string, string | number>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);
const listed = (number: number): ListedNumber => ({ docNumber: `柳政发〔2024〕${number}号`, year: 2024, number, target: { notice: { slug: `liuzhengfa-2024-${number}`, title: 'T' } } });
const engine: SearchEngine = { search: () => Promise.reject(new Error('unused')) };
const found = (count: number): RankedSearch => ({
  hits: Array.from({ length: count }, (_, i) => ({ item: { id: String(i), data: () => Promise.reject(new Error('unused')) }, tier: 'body' as const, score: 1 })),
  filters: { year: { 2024: count } },
  countFilters: async () => ({}),
});

describe('answerStatus', () => {
  it('announces each kind of answer with its count or number', () => {
    const answers: [DocNumberAnswer, string][] = [
      [{ kind: 'archived', docNumber: '柳政发〔2024〕3号', notice: { slug: 'liuzhengfa-2024-3', title: 'T' } }, 'search.count {"count":1}'],
      [{ kind: 'cited', docNumber: '柳政发〔2020〕1号', indexSlug: 'liuzhengfa-2020-1', citedBy: [], citedByCount: 0 }, 'search.citedOnlyStatus {"docNumber":"柳政发〔2020〕1号"}'],
      [{ kind: 'unknown', docNumber: '桂政发〔2024〕1号', prefix: '桂政发', nearest: [] }, 'search.unknownStatus {"docNumber":"桂政发〔2024〕1号"}'],
      [{ kind: 'prefix', prefix: '柳政发', prefixSlug: 'liuzhengfa', years: [{ year: 2024, numbers: [listed(3), listed(4)] }, { year: 2023, numbers: [listed(1)] }], olderYears: [2020] }, 'search.prefixStatus {"count":3}'],
      [{ kind: 'bare', year: 2024, number: 3, matches: [listed(3)], issue: { id: '2024-03', label: '2024年第3期' } }, 'search.bareStatus {"count":2}'],
      [{ kind: 'bare', year: 2024, number: 9, matches: [] }, 'search.bareStatus {"count":0}'],
    ];
    for (const [answer, status] of answers) expect(answerStatus(answer, s)).toBe(status);
  });
});

describe('searchView', () => {
  const view = (outcome: SearchOutcome, countsKnown = false) => searchView(outcome, { s, countsKnown });

  it('shows a doc-number answer alone: earlier results cleared, the panel of scope and filters hidden', () => {
    const answer: DocNumberAnswer = { kind: 'archived', docNumber: '柳政发〔2024〕3号', notice: { slug: 'liuzhengfa-2024-3', title: 'T' } };
    expect(view({ kind: 'answer', answer, converted: null })).toEqual({ status: 'search.count {"count":1}', clear: true, converted: null, panelHidden: true, answer });
  });

  it('says which simplified query was searched, from the first outcome of a search on', () => {
    expect(view({ kind: 'loading', converted: '经济' })).toEqual({ status: 'search.loading', clear: true, converted: 'search.converted {"query":"经济"}', panelHidden: false });
    expect(view({ kind: 'prompt', converted: null })).toEqual({ status: 'search.prompt', clear: true, converted: null, panelHidden: false });
  });

  it('counts results, with the filters counted only once their data is loaded', () => {
    const results: SearchOutcome = { kind: 'results', plan: planQuery('水利'), found: found(2), engine };
    expect(view(results, true)).toEqual({ status: 'search.count {"count":2}', clear: false, counts: { year: { 2024: 2 } } });
    expect(view(results, false)).toEqual({ status: 'search.count {"count":2}', clear: false, counts: null });
  });

  it('offers no filter and what to try when nothing matched', () => {
    const plan = planQuery('螺蛳粉 产业');
    expect(view({ kind: 'none', query: '螺蛳粉 产业', plan, filtered: true })).toEqual({
      status: 'search.none {"query":"螺蛳粉 产业"}',
      clear: false,
      counts: {},
      empty: { plan, filtered: true },
    });
  });

  it('says the index failed, leaving the rest as it was', () => {
    expect(view({ kind: 'failed' })).toEqual({ status: 'search.loadFailed', clear: false });
  });
});
