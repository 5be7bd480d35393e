// Result tiers: title, heading, body, parts apart, some words; and the order by tier, then score.
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/search/query-plan.ts';
import { byTierThenScore, phraseTier } from '../../../src/search/rank.ts';

describe('phraseTier', () => {
  const plan = planQuery('稳增长');
  it('title when the title holds the phrase, even across a printed wrap space', () => {
    expect(phraseTier(plan, { meta: { title: '关于废止《柳州市经济稳 增长的若干政策措施》的通知' } })).toBe('title');
  });
  it('heading when a heading holds it, body otherwise', () => {
    const subs = [{ title: '一、稳增长', url: '/n/#a', excerpt: '' }];
    expect(phraseTier(plan, { meta: { title: '某通知' }, sub_results: subs })).toBe('heading');
    expect(phraseTier(plan, { meta: { title: '某通知' }, sub_results: [] })).toBe('body');
  });
  it('needs every word of a multi-word query', () => {
    expect(phraseTier(planQuery('民营 条例'), { meta: { title: '促进民营经济' } })).toBe('body');
  });
});

describe('byTierThenScore', () => {
  it('orders by tier, then score, then the original place', () => {
    const ranked = byTierThenScore([
      { item: 'a', tier: 'body', score: 9 },
      { item: 'b', tier: 'title', score: 1 },
      { item: 'c', tier: 'body', score: 9 },
      { item: 'd', tier: 'partial', score: 99 },
      { item: 'e', tier: 'body', score: 10 },
    ]);
    expect(ranked.map((r) => r.item)).toEqual(['b', 'e', 'a', 'c', 'd']);
  });
});
