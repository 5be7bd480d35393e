// The search page's script: reads the query from the URL and the box, resolves doc numbers exactly,
// searches Pagefind, and renders results as DOM nodes (query and document text only ever become text).
import { SEARCH_CONFIG_ID, type SearchConfig } from '../search/config.ts';
import { answerBareNumber, answerDocNumber, answerPrefix, type DocNumberAnswer } from '../search/doc-number-answer.ts';
import { createReader, type DocNumberShard } from '../search/doc-number-map.ts';
import { sortPrefixes } from '../search/doc-number-query.ts';
import { takeEnter } from '../search/enter.ts';
import { excerptParts } from '../search/excerpt.ts';
import { interpretQuery, type Interpretation } from '../search/interpret.ts';
import { FILTER_KEYS, type FilterKey } from '../search/notice-attributes.ts';
import { withHighlights } from '../search/highlight-url.ts';
import type { FilterCounts, PagefindModule, PagefindPage, PagefindResult } from '../search/pagefind-client.ts';
import { planQuery } from '../search/query-plan.ts';
import type { Ranked } from '../search/rank.ts';
import { rankedSearch } from '../search/ranked-search.ts';
import { emptyFilters, hasFilters, pagefindFilters, readState, sortFilterValues, writeState, type SearchState } from '../search/search-state.ts';
import { needsConversion, simplifier, type Convert, type SimplifiedTable } from '../search/simplified.ts';
import { fill, type SearchStringKey } from '../search/strings.ts';
import { formatDate } from '../site/dates.ts';
import { createRoutes } from '../site/routes.ts';
import { renderAnswer } from './doc-number-answer-view.ts';
import { el } from './dom.ts';

