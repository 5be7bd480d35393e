// The relevance set scored on the real issue: search must put the meant notice first for 95 % of the queries,
// and never push an expected notice below the third place.
import { test, expect } from './fixtures';
import { loadRelevanceSet, runRelevanceSet } from '../support/relevance-run.ts';
import { formatReport, scoreQuery, summarise } from '../support/relevance-score.ts';

test('the relevance set scores at least 95 % top-1, every expected notice in the first three', async ({ page, siteUrl }) => {
  test.setTimeout(300_000);
  const scores = (await runRelevanceSet(page, siteUrl, loadRelevanceSet())).map(scoreQuery);
  const report = formatReport(scores);
  console.log(report);
  expect(summarise(scores).top1, report).toBeGreaterThanOrEqual(0.95);
  expect(scores.filter((s) => s.belowTop3.length > 0).map((s) => s.query), report).toEqual([]);
});
