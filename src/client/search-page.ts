// The search page's script: reads the search from the URL and the controls, answers doc numbers from the archive's
// own numbers, searches Pagefind (the full text or the titles alone) and renders the results as DOM nodes. Typing
// replaces the URL; a committed change (Enter, a filter, scope, order or dates) adds a history entry, so Back undoes it.
import { SEARCH_CONFIG_ID, type SearchConfig } from '../search/config.ts';
import { answerBareNumber, answerDocNumber, answerPrefix, type DocNumberAnswer } from '../search/doc-number-answer.ts';
import { createReader, type DocNumberShard } from '../search/doc-number-map.ts';
import { sortPrefixes } from '../search/doc-number-query.ts';
import { takeEnter } from '../search/enter.ts';
import { interpretQuery, type Interpretation } from '../search/interpret.ts';
import { FILTER_KEYS } from '../search/notice-attributes.ts';
import { noPageFilters, type FilterCounts, type PagefindModule, type PagefindOptions, type PagefindResult } from '../search/pagefind-client.ts';
import { planQuery } from '../search/query-plan.ts';
import type { Ranked } from '../search/rank.ts';
import { rankedSearch, type RankedSearch, type SearchEngine } from '../search/ranked-search.ts';
import { comparableScores, shardMembers } from '../search/shard-scores.ts';
import { emptyFilters, hasFilters, pagefindFilters, readState, SCOPES, SORTS, writeState, type SearchState } from '../search/search-state.ts';
import { needsConversion, simplifier, type Convert, type SimplifiedTable } from '../search/simplified.ts';
import { fill } from '../i18n/fill.ts';
import type { SearchStringKey } from '../search/strings.ts';
import { SHARD_FILTER } from '../search/shards.ts';
import { TITLES_BUNDLE } from '../search/titles-bundle.ts';
import { createRoutes } from '../site/routes.ts';
import { renderAnswer } from './doc-number-answer-view.ts';
import { createFilterGroups } from './search-filters-view.ts';
import { partialDivider, renderNoResults, renderResult } from './search-results-view.ts';
import { walkResultsWithKeys } from './result-keys.ts';

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

/**
 * How every bundle searches; a merged shard takes them again. The status meta (未见废止或修改记载 …) is for showing;
 * Pagefind searches meta as text, so it must not rank a page.
 */
const SEARCH_OPTIONS: PagefindOptions = { excerptLength: 36, ranking: { metaWeights: { status: 0 }, pageLength: 0 } };

/** Loads a Pagefind index (the full text's shards, newest first, or the titles) as one module: the first bundle merges the rest. */
async function loadPagefind([primary, ...shards]: readonly string[]): Promise<PagefindModule> {
  const module = (await import(/* @vite-ignore */ `${BASE}${primary}/pagefind.js`)) as PagefindModule;
  // Each bundle's pages carry their bundle's name as a filter, so a newest-first listing can take the shards one by one.
  const optionsOf = (bundle: string): PagefindOptions => (shards.length > 0 ? { ...SEARCH_OPTIONS, mergeFilter: { [SHARD_FILTER]: bundle } } : SEARCH_OPTIONS);
  // One call before init: later calls replace the options init reads. Searching in Pagefind's worker keeps a query of
  // a large archive (a single search of 150 issues takes 40–140 ms) from blocking the page.
  await module.options(optionsOf(primary!));
  await module.init();
  // The shards load side by side; their order no longer matters once each carries its filter.
  await Promise.all(shards.map((shard) => module.mergeIndex(`${BASE}${shard}/`, optionsOf(shard))));
  return module;
}

