// The relevance set scored on the real issue: search must put the meant notice first for 95 % of the queries,
// and never push an expected notice below the third place.
import { test, expect } from './fixtures';
import { loadRelevanceSet, runRelevanceSet } from '../search-relevance/run';
import { formatReport, scoreQuery, summarise } from '../search-relevance/score';

test('the relevance set scores at least 95 % top-1, every expected notice in the first three', async ({ page, siteUrl }) => {
  test.setTimeout(300_000);
  const scores = (await runRelevanceSet(page, siteUrl, loadRelevanceSet())).map(scoreQuery);
  const report = formatReport(scores);
  console.log(report);
  expect(summarise(scores).top1, report).toBeGreaterThanOrEqual(0.95);
  expect(scores.filter((s) => s.belowTop3.length > 0).map((s) => s.query), report).toEqual([]);
});
