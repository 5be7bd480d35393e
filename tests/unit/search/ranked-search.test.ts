// The ranked search over Pagefind: tiers, abbreviations, date order, merged shards and filter counts.
import { describe, expect, it } from 'vitest';
import type { PagefindResult, PagefindSearch } from '../../../src/search/pagefind-client.ts';
import { planQuery } from '../../../src/search/query-plan.ts';
import { rankedSearch, type SearchEngine } from '../../../src/search/ranked-search.ts';

/**
 * A fake Pagefind: each term (`term@shard` when listed with the shard filter) maps to [id, score] pairs; data() gives
 * the title; a notice's year is `years[id]` (2024 by default), which a search's counts and a year filter go by.
 */
function fakeEngine(answers: Record<string, [string, number][]>, titles: Record<string, string>, years: Record<string, string> = {}): SearchEngine & { asked: string[]; filtersAsked: unknown[] } {
  const asked: string[] = [];
  const filtersAsked: unknown[] = [];
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: async () => ({ url: `/notices/${id}/`, excerpt: '', meta: { title: titles[id] ?? id } }),
  });
  return {
    asked,
    filtersAsked,
    async search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch> {
      asked.push(term ?? '<null>');
      filtersAsked.push(options?.filters);
      const shard = options?.filters?.['shard']?.any[0];
      const yearOf = (id: string) => years[id] ?? '2024';
      const year = options?.filters?.['year']?.any;
      const everyId = [...new Set(Object.values(answers).flatMap((pairs) => pairs.map(([id]) => id)))];
      // A filter-only search on a year keeps every notice of that year.
      const pairs = term === null && year ? everyId.filter((id) => year.includes(yearOf(id))).map((id): [string, number] => [id, 0]) : (answers[shard ? `${term ?? ''}@${shard}` : (term ?? '')] ?? []);
      const results = pairs.map(([id, score]) => result(id, score));
      // Pagefind counts every value it knows, zero where no result carries it.
      const counts: Record<string, number> = Object.fromEntries(everyId.map((id) => [yearOf(id), 0]));
      for (const r of results) counts[yearOf(r.id)] = (counts[yearOf(r.id)] ?? 0) + 1;
      return { results, filters: { year: counts } };
    },
  };
}

