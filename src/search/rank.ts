// The order of full-text results: the query as a phrase in the title, in a heading, in the body; then notices that hold
// every term apart; then those that hold only some words. Within a tier, Pagefind's own score decides.
import type { PagefindPage } from './pagefind-client.ts';
import { holdsEveryWord, type QueryPlan } from './query-plan.ts';

export const TIERS = ['title', 'heading', 'body', 'terms', 'partial'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a notice known to hold every word as a phrase holds them: all in its title, all in its title and headings, or in its text. */
export function phraseTier(plan: QueryPlan, page: Pick<PagefindPage, 'meta' | 'sub_results'>): 'title' | 'heading' | 'body' {
  const title = page.meta['title'] ?? '';
  if (holdsEveryWord(plan, [title])) return 'title';
  const headings = (page.sub_results ?? []).map((sub) => sub.title);
  return holdsEveryWord(plan, [title, ...headings]) ? 'heading' : 'body';
}

/** A result with its tier and score, as ordered for the page. */
export interface Ranked<T> {
  item: T;
  tier: Tier;
  score: number;
}

/** Stable order: tier first, then the higher score, then the earlier place Pagefind gave it. */
export function byTierThenScore<T>(ranked: readonly Ranked<T>[]): Ranked<T>[] {
  return ranked
    .map((entry, place) => ({ entry, place }))
    .sort((a, b) => TIERS.indexOf(a.entry.tier) - TIERS.indexOf(b.entry.tier) || b.entry.score - a.entry.score || a.place - b.place)
    .map(({ entry }) => entry);
}
