// The exact lookup: manifest and shards from doc-numbers.json records, and lookups over them.
import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  buildShards,
  createReader,
  MAX_CITED_BY,
  shardFor,
  type DocNumberRecord,
  type DocNumberShard,
} from '../../../src/search/doc-number-map.ts';
import { orderRecord } from './order-records.ts';

const PINYIN: Record<string, string> = { 柳政发: 'liuzhengfa', 国发: 'guofa', 柳政规: 'liuzhenggui' };

function record(prefix: string, year: number, number: number, extra: Partial<DocNumberRecord> = {}): DocNumberRecord {
  return { docNumber: `${prefix}〔${year}〕${number}号`, slug: `${PINYIN[prefix]}-${year}-${number}`, prefix, year, number, citedBy: [], relations: [], ...extra };
}

const RECORDS = [
  record('柳政发', 2024, 3, { notice: { slug: 'liuzhengfa-2024-3', title: '意见' } }),
  record('柳政发', 2024, 40, { notice: { slug: 'liuzhengfa-2024-40', title: '通知' } }),
  record('国发', 2022, 22, { citedBy: [{ slug: 'liuzhengfa-2024-3', title: '意见' }] }),
];

describe('buildManifest', () => {
  it('lists every prefix with its slug and, per year, the highest number', () => {
    expect(buildManifest(RECORDS, 16)).toEqual({
      shardSize: 16,
      prefixes: { 柳政发: { slug: 'liuzhengfa', years: { 2024: 40 } }, 国发: { slug: 'guofa', years: { 2022: 22 } } },
    });
  });

  it('refuses a slug that does not end in its year and number', () => {
    expect(() => buildManifest([{ ...record('国发', 2022, 22), slug: 'guofa-22' }])).toThrow(/does not end in/);
  });
});

describe('buildShards', () => {
  const shards = buildShards(RECORDS, 16);

  it('writes every block of a year, empty ones too, so no lookup meets a 404', () => {
    expect([...shards.keys()].sort()).toEqual(['guofa-2022-0', 'guofa-2022-1', 'liuzhengfa-2024-0', 'liuzhengfa-2024-1', 'liuzhengfa-2024-2']);
    expect(shards.get('liuzhengfa-2024-1')).toEqual({});
  });

  it('maps archived numbers to their notice and cited ones to the notices citing them', () => {
    expect(shards.get('liuzhengfa-2024-0')).toEqual({ '柳政发〔2024〕3号': { notice: { slug: 'liuzhengfa-2024-3', title: '意见' } } });
    expect(shards.get('guofa-2022-1')).toEqual({
      '国发〔2022〕22号': { citedBy: [{ slug: 'liuzhengfa-2024-3', title: '意见', relation: 'cites' }], citedByCount: 1, indexSlug: 'guofa-2022-22' },
    });
  });

  it('tells how each notice cites a number, and carries the title the citing text quotes', () => {
    const cited = record('柳政规', 2022, 4, {
      slug: 'liuzhenggui-2022-4',
      citedBy: [{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }, { slug: 'c', title: 'C' }],
      relations: [{ kind: 'abolished-by', slug: 'a', scope: 'whole' }, { kind: 'abolished-by', slug: 'b', scope: 'part' }],
      quotedTitle: '柳州市国家公务员医疗补助暂行办法',
    });
    expect(buildShards([cited]).get('liuzhenggui-2022-0')!['柳政规〔2022〕4号']).toEqual({
      citedBy: [
        { slug: 'a', title: 'A', relation: 'abolishes' },
        { slug: 'b', title: 'B', relation: 'abolishesPart' },
        { slug: 'c', title: 'C', relation: 'cites' },
      ],
      citedByCount: 3,
      indexSlug: 'liuzhenggui-2022-4',
      title: '柳州市国家公务员医疗补助暂行办法',
    });
  });

  it(`lists at most ${MAX_CITED_BY} citing notices and gives the total`, () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ slug: `n-${i}`, title: `t${i}` }));
    const shard = buildShards([record('国发', 2022, 22, { citedBy: many })]).get('guofa-2022-1')!;
    const target = shard['国发〔2022〕22号']!;
    expect('citedBy' in target && [target.citedBy.length, target.citedByCount]).toEqual([MAX_CITED_BY, 25]);
  });
});