/** Results rendered per step; "more" adds the next step. */
const PAGE_SIZE = 10;
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
  const output = byId('search-output');
  const status = byId('search-status');
  const convertedNote = byId('search-converted');
  const docNumberBox = byId('search-docnumber');
  const list = byId<HTMLOListElement>('search-results');
  const more = byId<HTMLButtonElement>('search-more');
  const filterSection = byId('search-filters');
  const filterGroups = byId('search-filter-groups');
  const clearFilters = byId<HTMLButtonElement>('search-filter-clear');
  app.hidden = false;

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

  const pagefind: Promise<PagefindModule> = (async () => {
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
    // One call before init: later calls replace the options init reads. The index is small enough that searching
    // on the main thread beats shipping Pagefind's 43 KB worker.
    await module.options({ excerptLength: 36, noWorker: true });
    await module.init();
    return module;
  })();

  let state: SearchState = readState(new URLSearchParams(window.location.search));
  input.value = state.query;
  let ticket = 0;
  let pending: Promise<{ archivedUrl?: string }> = Promise.resolve({});
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checkboxes = new Map<string, HTMLInputElement>();
  let countLabels = new Map<string, HTMLElement>();
  let lastCounts: FilterCounts | undefined;

  const key = (filter: FilterKey, value: string) => `${filter}\u0000${value}`;

  /** Builds the filter groups once, from every value in the index. */
  function renderFilters(all: FilterCounts): void {
    filterGroups.replaceChildren();
    checkboxes = new Map();
    countLabels = new Map();
    for (const filter of FILTER_KEYS) {
      const values = sortFilterValues(Object.keys(all[filter] ?? {}));
      if (values.length < 2) continue; // a filter with one value cannot narrow anything.
      const legend = el('legend', {}, s(`search.filter.${filter}`));
      const fieldset = el('fieldset', { class: 'search-filter' }, legend);
      for (const value of values) {
        const box = el('input', { type: 'checkbox', name: filter, value });
        box.checked = state.filters[filter].includes(value);
        const count = el('span', {}, value);
        checkboxes.set(key(filter, value), box);
        countLabels.set(key(filter, value), count);
        fieldset.append(el('label', {}, box, ' ', count));
      }
      filterGroups.append(fieldset);
    }
    filterSection.hidden = checkboxes.size === 0;
    updateCounts(lastCounts ?? all);
  }

  /** Shows how many results each filter value would keep. */
  function updateCounts(counts: FilterCounts): void {
    lastCounts = counts;
    for (const [k, label] of countLabels) {
      const [filter, value] = k.split('\u0000') as [FilterKey, string];
      label.textContent = s('search.filter.count', { value, count: counts[filter]?.[value] ?? 0 });
    }
  }

  /** The state the page shows; filters keep the URL's choice until their boxes exist. */
  function stateFromForm(): SearchState {
    if (checkboxes.size === 0) return { query: input!.value, filters: state.filters };
    const filters = emptyFilters();
    for (const [k, box] of checkboxes) {
      if (!box.checked) continue;
      const [filter, value] = k.split('\u0000') as [FilterKey, string];
      filters[filter].push(value);
    }
    return { query: input!.value, filters };
  }

  /** One result: title link, doc number, date, issue, excerpt with marks, and sections matched inside it. */
  function renderResult(page: PagefindPage, terms: readonly string[]): HTMLLIElement {
    const link = (url: string) => withHighlights(url, terms, config.highlightParam);
    const { docNumber, date, issue, title } = page.meta;
    const meta = el('p', { class: 'search-result-meta' });
    const bits: (Node | string)[] = [];
    if (docNumber) bits.push(el('span', { class: 'doc-number' }, docNumber));
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) bits.push(el('time', { datetime: date }, formatDate(date)));
    if (issue) bits.push(issue);
    bits.forEach((bit, i) => meta.append(...(i > 0 ? [' · ', bit] : [bit])));
    const item = el('li', { class: 'search-result' }, el('h3', {}, el('a', { href: link(page.url), 'data-result-link': '' }, title ?? page.url)), meta);
    item.append(excerpt(page.excerpt));
    const sections = (page.sub_results ?? []).filter((sub) => sub.anchor && sub.anchor.element !== 'h1' && sub.url.includes('#')).slice(0, 3);
    if (sections.length > 0) {
      const subs = sections.map((sub) => el('li', {}, el('a', { href: link(sub.url), 'data-result-link': '' }, sub.title), excerpt(sub.excerpt)));
      item.append(el('ul', { class: 'search-sections', 'aria-label': s('search.sections') }, ...subs));
    }
    return item;
  }

  function excerpt(html: string): HTMLParagraphElement {
    const p = el('p', { class: 'search-excerpt' });
    for (const part of excerptParts(html)) p.append(part.marked ? el('mark', {}, part.text) : part.text);
    return p;
  }

  /** Renders results from `from` on, PAGE_SIZE at a time; "more" continues. */
  async function renderPage(hits: Ranked<PagefindResult>[], terms: readonly string[], from: number, mine: number): Promise<void> {
    const shown = hits.slice(from, from + PAGE_SIZE);
    const pages = await Promise.all(shown.map((hit) => hit.item.data()));
    if (mine !== ticket) return;
    pages.forEach((page, i) => {
      // Notices that hold only some of the words follow the rest, under a line that says so.
      if (shown[i]!.tier === 'partial' && hits[from + i - 1]?.tier !== 'partial') list.append(el('li', { class: 'search-partial' }, s('search.partial')));
      list.append(renderResult(page, terms));
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
   * A doc number the archive knows is answered from the lookup alone; full text would only rank it among
   * notices that mention similar numbers.
   */
  async function searchFor(next: SearchState, mine: number): Promise<{ archivedUrl?: string }> {
    state = next;
    const params = writeState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : window.location.pathname);
    let meaning: Interpretation;
    try {
      meaning = await interpret(state.query);
    } catch {
      // Without the conversion table the query is searched as typed.
      meaning = await interpretQuery(state.query, { prefixes, needsConversion: () => false, loadSimplifier });
    }
    const answer = await answerFor(meaning).catch(() => null);
    if (mine !== ticket) return {};
    convertedNote.hidden = !meaning.converted;
    convertedNote.textContent = meaning.converted ? s('search.converted', { query: meaning.simplified }) : '';
    docNumberBox.replaceChildren();
    list.replaceChildren();
    more.hidden = true;
    if (answer) {
      // A doc number, a prefix or a year and number is answered from the archive's own numbers, never by full text.
      const { box, status: summary } = renderAnswer(answer, { s, routes });
      docNumberBox.append(box);
      status.textContent = summary;
      return answer.kind === 'archived' ? { archivedUrl: routes.notice(answer.notice.slug) } : {};
    }
    if (!meaning.simplified && !hasFilters(state)) {
      status.textContent = s('search.prompt');
      return {};
    }
    status.textContent = s('search.loading');
    try {
      const engine = await pagefind;
      const plan = planQuery(meaning.simplified);
      const found = await rankedSearch(engine, plan, pagefindFilters(state), PAGE_SIZE);
      if (mine !== ticket) return {};
      updateCounts(found.filters);
      const count = found.hits.length;
      status.textContent = count === 0 ? s('search.none', { query: meaning.simplified }) : s('search.count', { count });
      await renderPage(found.hits, plan.highlights, 0, mine);
    } catch {
      if (mine === ticket) status.textContent = s('search.loadFailed');
    }
    return {};
  }

  /** Runs a search; the newest one wins, and the results region is marked busy until it has rendered. */
  async function run(next: SearchState): Promise<{ archivedUrl?: string }> {
    const mine = ++ticket;
    output.setAttribute('aria-busy', 'true');
    const outcome = await searchFor(next, mine);
    if (mine === ticket) {
      output.setAttribute('aria-busy', 'false');
      // Tells tests (and anyone scripting the page) which query the shown results belong to.
      output.dataset['searched'] = next.query;
    }
    return outcome;
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => (pending = run(stateFromForm())), DEBOUNCE_MS);
  }

  input.addEventListener('input', schedule);
  filterGroups.addEventListener('change', () => {
    clearTimeout(timer);
    pending = run(stateFromForm());
  });
  clearFilters.addEventListener('click', () => {
    for (const box of checkboxes.values()) box.checked = false;
    clearTimeout(timer);
    pending = run(stateFromForm());
  });

  // Enter searches at once; when the query is an archived doc number it opens that notice.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const next = stateFromForm();
    const same = next.query === state.query && writeState(next).toString() === writeState(state).toString();
    const done = same ? pending : (pending = run(next));
    void done.then(({ archivedUrl }) => {
      if (archivedUrl) window.location.assign(archivedUrl);
    });
  });

  // Arrow keys walk from the box through every result link and back; Escape returns to the box.
  const links = () => [...app.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const fromBox = document.activeElement === input;
    if (!fromBox && at === -1) return;
    if (event.key === 'ArrowDown') {
      const target = all[fromBox ? 0 : at + 1];
      if (target) {
        event.preventDefault();
        target.focus();
      }
    } else if (event.key === 'ArrowUp' && at !== -1) {
      event.preventDefault();
      (all[at - 1] ?? input).focus();
    } else if (event.key === 'Escape' && at !== -1) {
      event.preventDefault();
      input.focus();
    }
  });

  pending = run(state);
  // Enter in another page's box lands here: an exact doc number opens its notice, replacing this page in history.
  if (takeEnter(state.query, () => sessionStorage)) {
    void pending.then(({ archivedUrl }) => {
      if (archivedUrl) window.location.replace(archivedUrl);
    });
  }
  pagefind
    .then((engine) => engine.filters())
    .then(renderFilters)
    .catch(() => {
      status.textContent = s('search.loadFailed');
    });
}
