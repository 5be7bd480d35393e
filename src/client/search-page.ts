// The search page's script: wires the box, the controls and the address to the search. What a search shows is
// decided in search-outcome.ts and search-view.ts, written by search-render.ts; how the address follows, by
// search-history.ts. Here only the page's elements, the indexes it loads and the events meet.
import { SEARCH_CONFIG_ID, type SearchConfig } from '../search/config.ts';
import { createReader, type DocNumberShard } from '../search/doc-number-map.ts';
import { sortPrefixes } from '../pipeline/doc-number/typed.ts';
import { takeEnter } from '../search/enter.ts';
import { FILTER_KEYS } from '../search/notice-attributes.ts';
import type { SearchEngine } from '../search/ranked-search.ts';
import { comparableScores, shardMembers } from '../search/shard-scores.ts';
import { hasFilters, readState, type SearchState } from '../search/search-state.ts';
import { needsConversion, simplifier, type Convert, type SimplifiedTable } from '../search/simplified.ts';
import { fill } from '../i18n/fill.ts';
import type { SearchStringKey } from '../search/strings.ts';
import { TITLES_BUNDLE } from '../search/titles-bundle.ts';
import { createRoutes } from '../site/routes.ts';
import { createFilterCounter } from './filter-counts.ts';
import { loadPagefind } from './load-pagefind.ts';
import { walkResultsWithKeys } from './result-keys.ts';
import { createSearchControls } from './search-controls.ts';
import { createFilterGroups } from './search-filters-view.ts';
import { entryUrl, historyStep, initialHistory, type HistoryEvent, type HistoryStep } from './search-history.ts';
import { searchOutcomes, type OutcomeDeps } from './search-outcome.ts';
import { createSearchRenderer, type SearchRegions } from './search-render.ts';
import { searchView } from './search-view.ts';

/**
 * Results rendered per step; "more" adds the next step. Each result loads its notice's whole indexed text (7 KB on
 * average for long notices), so six keep a first search within its transfer budget.
 */