describe('rankedSearch', () => {
  it('puts the notice with the phrase in its title before notices that only hold its words apart', async () => {
    const engine = fakeEngine(
      {
        经济普查: [['report', 16], ['tasks', 12], ['census', 10], ['noise', 20]],
        '"经济普查"': [['census', 1], ['report', 1]],
        '"经济"': [['census', 1], ['report', 1], ['tasks', 1]],
        '"普查"': [['census', 1], ['report', 1], ['tasks', 1], ['noise', 1]],
      },
      { census: '关于做好第五次全国经济普查工作的通知', report: '政府工作报告', tasks: '重点工作分工' },
    );
    const { hits } = await rankedSearch(engine, { ...planQuery('经济普查'), words: [{ text: '经济普查', forms: ['经济普查'], segments: [['经济', '普查']] }] }, { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    // noise: Pagefind ranked it, but it holds 普查 without 经济, so it is no match at all.
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['census', 'title'], ['report', 'body'], ['tasks', 'terms']]);
  });

  it('counts no lone character as a part: 稳 and 增长 apart are no match for 稳增长', async () => {
    const engine = fakeEngine(
      { 稳增长: [['repeal', 10], ['tasks', 12]], '"稳增长"': [['repeal', 1]], '"稳"': [['repeal', 1], ['tasks', 1]], '"增长"': [['repeal', 1], ['tasks', 1]] },
      { repeal: '关于废止《柳州市经济稳增长的若干政策措施》部分内容的通知', tasks: '重点工作分工' },
    );
    const { hits } = await rankedSearch(engine, planQuery('稳增长'), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['repeal', 'title']]);
    expect(engine.asked).not.toContain('"稳"');
  });

  it('lists notices holding every word before those holding only some', async () => {
    const engine = fakeEngine(
      { '螺蛳粉 产业': [['both', 5]], 螺蛳粉: [['both', 5], ['one', 20]], 产业: [['both', 3], ['other', 8]], '"螺蛳粉"': [['both', 1], ['one', 1]], '"产业"': [['both', 1], ['other', 1]] },
      {},
    );
    const { hits } = await rankedSearch(engine, planQuery('螺蛳粉 产业'), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['both', 'body'], ['one', 'partial'], ['other', 'partial']]);
  });

  it('searches the spelt-out form of an abbreviation too', async () => {
    const engine = fakeEngine({ 非物质文化遗产: [['heritage', 9]], '"非物质文化遗产"': [['heritage', 1]] }, { heritage: '第九批市级非物质文化遗产代表性项目名录' });
    const { hits } = await rankedSearch(engine, planQuery('非遗'), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['heritage', 'title']]);
    expect(engine.asked).toEqual(expect.arrayContaining(['非遗', '非物质文化遗产', '"非遗"', '"非物质文化遗产"']));
  });

  it('orders by date, newest first, notices holding every word before those holding some', async () => {
    const engine = fakeEngine(
      { '': [['new', 0], ['mid', 0], ['old', 0]], 'a b': [['old', 9], ['new', 1]], a: [['old', 9], ['new', 1], ['mid', 5]], b: [['old', 1], ['new', 1]], '"a"': [['old', 1], ['new', 1], ['mid', 1]], '"b"': [['old', 1], ['new', 1]] },
      {},
    );
    const { hits } = await rankedSearch(engine, planQuery('a b'), { filters: {}, window: 10, order: 'date', shards: ['pagefind'] });
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['new', 'terms'], ['old', 'terms'], ['mid', 'partial']]);
  });

  it('asks Pagefind each term once, though a one-segment word is also its own segment', async () => {
    const engine = fakeEngine({ 托育: [['a', 3]], '"托育"': [['a', 1]] }, { a: '托育机构' });
    const { hits } = await rankedSearch(engine, { ...planQuery('托育'), words: [{ text: '托育', forms: ['托育'], segments: [['托育']] }] }, { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(hits.map((h) => [h.item.id, h.tier])).toEqual([['a', 'title']]);
    expect(engine.asked.filter((term) => term === '"托育"')).toHaveLength(1);
  });

  it('lists every notice the filters allow when there are no words', async () => {
    const engine = fakeEngine({ '': [['a', 0], ['b', 0]] }, {});
    const { hits } = await rankedSearch(engine, planQuery(''), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(hits.map((h) => h.item.id)).toEqual(['a', 'b']);
  });

  it('lists merged shards newest first: each shard alone by date, the shards in their order', async () => {
    // Pagefind joins merged bundles by each one's rank, which interleaves them; listed shard by shard they keep date order.
    const engine = fakeEngine({ '': [['new1', 1], ['old1', 1], ['new2', 0], ['old2', 0]], '@pagefind': [['new1', 1], ['new2', 0]], '@pagefind-1': [['old1', 1], ['old2', 0]] }, {});
    const { hits } = await rankedSearch(engine, planQuery(''), { filters: {}, window: 10, order: 'date', shards: ['pagefind', 'pagefind-1'] });
    expect(hits.map((h) => h.item.id)).toEqual(['new1', 'new2', 'old1', 'old2']);
  });

  it('counts no filter value when no notice holds every term, though Pagefind found some characters', async () => {
    const engine = fakeEngine({ 量子计算机: [['noise', 3]], '"量子计算机"': [], '"量子"': [], '"计算机"': [['noise', 1]] }, {});
    const found = await rankedSearch(engine, planQuery('量子计算机'), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(found).toMatchObject({ hits: [], filters: { year: { '2024': 0 } } });
    expect(await found.countFilters()).toEqual({ year: { '2024': 0 } });
  });

  it('counts only the notices it lists, by each value, and asks again with the same filters', async () => {
    // Pagefind's ranked search also finds c, which holds the characters apart; it is not listed, so it must not be counted.
    const engine = fakeEngine({ 为民办实事: [['a', 3], ['b', 2], ['c', 1]], '"为民办实事"': [['a', 1], ['b', 1]] }, { a: '为民办实事', b: '为民办实事' });
    const filters = { year: { any: ['2024'] } };
    const found = await rankedSearch(engine, planQuery('为民办实事'), { filters, window: 10, order: 'relevance', shards: ['pagefind'] });
    expect(found.hits.map((h) => h.item.id)).toEqual(['a', 'b']);
    expect(found.filters).toEqual({ year: { '2024': 2 } });
    expect(await found.countFilters()).toEqual({ year: { '2024': 2 } });
    expect(engine.filtersAsked.at(-1)).toEqual(filters);
  });

  it('counts an abbreviation by the notices listed for it, not by every notice its long form’s characters are in', async () => {
    const engine = fakeEngine(
      { '非遗 非物质文化遗产': [['a', 3], ['b', 2], ['c', 1], ['d', 1]], '"非遗"': [], '"非物质文化遗产"': [['a', 1]], '非遗': [], '非物质文化遗产': [['a', 3], ['c', 1]] },
      { a: '非物质文化遗产代表性项目名录' },
      { a: '2024', b: '2023', c: '2023', d: '2024' },
    );
    const found = await rankedSearch(engine, planQuery('非遗'), { filters: {}, window: 10, order: 'relevance', shards: ['pagefind'] });
    const listed = found.hits.length;
    const counted = await found.countFilters();
    expect(Object.values(counted['year'] ?? {}).reduce((a, b) => a + b, 0)).toBe(listed);
  });
});
