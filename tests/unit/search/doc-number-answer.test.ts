// Answers to a typed doc number from the archive's own list: the notice, the nearest numbers, a prefix's years, an issue.
import { describe, expect, it } from 'vitest';
import { answerBareNumber, answerDocNumber, answerPrefix, issueCalendar, LISTED_YEARS } from '../../../src/search/doc-number-answer.ts';
import { buildManifest, buildShards, createReader, type DocNumberRecord } from '../../../src/search/doc-number-map.ts';
import { parseDocNumberQuery, sortPrefixes } from '../../../src/pipeline/doc-number/typed.ts';
import { orderRecord } from './order-records.ts';

const PINYIN: Record<string, string> = { 柳政发: 'liuzhengfa', 柳政规: 'liuzhenggui' };

const record = (prefix: string, year: number, number: number, archived = true): DocNumberRecord => ({
  docNumber: `${prefix}〔${year}〕${number}号`,
  slug: `${PINYIN[prefix]}-${year}-${number}`,
  prefix,
  year,
  number,
  citedBy: archived ? [] : [{ slug: 'x', title: 'X' }],
  relations: [],
  ...(archived && { notice: { slug: `${PINYIN[prefix]}-${year}-${number}`, title: `${prefix}${year}-${number}` } }),
});

const records = [
  ...[3, 4, 6, 7, 8].map((n) => record('柳政发', 2024, n)),
  ...[2, 3, 19].map((n) => record('柳政发', 2023, n)),
  record('柳政发', 2021, 1),
  record('柳政发', 2020, 5),
  record('柳政规', 2024, 3, false),
];

const manifest = buildManifest(records);

const shards = buildShards(records);

const reader = createReader(manifest, async (name) => shards.get(name) ?? {});

const prefixes = sortPrefixes(Object.keys(manifest.prefixes));

describe('answerDocNumber', () => {
  it('answers an archived number with its notice', async () => {
    const answer = await answerDocNumber(parseDocNumberQuery('柳政发2024-3', prefixes)!, manifest, reader);
    expect(answer).toMatchObject({ kind: 'archived', notice: { slug: 'liuzhengfa-2024-3' } });
  });

  it('answers an unknown number with the nearest numbers of its prefix', async () => {
    const answer = await answerDocNumber(parseDocNumberQuery('柳政发〔2024〕13号', prefixes)!, manifest, reader);
    expect(answer.kind).toBe('unknown');
    if (answer.kind !== 'unknown') return;
    expect(answer.prefixSlug).toBe('liuzhengfa');
    expect(answer.nearest.map((n) => n.number)).toEqual([3, 4, 6, 7, 8]);
  });

  it('offers no numbers for a prefix the archive never saw', async () => {
    const answer = await answerDocNumber(parseDocNumberQuery('桂政发〔2024〕1号', prefixes)!, manifest, reader);
    expect(answer).toEqual({ kind: 'unknown', docNumber: '桂政发〔2024〕1号', prefix: '桂政发', nearest: [] });
  });
});

describe('answerPrefix', () => {
  it(`lists the newest ${LISTED_YEARS} years in full and links the older ones`, async () => {
    const answer = await answerPrefix({ prefix: '柳政发' }, manifest, reader);
    if (answer.kind !== 'prefix') throw new Error(answer.kind);
    expect(answer.years.map((y) => [y.year, y.numbers.map((n) => n.number)])).toEqual([
      [2024, [3, 4, 6, 7, 8]],
      [2023, [2, 3, 19]],
      [2021, [1]],
    ]);
    expect(answer.olderYears).toEqual([2020]);
  });

  it('lists one year when the query names it', async () => {
    const answer = await answerPrefix({ prefix: '柳政发', year: 2023 }, manifest, reader);
    if (answer.kind !== 'prefix') throw new Error(answer.kind);
    expect(answer.years.map((y) => y.year)).toEqual([2023]);
    expect(answer.olderYears).toEqual([]);
  });
});

describe('answerBareNumber', () => {
  const issues = issueCalendar([{ year: 2024, number: 3 }, { year: 2024, number: 1 }]);

  it('offers the number under every prefix that has it, archived or cited, and the issue', async () => {
    const answer = await answerBareNumber({ year: 2024, number: 3, issue: false }, manifest, reader, issues);
    if (answer.kind !== 'bare') throw new Error(answer.kind);
    expect(answer.matches.map((m) => m.docNumber).sort()).toEqual(['柳政发〔2024〕3号', '柳政规〔2024〕3号']);
    expect(answer.issue).toEqual({ id: '2024-03', label: '2024年第3期' });
  });

  it('offers no issue the archive lacks', async () => {
    const answer = await answerBareNumber({ year: 2023, number: 2, issue: false }, manifest, reader, issues);
    if (answer.kind !== 'bare') throw new Error(answer.kind);
    expect(answer.matches.map((m) => m.docNumber)).toEqual(['柳政发〔2023〕2号']);
    expect(answer.issue).toBeUndefined();
  });

  it('keeps the calendar in number order', () => {
    expect(issues).toEqual({ 2024: [1, 3] });
  });
});

describe('an order series', () => {
  const order = (number: number) => orderRecord(number, { notice: { slug: `liuzhoushirenminzhengfuling-no${number}`, title: `办法${number}` } });
  const all = [...records, order(19), order(20)];
  const orderManifest = buildManifest(all);
  const orderShards = buildShards(all);
  const orderReader = createReader(orderManifest, async (name) => orderShards.get(name) ?? {});
  const orderPrefixes = sortPrefixes(Object.keys(orderManifest.prefixes));

  it('answers a short order number with its notice, and an unknown one with the nearest of the series', async () => {
    expect(await answerDocNumber(parseDocNumberQuery('政府令20号', orderPrefixes)!, orderManifest, orderReader)).toMatchObject({ kind: 'archived', notice: { slug: 'liuzhoushirenminzhengfuling-no20' } });
    const unknown = await answerDocNumber(parseDocNumberQuery('第21号令', orderPrefixes)!, orderManifest, orderReader);
    expect(unknown).toMatchObject({ kind: 'unknown', docNumber: '柳州市人民政府令第21号', prefixSlug: 'liuzhoushirenminzhengfuling' });
    if (unknown.kind === 'unknown') expect(unknown.nearest.map((n) => n.number)).toEqual([19, 20]);
  });

  it('lists the whole series under its name, without years', async () => {
    const answer = await answerPrefix({ prefix: '柳州市人民政府令' }, orderManifest, orderReader);
    expect(answer).toMatchObject({ kind: 'prefix', olderYears: [] });
    if (answer.kind === 'prefix') expect(answer.years.map((y) => [y.year, y.numbers.map((n) => n.number)])).toEqual([[undefined, [19, 20]]]);
  });
});