const PAGE_SIZE = 6;
/** Typing pause before a search runs. */
const DEBOUNCE_MS = 150;
const BASE = import.meta.env.BASE_URL;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from the search page`);
  return node as T;
}

export function startSearchPage(): void {
  const config = JSON.parse(byId(SEARCH_CONFIG_ID).textContent ?? '{}') as SearchConfig;
  const s = (key: SearchStringKey, vars?: Record<string, string | number>) => fill(config.strings[key], vars);
  const routes = createRoutes(BASE);
  const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const app = byId('search-app');
  const panel = byId('search-filters');
  const clearFilters = byId<HTMLButtonElement>('search-filter-clear');
  const groups = createFilterGroups(byId('search-filter-groups'), s);
  const controls = createSearchControls(input, panel, groups);
  const regions: SearchRegions = {
    output: byId('search-output'),
    status: byId('search-status'),
    converted: byId('search-converted'),
    answer: byId('search-docnumber'),
    list: byId<HTMLOListElement>('search-results'),
    empty: byId('search-empty'),
    more: byId<HTMLButtonElement>('search-more'),
    panel,
    clearFilters,
    feedback: byId('search-filter-feedback'),
  };
  const renderer = createSearchRenderer(regions, { s, routes, highlightParam: config.highlightParam, groups, pageSize: PAGE_SIZE });
  app.hidden = false;
  // The links for browsing without search are for pages without JavaScript; here the empty state offers them.
  document.querySelector<HTMLElement>('.search-browse')?.setAttribute('hidden', '');

  let simplifierPromise: Promise<Convert> | undefined;
  const loadSimplifier = () =>
    (simplifierPromise ??= fetchJson<SimplifiedTable>(`${BASE}search/simplified.json`).then(simplifier).catch((error: unknown) => {
      simplifierPromise = undefined;
      throw error;
    }));
  const pagefind = loadPagefind(BASE, config.bundles).then(async (module): Promise<SearchEngine> => {
    // Shards weigh words by their own rarity; their scores are made comparable before results are merged.
    const engine = config.bundles.length > 1 ? comparableScores(module, await shardMembers(module, config.bundles)) : module;
    panel.dataset['ready'] = ''; // the index is loaded.
    return engine;
  });
  let titles: Promise<SearchEngine> | undefined; // loaded only when a search is limited to titles.
  const deps: OutcomeDeps = {
    prefixes: sortPrefixes(Object.keys(config.manifest.prefixes)),
    needsConversion: needsConversion(config.bitmap),
    loadSimplifier,
    manifest: config.manifest,
    reader: createReader(config.manifest, (name) => fetchJson<DocNumberShard>(`${BASE}search/doc-numbers/${name}.json`)),
    issues: config.issues,
    engineFor: (scope) => (scope === 'title' ? (titles ??= pagefind.then(() => loadPagefind(BASE, [TITLES_BUNDLE]))) : pagefind),
    bundlesFor: (scope) => (scope === 'title' ? [TITLES_BUNDLE] : config.bundles),
    months: config.months,
    window: PAGE_SIZE,
  };

  let history = initialHistory(readState(new URLSearchParams(window.location.search)));
  // The values come with the page; their counts need the index's filter data, which the first results do not wait for.
  groups.build(config.filters, history.state.filters);
  const counter = createFilterCounter(FILTER_KEYS.filter((key) => config.filters[key].length > 0));
  let ticket = 0;
  let pending: Promise<{ archivedUrl?: string }> = Promise.resolve({});
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows a search's outcomes while it is the newest; returns the archived notice's URL when the query is its doc number. */
  async function show(next: SearchState, current: () => boolean): Promise<{ archivedUrl?: string }> {
    for await (const outcome of searchOutcomes(next, deps)) {
      if (!current()) return {};
      const engine = outcome.kind === 'results' ? outcome.engine : undefined;
      renderer.show(searchView(outcome, { s, countsKnown: engine !== undefined && counter.known(engine) }), next.query);
      if (outcome.kind === 'answer' && outcome.answer.kind === 'archived') return { archivedUrl: routes.notice(outcome.answer.notice.slug) };
      if (outcome.kind !== 'results') continue;
      try {
        await renderer.page(outcome.found.hits, outcome.plan.highlights, 0, current);
      } catch {
        if (current()) renderer.show(searchView({ kind: 'failed' }, { s, countsKnown: false }), next.query);
        return {};
      }
      if (!counter.known(outcome.engine)) {
        void counter.later(outcome.engine, outcome.found).then((counts) => {
          if (current() && counts) renderer.counts(counts, history.state.query);
        });
      }
    }
    return {};
  }

  /** Takes a step of the history: writes its entry and runs its search, the newest of which wins; the results region is busy until it has rendered. */
  async function run(step: HistoryStep): Promise<{ archivedUrl?: string }> {
    const mine = ++ticket;
    history = step.history;
    const next = history.state;
    if (step.entry) {
      const url = entryUrl(step.entry.search, window.location.pathname);
      if (step.entry.method === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    renderer.busy(hasFilters(next));
    const outcome = await show(next, () => mine === ticket);
    if (mine === ticket) renderer.done(next.query);
    return outcome;
  }

  /** Runs the step an event takes, or, when it runs no search, keeps the one under way. */
  const take = (event: HistoryEvent) => {
    clearTimeout(timer);
    const step = historyStep(history, event);
    if (step.run) return (pending = run(step));
    history = step.history;
    return pending;
  };
  const commit = () => take({ kind: 'change', next: controls.read(history.state) });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => take({ kind: 'type', next: controls.read(history.state) }), DEBOUNCE_MS);
  });
  panel.addEventListener('change', commit);
  clearFilters.addEventListener('click', () => {
    controls.clear();
    commit();
  });
  window.addEventListener('popstate', () => {
    const next = readState(new URLSearchParams(window.location.search));
    controls.show(next);
    take({ kind: 'restore', next });
  });
  // Enter searches at once and commits the query to history; when it is an archived doc number it opens that notice.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void take({ kind: 'enter', next: controls.read(history.state) }).then(({ archivedUrl }) => {
      if (archivedUrl) window.location.assign(archivedUrl);
    });
  });

  walkResultsWithKeys(app, input);

  controls.show(history.state);
  const first = take({ kind: 'restore', next: history.state });
  // Enter in another page's box lands here: an exact doc number opens its notice, replacing this page in history.
  if (takeEnter(history.state.query, () => sessionStorage)) {
    void first.then(({ archivedUrl }) => {
      if (archivedUrl) window.location.replace(archivedUrl);
    });
  }
  pagefind.catch(() => {
    regions.status.textContent = s('search.loadFailed');
  });
}
