// How the search page's address follows a search: typing replaces one entry, a committed change adds one, Enter on
// the search shown only commits it, Back and Forward write nothing.
import { describe, expect, it } from 'vitest';
import { entryUrl, historyStep, initialHistory, type HistoryEvent, type HistoryState } from '../../../src/client/search-history.ts';
import { emptyState, type SearchState } from '../../../src/search/search-state.ts';

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({ ...emptyState(), query, ...more });

/** The entries a run of events writes, as push/replace of their parameters, with `run: false` marked. */
function walk(from: HistoryState, events: HistoryEvent[]): { history: HistoryState; writes: string[] } {
  const writes: string[] = [];
  let history = from;
  for (const event of events) {
    const step = historyStep(history, event);
    history = step.history;
    if (step.entry) writes.push(`${step.entry.method} ${step.entry.search}`);
    if (!step.run) writes.push('no search');
  }
  return { history, writes };
}

const type = (query: string): HistoryEvent => ({ kind: 'type', next: state(query) });
const enter = (query: string): HistoryEvent => ({ kind: 'enter', next: state(query) });
const restore = (query: string): HistoryEvent => ({ kind: 'restore', next: state(query) });

describe('historyStep', () => {
  it('adds an entry at the first typing pause after the page loaded, then updates it', () => {
    const { writes } = walk(initialHistory(state('')), [type('经济'), type('经济普查')]);
    expect(writes).toEqual(['push q=%E7%BB%8F%E6%B5%8E', 'replace q=%E7%BB%8F%E6%B5%8E%E6%99%AE%E6%9F%A5']);
  });

  it('gives every committed change its own entry, and typing after one a new entry', () => {
    const sorted: HistoryEvent = { kind: 'change', next: state('a', { sort: 'date' }) };
    const titles: HistoryEvent = { kind: 'change', next: state('a', { sort: 'date', scope: 'title' }) };
    const { writes } = walk(initialHistory(state('a')), [sorted, titles, type('ab'), type('abc')]);
    expect(writes).toEqual(['push q=a&sort=date', 'push q=a&scope=title&sort=date', 'push q=ab', 'replace q=abc']);
  });

  it('commits the typed search on Enter without searching again, so the next keystroke starts a new entry', () => {
    const { history, writes } = walk(initialHistory(state('')), [type('a'), enter('a'), type('ab')]);
    expect(writes).toEqual(['push q=a', 'no search', 'push q=ab']);
    expect(history.state.query).toBe('ab');
  });

  it('adds an entry for Enter on a changed search', () => {
    expect(walk(initialHistory(state('a')), [enter('b')]).writes).toEqual(['push q=b']);
  });

  it('keeps the shown state on Enter on the same search', () => {
    const shown = state('a', { from: '2023-01' });
    const step = historyStep({ state: shown, committed: false }, { kind: 'enter', next: state('a', { from: '2023-01' }) });
    expect(step).toEqual({ history: { state: shown, committed: true }, entry: null, run: false });
    expect(step.history.state).toBe(shown);
  });

  it('writes nothing on Back, Forward or the page load, and leaves typing in the entry it was updating', () => {
    const typed = walk(initialHistory(state('')), [type('a'), type('ab')]);
    const { history, writes } = walk(typed.history, [restore('a'), type('abc')]);
    expect(writes).toEqual(['replace q=abc']);
    expect(history.committed).toBe(false);
    expect(historyStep(initialHistory(state('a')), restore('a'))).toMatchObject({ entry: null, run: true });
  });

  it('writes no entry for a pause that changed nothing, which still ends the commit: the next change updates the entry', () => {
    const { writes } = walk(initialHistory(state('a')), [type('a'), type('ab')]);
    expect(writes).toEqual(['replace q=ab']);
  });
});

describe('entryUrl', () => {
  it('is the parameters, or the path alone for the empty search', () => {
    expect(entryUrl('q=a', '/gongbao/search/')).toBe('?q=a');
    expect(entryUrl('', '/gongbao/search/')).toBe('/gongbao/search/');
  });
});
