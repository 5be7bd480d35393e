// What each region of the search page shows for an outcome (see search-outcome.ts), as plain values: the status line
// the page announces, the converted-query note, the panel of scope, order and filters, and what fills the results.
import type { DocNumberAnswer } from '../search/doc-number-answer.ts';
import type { FilterCounts } from '../search/pagefind-client.ts';
import type { QueryPlan } from '../search/query-plan.ts';
import type { SearchStringKey } from '../search/strings.ts';
import type { SearchOutcome } from './search-outcome.ts';

export type Strings = (key: SearchStringKey, vars?: Record<string, string | number>) => string;

export interface SearchView {
  /** The one-line summary the page announces. */
  status: string;
  /** Whether the previous search's answer, results and suggestions are taken away. */
  clear: boolean;
  /** The note saying which simplified query was searched; null hides it, undefined leaves it. */
  converted?: string | null;
  /** Whether the panel of scope, order and filters is hidden: a doc-number answer has none of them; undefined leaves it. */
  panelHidden?: boolean;
  /** The filters' counts: known ones, null while they are not known (every value without a count), undefined leaves them. */
  counts?: FilterCounts | null;
  /** The doc-number answer's box. */
  answer?: DocNumberAnswer;
  /** What to try when nothing matched. */
  empty?: { plan: QueryPlan; filtered: boolean };
}

/** The status line of a doc-number answer. */
export function answerStatus(answer: DocNumberAnswer, s: Strings): string {
  switch (answer.kind) {
    case 'archived':
      return s('search.count', { count: 1 });
    case 'cited':
      return s('search.citedOnlyStatus', { docNumber: answer.docNumber });
    case 'unknown':
      return s('search.unknownStatus', { docNumber: answer.docNumber });
    case 'prefix':
      return s('search.prefixStatus', { count: answer.years.reduce((n, y) => n + y.numbers.length, 0) });
    case 'bare':
      return s('search.bareStatus', { count: answer.matches.length + (answer.issue ? 1 : 0) });
  }
}

/**
 * The view of an outcome. `countsKnown`: whether the engine's filter data is loaded, so the results' own counts are
 * complete; otherwise they are shown once it is, and the values stand without counts until then.
 */
export function searchView(outcome: SearchOutcome, { s, countsKnown }: { s: Strings; countsKnown: boolean }): SearchView {
  const started = (status: string, converted: string | null, panelHidden = false): SearchView => ({
    status,
    clear: true,
    converted: converted === null ? null : s('search.converted', { query: converted }),
    panelHidden,
  });
  switch (outcome.kind) {
    case 'answer':
      return { ...started(answerStatus(outcome.answer, s), outcome.converted, true), answer: outcome.answer };
    case 'prompt':
      return started(s('search.prompt'), outcome.converted);
    case 'loading':
      return started(s('search.loading'), outcome.converted);
    case 'results':
      return { status: s('search.count', { count: outcome.found.hits.length }), clear: false, counts: countsKnown ? outcome.found.filters : null };
    case 'none':
      // Every count is zero, so no filter is offered, whether the filters' data is loaded or not.
      return { status: s('search.none', { query: outcome.query }), clear: false, counts: {}, empty: { plan: outcome.plan, filtered: outcome.filtered } };
    case 'failed':
      return { status: s('search.loadFailed'), clear: false };
  }
}
