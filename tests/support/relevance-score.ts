// Scores a search run against the relevance set: top-1 accuracy, MRR@5 and the misses, overall and per query class.

/** One query of tests/search-relevance/queries.json. */
export interface RelevanceQuery {
  query: string;
  /** What kind of query it is: title-phrase, body-phrase, doc-number … */
  class: string;
  /** Slugs of the notices that may come first; each must be among the first three results. */
  expect: string[];
  why: string;
}

/** A query with the notice slugs the search page listed, in order. */
export interface RelevanceRun extends RelevanceQuery {
  ranked: string[];
}

export interface QueryScore extends RelevanceRun {
  /** 1-based rank of the first expected notice, or 0 when none was listed. */
  rank: number;
  top1: boolean;
  /** Expected notices that are not among the first three results. */
  belowTop3: string[];
}

export interface ScoreSummary {
  queries: number;
  top1: number;
  /** Mean reciprocal rank of the first expected notice within the first five (0 beyond). */
  mrr5: number;
}

/** The score of one query. */
export function scoreQuery(run: RelevanceRun): QueryScore {
  const index = run.ranked.findIndex((slug) => run.expect.includes(slug));
  const rank = index + 1;
  const belowTop3 = run.expect.filter((slug) => !run.ranked.slice(0, 3).includes(slug));
  return { ...run, rank, top1: rank === 1, belowTop3 };
}

/** Top-1 accuracy and MRR@5 over the scores. */
export function summarise(scores: readonly QueryScore[]): ScoreSummary {
  const n = scores.length;
  if (n === 0) return { queries: 0, top1: 0, mrr5: 0 };
  const top1 = scores.filter((s) => s.top1).length / n;
  const mrr5 = scores.reduce((sum, s) => sum + (s.rank >= 1 && s.rank <= 5 ? 1 / s.rank : 0), 0) / n;
  return { queries: n, top1, mrr5 };
}

/** Summaries per query class, in the order the classes first appear. */
export function summariseByClass(scores: readonly QueryScore[]): Map<string, ScoreSummary> {
  const classes = new Map<string, QueryScore[]>();
  for (const score of scores) classes.set(score.class, [...(classes.get(score.class) ?? []), score]);
  return new Map([...classes].map(([name, members]) => [name, summarise(members)]));
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The printed report: overall, per class, then every miss with its first three results. */
export function formatReport(scores: readonly QueryScore[]): string {
  const all = summarise(scores);
  const lines = [`relevance: ${all.queries} queries, top-1 ${pct(all.top1)}, MRR@5 ${all.mrr5.toFixed(3)}`, ''];
  for (const [name, s] of summariseByClass(scores)) {
    lines.push(`  ${name.padEnd(18)} ${String(s.queries).padStart(3)}  top-1 ${pct(s.top1).padStart(7)}  MRR@5 ${s.mrr5.toFixed(3)}`);
  }
  const misses = scores.filter((s) => !s.top1 || s.belowTop3.length > 0);
  if (misses.length > 0) lines.push('', 'misses (expected → first three listed):');
  for (const s of misses) {
    lines.push(`  ${s.query} [${s.class}] expected ${s.expect.join(' | ')} (rank ${s.rank || '—'}) → ${s.ranked.slice(0, 3).join(', ') || 'nothing'}`);
  }
  return lines.join('\n');
}