export function startSearchPage(): void {
  const config = JSON.parse(byId(SEARCH_CONFIG_ID).textContent ?? '{}') as SearchConfig;
  const s = (key: SearchStringKey, vars?: Record<string, string | number>) => fill(config.strings[key], vars);
  const routes = createRoutes(BASE);
  const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const app = byId('search-app');
  const output = byId('search-output');
  const status = byId('search-status');
  const convertedNote = byId('search-converted');
  const docNumberBox = byId('search-docnumber');
  const list = byId<HTMLOListElement>('search-results');
  const empty = byId('search-empty');
  const more = byId<HTMLButtonElement>('search-more');
  const panel = byId('search-filters');
  const clearFilters = byId<HTMLButtonElement>('search-filter-clear');
  const groups = createFilterGroups(byId('search-filter-groups'), s);
  const radios = (name: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  const month = (name: string) => panel.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  app.hidden = false;
  // The links for browsing without search are for pages without JavaScript; here the empty state offers them.
  document.querySelector<HTMLElement>('.search-browse')?.setAttribute('hidden', '');

  const prefixes = sortPrefixes(Object.keys(config.manifest.prefixes));
  const mayBeTraditional = needsConversion(config.bitmap);
  let simplifierPromise: Promise<Convert> | undefined;
  const loadSimplifier = () =>
    (simplifierPromise ??= fetchJson<SimplifiedTable>(`${BASE}search/simplified.json`).then(simplifier).catch((error: unknown) => {
      simplifierPromise = undefined;
      throw error;
    }));
  const reader = createReader(config.manifest, (name) => fetchJson<DocNumberShard>(`${BASE}search/doc-numbers/${name}.json`));
  const interpret = (raw: string) => interpretQuery(raw, { prefixes, needsConversion: mayBeTraditional, loadSimplifier });
  const pagefind = loadPagefind(config.bundles).then(async (module): Promise<SearchEngine> => {
    // Shards weigh words by their own rarity; their scores are made comparable before results are merged.
    const engine = config.bundles.length > 1 ? comparableScores(module, await shardMembers(module, config.bundles)) : module;
    panel.dataset['ready'] = ''; // the index is loaded.
    return engine;
  });
  let titles: Promise<SearchEngine> | undefined; // loaded only when a search is limited to titles.
  const engineFor = (scope: SearchState['scope']) => (scope === 'title' ? (titles ??= pagefind.then(() => loadPagefind([TITLES_BUNDLE]))) : pagefind);

  let state: SearchState = readState(new URLSearchParams(window.location.search));
  // The values come with the page; their counts need the index's filter data, which the first results do not wait for.
  groups.build(config.filters, state.filters);
  const filterData = new Map<SearchEngine, Promise<boolean>>();
  // A filter value no notice has loads each filter's data (a chunk per filter and shard) and lists nothing.
  const noValue = noPageFilters(FILTER_KEYS.filter((key) => config.filters[key].length > 0));
  const loadFilterData = (engine: SearchEngine) =>
    filterData.get(engine) ?? filterData.set(engine, engine.search(null, { filters: noValue }).then(() => true, () => false)).get(engine)!;
  const counted = new Set<SearchEngine>();

  /** Shows the counts of a search once its engine's filter data is loaded, unless a newer search has started. */
  async function countLater(engine: SearchEngine, found: RankedSearch, mine: number): Promise<void> {
    if (!(await loadFilterData(engine))) return;
    counted.add(engine);
    const counts = await found.countFilters().catch(() => null);
    if (mine === ticket && counts) showCounts(counts);
  }

  function showCounts(counts: FilterCounts): void {
    groups.update(counts);
    panel.dataset['counted'] = state.query; // tells tests and the benchmark which search the counts belong to.
  }
  let ticket = 0;
  let pending: Promise<{ archivedUrl?: string }> = Promise.resolve({});
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Puts a state into the box and the controls (on load and after Back). */
  function showState(next: SearchState): void {
    input!.value = next.query;
    for (const radio of radios('scope')) radio.checked = radio.value === next.scope;
    for (const radio of radios('sort')) radio.checked = radio.value === next.sort;
    month('from').value = next.from;
    month('to').value = next.to;
    groups.check(next.filters);
  }

  /** The state the controls show; filters keep the URL's choice until their boxes exist. */
  function stateFromControls(): SearchState {
    const pick = <T extends string>(name: string, values: readonly T[], fallback: T) => (values.find((v) => radios(name).some((r) => r.checked && r.value === v)) ?? fallback);
    const params = writeState({
      query: input!.value,
      filters: groups.read() ?? state.filters,
      scope: pick('scope', SCOPES, 'all'),
      sort: pick('sort', SORTS, 'relevance'),
      from: month('from').value,
      to: month('to').value,
    });
    return readState(params); // normalises the date range as the URL would.
  }

  async function renderPage(hits: Ranked<PagefindResult>[], terms: readonly string[], from: number, mine: number): Promise<void> {
    const shown = hits.slice(from, from + PAGE_SIZE);
    const pages = await Promise.all(shown.map((hit) => hit.item.data()));
    if (mine !== ticket) return;
    pages.forEach((page, i) => {
      // Notices that hold only some of the words follow the rest, under a line that says so.
      if (shown[i]!.tier === 'partial' && hits[from + i - 1]?.tier !== 'partial') list.append(partialDivider({ s }));
      list.append(renderResult(page, terms, { s, routes, highlightParam: config.highlightParam }));
    });
    const next = from + PAGE_SIZE;
    more.hidden = next >= hits.length;
    more.onclick = () => {
      const firstNew = list.querySelectorAll('.search-result').length;
      void renderPage(hits, terms, next, mine).then(() => list.querySelectorAll('.search-result')[firstNew]?.querySelector<HTMLElement>('a')?.focus());
    };
  }

  /** The archive's answer when the query is a doc number, a prefix or a year and number; null for words. */
  async function answerFor(meaning: Interpretation): Promise<DocNumberAnswer | null> {
    if (meaning.docNumber) return answerDocNumber(meaning.docNumber, config.manifest, reader);
    if (meaning.prefix) return answerPrefix(meaning.prefix, config.manifest, reader);
    if (meaning.bareNumber) return answerBareNumber(meaning.bareNumber, config.manifest, reader, config.issues);
    return null;
  }

  /**
   * Runs a search for the state and returns the archived notice's URL when the query is its doc number.
   * A doc number is answered from the lookup alone; full text would only rank it among notices that mention similar numbers.
   */
  async function searchFor(next: SearchState, mine: number): Promise<{ archivedUrl?: string }> {
    let meaning: Interpretation;
    try {
      meaning = await interpret(next.query);
    } catch {
      // Without the conversion table the query is searched as typed.
      meaning = await interpretQuery(next.query, { prefixes, needsConversion: () => false, loadSimplifier });
    }
    const answer = await answerFor(meaning).catch(() => null);
    if (mine !== ticket) return {};
    convertedNote.hidden = !meaning.converted;
    convertedNote.textContent = meaning.converted ? s('search.converted', { query: meaning.simplified }) : '';
    docNumberBox.replaceChildren();
    list.replaceChildren();
    empty.replaceChildren();
    more.hidden = true;
    // Scope, order and filters narrow full text; a doc-number answer has none of them.
    panel.hidden = answer !== null;
    if (answer) {
      // A doc number, a prefix or a year and number is answered from the archive's own numbers, never by full text.
      const { box, status: summary } = renderAnswer(answer, { s, routes });
      docNumberBox.append(box);
      status.textContent = summary;
      return answer.kind === 'archived' ? { archivedUrl: routes.notice(answer.notice.slug) } : {};
    }
    if (!meaning.simplified && !hasFilters(next)) {
      status.textContent = s('search.prompt');
      return {};
    }
    status.textContent = s('search.loading');
    try {
      const engine = await engineFor(next.scope);
      const plan = planQuery(meaning.simplified);
      const shards = next.scope === 'title' ? [TITLES_BUNDLE] : config.bundles;
      const found = await rankedSearch(engine, plan, { filters: pagefindFilters(next, config.months), window: PAGE_SIZE, order: next.sort, shards });
      if (mine !== ticket) return {};
      const count = found.hits.length;
      // No result: every count is zero, so no filter is offered, whether the filters' data is loaded or not.
      if (count === 0 || counted.has(engine)) showCounts(count === 0 ? {} : found.filters);
      else groups.update(null);
      status.textContent = count === 0 ? s('search.none', { query: meaning.simplified }) : s('search.count', { count });
      if (count === 0) empty.append(renderNoResults(plan, hasFilters(next), { s, routes, highlightParam: config.highlightParam }));
      await renderPage(found.hits, plan.highlights, 0, mine);
      if (count > 0 && !counted.has(engine)) void countLater(engine, found, mine);
    } catch {
      if (mine === ticket) status.textContent = s('search.loadFailed');
    }
    return {};
  }

  // Whether the current history entry holds a committed search; the first keystroke after one starts a new entry.
  let committed = true;

  /**
   * Runs a search; the newest one wins, and the results region is marked busy until it has rendered. How the URL follows:
   * 'commit' (Enter, a control) adds a history entry for a change; 'type' adds one at the first keystroke after a commit
   * and then replaces it; 'none' leaves it (page load, Back).
   */
  async function run(next: SearchState, mode: 'commit' | 'type' | 'none'): Promise<{ archivedUrl?: string }> {
    const mine = ++ticket;
    const url = writeState(next).toString();
    const changed = url !== writeState(state).toString();
    state = next;
    if (mode !== 'none' && changed) {
      const target = url ? `?${url}` : window.location.pathname;
      // A commit always gets its own entry; typing gets one at its first keystroke after a commit, then updates it.
      if (mode === 'commit' || committed) window.history.pushState(null, '', target);
      else window.history.replaceState(null, '', target);
    }
    if (mode !== 'none') committed = mode === 'commit';
    clearFilters.hidden = !hasFilters(next);
    output.setAttribute('aria-busy', 'true');
    const outcome = await searchFor(next, mine);
    if (mine === ticket) {
      output.setAttribute('aria-busy', 'false');
      // Tells tests (and anyone scripting the page) which query the shown results belong to.
      output.dataset['searched'] = next.query;
    }
    return outcome;
  }

  const commit = () => {
    clearTimeout(timer);
    pending = run(stateFromControls(), 'commit');
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => (pending = run(stateFromControls(), 'type')), DEBOUNCE_MS);
  });
  panel.addEventListener('change', commit);
  clearFilters.addEventListener('click', () => {
    groups.check(emptyFilters());
    month('from').value = '';
    month('to').value = '';
    commit();
  });
  window.addEventListener('popstate', () => {
    const next = readState(new URLSearchParams(window.location.search));
    showState(next);
    clearTimeout(timer);
    pending = run(next, 'none');
  });

  // Enter searches at once and commits the query to history; when it is an archived doc number it opens that notice.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const next = stateFromControls();
    const same = writeState(next).toString() === writeState(state).toString();
    if (same) committed = true; // the entry typing made is now the committed search.
    const done = same ? pending : (pending = run(next, 'commit'));
    void done.then(({ archivedUrl }) => {
      if (archivedUrl) window.location.assign(archivedUrl);
    });
  });

  walkResultsWithKeys(app, input);

  showState(state);
  pending = run(state, 'none');
  // Enter in another page's box lands here: an exact doc number opens its notice, replacing this page in history.
  if (takeEnter(state.query, () => sessionStorage)) {
    void pending.then(({ archivedUrl }) => {
      if (archivedUrl) window.location.replace(archivedUrl);
    });
  }
  pagefind.catch(() => {
    status.textContent = s('search.loadFailed');
  });
}
