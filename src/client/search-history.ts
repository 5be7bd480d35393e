// How the page's address follows a search, as a step from the history's state and an event to the next state and
// the entry to write: typing replaces the URL; a committed change (Enter, a filter, scope, order or dates) adds an
// entry, so Back undoes it; Back and Forward (and the page load) write nothing.
import { writeState, type SearchState } from '../search/search-state.ts';

export interface HistoryState {
  /** The search the page shows. */
  state: SearchState;
  /** Whether the current entry holds a committed search; the first keystroke after one starts a new entry. */
  committed: boolean;
}

/** restore: the page load, Back or Forward; type: a typing pause; change: a control; enter: the form submitted. */
export type HistoryEvent = { kind: 'restore' | 'type' | 'change' | 'enter'; next: SearchState };

export interface HistoryStep {
  history: HistoryState;
  /** The entry to add (push) or to update (replace), with its URL parameters; null leaves the address. */
  entry: { method: 'push' | 'replace'; search: string } | null;
  /** Whether the search runs; Enter on the search already shown only commits it. */
  run: boolean;
}

/** The history of a page just loaded: its address holds a committed search. */
export function initialHistory(state: SearchState): HistoryState {
  return { state, committed: true };
}

export function historyStep({ state, committed }: HistoryState, { kind, next }: HistoryEvent): HistoryStep {
  const search = writeState(next).toString();
  const changed = search !== writeState(state).toString();
  // The entry typing made is now the committed search.
  if (kind === 'enter' && !changed) return { history: { state, committed: true }, entry: null, run: false };
  if (kind === 'restore') return { history: { state: next, committed }, entry: null, run: true };
  const commit = kind !== 'type';
  // A commit always gets its own entry; typing gets one at its first keystroke after a commit, then updates it.
  const entry = changed ? { method: commit || committed ? ('push' as const) : ('replace' as const), search } : null;
  return { history: { state: next, committed: commit }, entry, run: true };
}

/** The URL of an entry: its parameters, or the page's path alone when there are none. */
export function entryUrl(search: string, pathname: string): string {
  return search ? `?${search}` : pathname;
}