describe('lookup', () => {
  const manifest = buildManifest(RECORDS, 16);
  const shards = buildShards(RECORDS, 16);
  const fetched: string[] = [];
  const reader = createReader(manifest, async (name) => {
    fetched.push(name);
    return shards.get(name) as DocNumberShard;
  });
  const lookup = reader.lookup;

  it('answers archived, cited and unknown, fetching each shard once', async () => {
    expect(await lookup({ prefix: '柳政发', year: 2024, number: 3 })).toEqual({
      kind: 'archived',
      docNumber: '柳政发〔2024〕3号',
      notice: { slug: 'liuzhengfa-2024-3', title: '意见' },
    });
    expect((await lookup({ prefix: '国发', year: 2022, number: 22 })).kind).toBe('cited');
    expect(await lookup({ prefix: '柳政发', year: 2024, number: 13 })).toEqual({ kind: 'unknown', docNumber: '柳政发〔2024〕13号' });
    await lookup({ prefix: '柳政发', year: 2024, number: 4 });
    expect(fetched).toEqual(['liuzhengfa-2024-0', 'guofa-2022-1']);
  });

  it('rules out, without a request, a prefix, year or number beyond the data', async () => {
    expect(shardFor(manifest, { prefix: '桂政发', year: 2024, number: 1 })).toBeNull();
    expect(shardFor(manifest, { prefix: '柳政发', year: 2019, number: 1 })).toBeNull();
    expect(shardFor(manifest, { prefix: '柳政发', year: 2024, number: 41 })).toBeNull();
    const before = fetched.length;
    expect((await lookup({ prefix: '柳政发', year: 2024, number: 99 })).kind).toBe('unknown');
    expect(fetched.length).toBe(before);
  });

  it('does not read inherited keys as doc numbers', async () => {
    const odd = createReader({ shardSize: 16, prefixes: { 柳政发: { slug: 'liuzhengfa', years: { 2024: 3 } } } }, async () => ({}));
    expect((await odd.lookup({ prefix: '柳政发', year: 2024, number: 3 })).kind).toBe('unknown');
  });
});

describe('listing', () => {
  const many = [2, 3, 5, 17, 18, 40].map((n) => record('柳政发', 2024, n, { notice: { slug: `liuzhengfa-2024-${n}`, title: `t${n}` } }));
  const records = [...many, record('柳政发', 2023, 7, { citedBy: [{ slug: 'x', title: 'X' }] }), record('柳政发', 2023, 30)];
  const shards = buildShards(records, 16);
  const reader = createReader(buildManifest(records, 16), async (name) => shards.get(name) ?? {});
  const numbers = (listed: { year?: number; number: number }[]) => listed.map((l) => `${l.year}-${l.number}`);

  it("lists a year's numbers, archived and cited, in numeric order across shards", async () => {
    expect(numbers(await reader.year('柳政发', 2024))).toEqual(['2024-2', '2024-3', '2024-5', '2024-17', '2024-18', '2024-40']);
    expect(numbers(await reader.year('柳政发', 2023))).toEqual(['2023-7', '2023-30']);
    expect(await reader.year('柳政发', 2099)).toEqual([]);
    expect(await reader.year('国发', 2024)).toEqual([]);
  });

  it('finds the numbers nearest to an unknown one, in its year or the nearest year', async () => {
    expect(numbers(await reader.nearest({ prefix: '柳政发', year: 2024, number: 16 }, 3))).toEqual(['2024-5', '2024-17', '2024-18']);
    expect(numbers(await reader.nearest({ prefix: '柳政发', year: 2024, number: 99 }, 2))).toEqual(['2024-18', '2024-40']);
    expect(numbers(await reader.nearest({ prefix: '柳政发', year: 2099, number: 1 }, 2))).toEqual(['2024-18', '2024-40']);
    expect(numbers(await reader.nearest({ prefix: '柳政发', year: 2000, number: 1 }, 1))).toEqual(['2023-7']);
    expect(await reader.nearest({ prefix: '国发', year: 2024, number: 1 }, 3)).toEqual([]);
  });
});

describe('an order series, numbered across years', () => {
  const records = [orderRecord(5, { citedBy: [{ slug: 'x', title: 'X' }] }), orderRecord(20, { notice: { slug: 'liuzhoushirenminzhengfuling-no20', title: '办法' } })];
  const manifest = buildManifest(records, 16);
  const shards = buildShards(records, 16);
  const reader = createReader(manifest, async (name) => shards.get(name) ?? {});

  it('keeps its numbers under one yearless key and shards without a year part', () => {
    expect(manifest.prefixes['柳州市人民政府令']).toEqual({ slug: 'liuzhoushirenminzhengfuling', years: { '': 20 } });
    expect([...shards.keys()].sort()).toEqual(['liuzhoushirenminzhengfuling-no-0', 'liuzhoushirenminzhengfuling-no-1']);
  });

  it('looks an order up, lists the series and finds the nearest numbers', async () => {
    expect(await reader.lookup({ prefix: '柳州市人民政府令', number: 20 })).toMatchObject({ kind: 'archived', notice: { slug: 'liuzhoushirenminzhengfuling-no20' } });
    expect((await reader.lookup({ prefix: '柳州市人民政府令', number: 21 })).kind).toBe('unknown');
    expect((await reader.year('柳州市人民政府令', undefined)).map((l) => l.docNumber)).toEqual(['柳州市人民政府令第5号', '柳州市人民政府令第20号']);
    expect((await reader.nearest({ prefix: '柳州市人民政府令', number: 19 }, 1)).map((l) => l.number)).toEqual([20]);
  });
});
