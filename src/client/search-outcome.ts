// What the search page shows for a search, decided without the page: a doc-number answer from the archive's own
// numbers, a prompt, or full-text results (or none, or a failure) from a Pagefind-like engine given as a parameter.
import { answerBareNumber, answerDocNumber, answerPrefix, type DocNumberAnswer, type IssueCalendar } from '../search/doc-number-answer.ts';
import type { DocNumberManifest, DocNumberReader } from '../search/doc-number-map.ts';
import { interpretQuery, type Interpretation, type InterpretOptions } from '../search/interpret.ts';
import { planQuery, type QueryPlan } from '../search/query-plan.ts';
import { rankedSearch, type RankedSearch, type SearchEngine } from '../search/ranked-search.ts';
import { hasFilters, pagefindFilters, type Scope, type SearchState } from '../search/search-state.ts';

export interface OutcomeDeps extends InterpretOptions {
  manifest: DocNumberManifest;
  reader: DocNumberReader;
  issues: IssueCalendar;
  /** The engine that searches a scope (the full text's shards, or the titles). */
  engineFor(scope: Scope): Promise<SearchEngine>;
  /** The bundles the scope's engine holds, newest first. */
  bundlesFor(scope: Scope): readonly string[];
  /** The months that have notices, oldest first, for the date range. */
  months: readonly string[];
  /** Notices a ranked search reads to place them: the first page of results. */
  window: number;
}

/** The query in simplified characters when converting changed it, so the page says what it searched for; else null. */
type Converted = { converted: string | null };

export type SearchOutcome =
  /** A doc number, a prefix or a year and number, answered from the archive's own numbers, never by full text. */
  | ({ kind: 'answer'; answer: DocNumberAnswer } & Converted)
  /** Nothing to search: no words and no filter. */
  | ({ kind: 'prompt' } & Converted)
  /** A full-text search has started; its results follow. */
  | ({ kind: 'loading' } & Converted)
  | { kind: 'results'; plan: QueryPlan; found: RankedSearch; engine: SearchEngine }
  | { kind: 'none'; query: string; plan: QueryPlan; filtered: boolean }
  /** The index could not be loaded or searched. */
  | { kind: 'failed' };

/** The archive's answer when the query is a doc number, a prefix or a year and number; null for words. */
async function answerFor(meaning: Interpretation, { manifest, reader, issues }: OutcomeDeps): Promise<DocNumberAnswer | null> {
  if (meaning.docNumber) return answerDocNumber(meaning.docNumber, manifest, reader);
  if (meaning.prefix) return answerPrefix(meaning.prefix, manifest, reader);
  if (meaning.bareNumber) return answerBareNumber(meaning.bareNumber, manifest, reader, issues);
  return null;
}

/**
 * The outcomes of a search, in the order the page shows them: an answer or a prompt alone, or `loading` and then the
 * full-text outcome. A doc number is answered from the lookup alone; full text would only rank it among notices that
 * mention similar numbers. A reader that stops reading (a newer search started) stops the search.
 */
export async function* searchOutcomes(state: SearchState, deps: OutcomeDeps): AsyncGenerator<SearchOutcome, void> {
  // Without the conversion table the query is searched as typed.
  const meaning = await interpretQuery(state.query, deps).catch(() => interpretQuery(state.query, { ...deps, needsConversion: () => false }));
  const answer = await answerFor(meaning, deps).catch(() => null);
  const converted = meaning.converted ? meaning.simplified : null;
  if (answer || (!meaning.simplified && !hasFilters(state))) {
    yield answer ? { kind: 'answer', answer, converted } : { kind: 'prompt', converted };
    return;
  }
  yield { kind: 'loading', converted };
  let outcome: SearchOutcome;
  try {
    const engine = await deps.engineFor(state.scope);
    const plan = planQuery(meaning.simplified);
    const options = { filters: pagefindFilters(state, deps.months), window: deps.window, order: state.sort, shards: deps.bundlesFor(state.scope) };
    const found = await rankedSearch(engine, plan, options);
    outcome = found.hits.length > 0 ? { kind: 'results', plan, found, engine } : { kind: 'none', query: meaning.simplified, plan, filtered: hasFilters(state) };
  } catch {
    outcome = { kind: 'failed' };
  }
  yield outcome;
}
