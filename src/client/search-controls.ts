// The search box and the panel's controls (scope, order, months, filters) as a search state, both ways.
import { emptyFilters, readState, SCOPES, SORTS, writeState, type SearchState } from '../search/search-state.ts';
import type { FilterGroups } from './search-filters-view.ts';

export interface SearchControls {
  /** Puts a state into the box and the controls (on load and after Back). */
  show(state: SearchState): void;
  /** The state the controls show; filters keep `fallback`'s choice until their boxes exist. */
  read(fallback: SearchState): SearchState;
  /** Unchecks every filter and empties the date range. */
  clear(): void;
}

export function createSearchControls(input: HTMLInputElement, panel: HTMLElement, groups: FilterGroups): SearchControls {
  const radios = (name: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  const month = (name: string) => panel.querySelector<HTMLSelectElement | HTMLInputElement>(`[name="${name}"]`)!;
  return {
    show(state) {
      input.value = state.query;
      for (const radio of radios('scope')) radio.checked = radio.value === state.scope;
      for (const radio of radios('sort')) radio.checked = radio.value === state.sort;
      month('from').value = state.from;
      month('to').value = state.to;
      groups.check(state.filters);
    },
    read(fallback) {
      const pick = <T extends string>(name: string, values: readonly T[], otherwise: T) => values.find((v) => radios(name).some((r) => r.checked && r.value === v)) ?? otherwise;
      const params = writeState({
        query: input.value,
        filters: groups.read() ?? fallback.filters,
        scope: pick('scope', SCOPES, 'all'),
        sort: pick('sort', SORTS, 'relevance'),
        from: month('from').value,
        to: month('to').value,
      });
      return readState(params); // normalises the date range as the URL would.
    },
    clear() {
      groups.check(emptyFilters());
      month('from').value = '';
      month('to').value = '';
    },
  };
}
