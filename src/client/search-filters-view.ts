// The filter groups (year, type) as checkboxes of the archive's values, with how many results each value would keep
// once the index's filter data is loaded; values that would keep none are hidden unless chosen, so an empty search
// shows no zeroed filters.
import { FILTER_KEYS, type FilterKey } from '../search/notice-attributes.ts';
import type { FilterCounts } from '../search/pagefind-client.ts';
import { emptyFilters } from '../search/search-state.ts';
import type { SearchStringKey } from '../search/strings.ts';
import { el } from './dom.ts';

export interface FilterGroups {
  /** Builds the groups once, from every value in the archive, with `chosen` checked. */
  build(values: Record<FilterKey, string[]>, chosen: Record<FilterKey, string[]>): void;
  /** Shows the counts of the current results; null while they are not known, which shows every value without a count. */
  update(counts: FilterCounts | null): void;
  /** Checks exactly the chosen values (after Back, or a clear). */
  check(chosen: Record<FilterKey, string[]>): void;
  /** The checked values, or null before the groups exist. */
  read(): Record<FilterKey, string[]> | null;
}

export function createFilterGroups(container: HTMLElement, s: (key: SearchStringKey, vars?: Record<string, string | number>) => string): FilterGroups {
  const boxes = new Map<string, { filter: FilterKey; value: string; box: HTMLInputElement; label: HTMLLabelElement; count: HTMLElement }>();
  const fieldsets = new Map<FilterKey, HTMLFieldSetElement>();
  const key = (filter: FilterKey, value: string) => `${filter}\u0000${value}`;
  let last: FilterCounts | null = null;
  const groups: FilterGroups = {
    build(all, chosen) {
      container.replaceChildren();
      boxes.clear();
      fieldsets.clear();
      for (const filter of FILTER_KEYS) {
        const values = all[filter];
        if (values.length < 2) continue; // a filter with one value cannot narrow anything.
        const fieldset = el('fieldset', { class: 'search-filter' }, el('legend', {}, s(`search.filter.${filter}`)));
        for (const value of values) {
          const box = el('input', { type: 'checkbox', name: filter, value });
          box.checked = chosen[filter].includes(value);
          const count = el('span', {}, value);
          const label = el('label', {}, box, ' ', count);
          boxes.set(key(filter, value), { filter, value, box, label, count });
          fieldset.append(label);
        }
        fieldsets.set(filter, fieldset);
        container.append(fieldset);
      }
      groups.update(last);
    },
    update(counts) {
      last = counts;
      for (const { filter, value, box, label, count } of boxes.values()) {
        const n = counts ? (counts[filter]?.[value] ?? 0) : undefined;
        count.textContent = n === undefined ? value : s('search.filter.count', { value, count: n });
        label.hidden = n === 0 && !box.checked;
      }
      for (const [filter, fieldset] of fieldsets) fieldset.hidden = [...boxes.values()].every((b) => b.filter !== filter || b.label.hidden);
    },
    check(chosen) {
      for (const { filter, value, box } of boxes.values()) box.checked = chosen[filter].includes(value);
    },
    read() {
      if (boxes.size === 0) return null;
      const filters = emptyFilters();
      for (const { filter, value, box } of boxes.values()) if (box.checked) filters[filter].push(value);
      return filters;
    },
  };
  return groups;
}
