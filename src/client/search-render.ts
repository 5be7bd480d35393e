// Writes a search's view (see search-view.ts) into the search page's regions, and its results a page at a time.
import type { FilterCounts, PagefindResult } from '../search/pagefind-client.ts';
import type { Ranked } from '../search/rank.ts';
import type { Routes } from '../site/routes.ts';
import { renderAnswer } from './doc-number-answer-view.ts';
import { resultPage } from './result-page.ts';
import type { FilterGroups } from './search-filters-view.ts';
import { el } from './dom.ts';
import { partialDivider, renderNoResults, renderResult } from './search-results-view.ts';
import type { SearchView, Strings } from './search-view.ts';

export interface SearchRegions {
  /** The results region, marked busy while a search runs. */
  output: HTMLElement;
  status: HTMLElement;
  converted: HTMLElement;
  answer: HTMLElement;
  list: HTMLOListElement;
  empty: HTMLElement;
  more: HTMLButtonElement;
  panel: HTMLElement;
  clearFilters: HTMLButtonElement;
  /** In the filter panel, where a phone shows it below the results: what the last change found, and a way up to it. */
  feedback: HTMLElement;
}

export interface RenderDeps {
  s: Strings;
  routes: Routes;
  highlightParam: string;
  groups: FilterGroups;
  /** Results shown per page; "more" adds the next. */
  pageSize: number;
}

export interface SearchRenderer {
  /** Shows a view; `query` is the search's, which the counts are marked with. */
  show(view: SearchView, query: string): void;
  /** Shows the filters' counts of the search for `query`. */
  counts(counts: FilterCounts | null, query: string): void;
  /** Adds the page of results starting at `from` once its notices' data is loaded, unless `current` says a newer search started. */
  page(hits: Ranked<PagefindResult>[], terms: readonly string[], from: number, current: () => boolean): Promise<void>;
  /** Marks the results region busy while a search runs, and shows whether filters narrow it. */
  busy(filtered: boolean): void;
  /** Marks the region done with the search for `query`. */
  done(query: string): void;
}

export function createSearchRenderer(regions: SearchRegions, { s, routes, highlightParam, groups, pageSize }: RenderDeps): SearchRenderer {
  const { output, status, converted, answer, list, empty, more, panel, clearFilters, feedback } = regions;
  const renderer: SearchRenderer = {
    show(view, query) {
      if (view.converted !== undefined) {
        converted.hidden = view.converted === null;
        converted.textContent = view.converted ?? '';
      }
      if (view.clear) {
        answer.replaceChildren();
        list.replaceChildren();
        empty.replaceChildren();
        more.hidden = true;
      }
      if (view.panelHidden !== undefined) panel.hidden = view.panelHidden;
      if (view.answer) answer.append(renderAnswer(view.answer, { s, routes }));
      if (view.counts !== undefined) renderer.counts(view.counts, query);
      status.textContent = view.status;
      // Not a live region: the status above is announced already; this is for eyes at the foot of the panel.
      feedback.hidden = !view.status;
      feedback.replaceChildren(view.status, ' ', el('a', { href: '#search-status' }, s('search.toResults')));
      if (view.empty) empty.append(renderNoResults(view.empty.plan, view.empty.filtered, { s, routes, highlightParam }));
    },
    counts(counts, query) {
      groups.update(counts);
      if (counts) panel.dataset['counted'] = query; // tells tests and the benchmark which search the counts belong to.
    },
    async page(hits, terms, from, current) {
      const { shown, next } = resultPage(hits, from, pageSize);
      const pages = await Promise.all(shown.map(({ hit }) => hit.item.data()));
      if (!current()) return;
      pages.forEach((page, i) => {
        if (shown[i]!.partialFirst) list.append(partialDivider({ s }));
        list.append(renderResult(page, terms, { s, routes, highlightParam }));
      });
      more.hidden = next === null;
      more.onclick = () => {
        if (next === null) return;
        const firstNew = list.querySelectorAll('.search-result').length;
        void renderer.page(hits, terms, next, current).then(() => list.querySelectorAll('.search-result')[firstNew]?.querySelector<HTMLElement>('a')?.focus());
      };
    },
    busy(filtered) {
      clearFilters.hidden = !filtered;
      output.setAttribute('aria-busy', 'true');
    },
    done(query) {
      output.setAttribute('aria-busy', 'false');
      // Tells tests (and anyone scripting the page) which query the shown results belong to.
      output.dataset['searched'] = query;
    },
  };
  return renderer;
}
