// The full-text shard plan: whole years, newest first, bounded in size, and every notice in exactly one shard.
import { describe, expect, it } from 'vitest';
import { indexingJobs, INDEXING_BYTES_PER_NOTICE, planShards, type ShardedNotice } from '../../../src/search/shards.ts';

/** `count` notices dated in `year`, one a day from 1 January. */
const notices = (year: number, count: number): ShardedNotice[] =>
  Array.from({ length: count }, (_, i) => ({ slug: `n-${year}-${i}`, date: new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10) }));

const sizes = (plan: ReturnType<typeof planShards>) => plan.map((shard) => shard.pages.length);

describe('planShards', () => {
  it('puts a small archive in the primary bundle alone, newest first', () => {
    const plan = planShards([...notices(2023, 2), ...notices(2024, 1)], 10);
    expect(plan).toEqual([
      { bundle: 'pagefind', from: '2023-01-01', to: '2024-01-01', pages: ['notices/n-2024-0/index.html', 'notices/n-2023-1/index.html', 'notices/n-2023-0/index.html'] },
    ]);
  });

  it('packs whole years until the next would pass the size, going back in time', () => {
    const plan = planShards([...notices(2020, 4), ...notices(2021, 3), ...notices(2022, 3), ...notices(2023, 5)], 8);
    expect(plan.map((shard) => [shard.bundle, shard.from.slice(0, 4), shard.to.slice(0, 4)])).toEqual([
      ['pagefind', '2022', '2023'],
      ['pagefind-1', '2020', '2021'],
    ]);
    expect(sizes(plan)).toEqual([8, 7]);
  });

  it('splits a year larger than the size by date, and shards never overlap in time', () => {
    const plan = planShards([...notices(2023, 7), ...notices(2024, 2)], 3);
    expect(sizes(plan)).toEqual([2, 3, 3, 1]);
    for (const [newer, older] of plan.slice(0, -1).map((shard, i) => [shard, plan[i + 1]!] as const)) expect(older.to <= newer.from).toBe(true);
  });

  it('holds every notice once, whatever the order it is given in', () => {
    const all = [...notices(2019, 5), ...notices(2024, 9), ...notices(2021, 1)].reverse();
    const pages = planShards(all, 4).flatMap((shard) => shard.pages);
    expect(pages).toHaveLength(all.length);
    expect(new Set(pages).size).toBe(all.length);
  });

  it('refuses a size that is not a whole number of notices', () => {
    expect(() => planShards(notices(2024, 1), 0)).toThrow(/whole number/);
    expect(() => planShards(notices(2024, 1), Number.NaN)).toThrow(/whole number/);
  });
});

describe('indexingJobs', () => {
  const plan = planShards(notices(2024, 300), 100);

  it('runs as many shards at once as there are cores when their memory fits in half the machine', () => {
    expect(indexingJobs(plan, { cores: 2, memory: 1e12 })).toBe(2);
    expect(indexingJobs(plan, { cores: 8, memory: 1e12 })).toBe(3);
  });

  it('runs fewer, down to one, when memory is short', () => {
    expect(indexingJobs(plan, { cores: 8, memory: 2 * 2 * 100 * INDEXING_BYTES_PER_NOTICE })).toBe(2);
    expect(indexingJobs(plan, { cores: 8, memory: 1 })).toBe(1);
  });
});
