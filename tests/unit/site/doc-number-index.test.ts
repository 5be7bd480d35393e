// The doc-number index: prefixes grouped and ordered, anchors that never collide, links and pages.
import { describe, expect, it } from 'vitest';
import type { DocNumberEntry } from '../../../src/pipeline/content-schema.ts';
import { docNumberHref, docNumberPages, groupDocNumbers } from '../../../src/site/doc-number-index.ts';
import { createRoutes } from '../../../src/site/routes.ts';

const PINYIN: Record<string, string> = {
  柳政发: 'liuzhengfa',
  柳政规: 'liuzhenggui',
  柳办发: 'liubanfa',
  国发: 'guofa',
  桂政发: 'guizhengfa',
};

function entry(prefix: string, year: number, number: number, archived = false): DocNumberEntry {
  const slug = `${PINYIN[prefix]}-${year}-${number}`;
  return {
    docNumber: `${prefix}〔${year}〕${number}号`,
    slug,
    prefix,
    year,
    number,
    ...(archived ? { notice: { slug, title: `title ${slug}`, issue: '2024-03' } } : {}),
    citedBy: [],
    relations: [],
  };
}

describe('groupDocNumbers', () => {
  const groups = groupDocNumbers([
    entry('国发', 2022, 22),
    entry('柳政发', 2023, 10, true),
    entry('桂政发', 2023, 9),
    entry('柳政规', 2022, 4),
    entry('柳政发', 2023, 2, true),
    entry('柳办发', 2011, 6),
    entry('柳政发', 2024, 3, true),
    entry('柳政发', 2022, 21),
  ]);

  it('puts the archived series first, then city, region and state issuers, each by pinyin', () => {
    expect(groups.map((g) => g.prefix)).toEqual(['柳政发', '柳办发', '柳政规', '桂政发', '国发']);
  });

  it('groups by year ascending with numbers in numeric order', () => {
    const [liuzhengfa] = groups;
    expect(liuzhengfa!.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(liuzhengfa!.years[1]!.entries.map((e) => e.number)).toEqual([2, 10]);
    expect(liuzhengfa!.count).toBe(4);
  });

  it('gives prefixes and years anchors that cannot collide with entry slugs', () => {
    const [liuzhengfa] = groups;
    expect(liuzhengfa!.id).toBe('liuzhengfa');
    expect(liuzhengfa!.years.map((y) => y.id)).toEqual(['liuzhengfa-2022', 'liuzhengfa-2023', 'liuzhengfa-2024']);
    const slugs = new Set(groups.flatMap((g) => g.years.flatMap((y) => y.entries.map((e) => e.slug))));
    for (const g of groups) {
      expect(slugs.has(g.id)).toBe(false);
      for (const y of g.years) expect(slugs.has(y.id)).toBe(false);
    }
  });

  it('keeps anchors unique when two prefixes share a pinyin', () => {
    const homophone = { ...entry('柳政发', 2020, 1), prefix: '柳正发', docNumber: '柳正发〔2020〕1号' };
    const ids = groupDocNumbers([entry('柳政发', 2020, 1), homophone]).map((g) => g.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('is independent of input order', () => {
    const input = [entry('国发', 2022, 22), entry('柳政发', 2023, 10, true), entry('柳政发', 2023, 2, true)];
    expect(groupDocNumbers([...input].reverse())).toEqual(groupDocNumbers(input));
  });
});

describe('docNumberHref', () => {
  const routes = createRoutes('/gongbao/');
  it('links an archived number to its notice and a cited-only number to its index entry', () => {
    expect(docNumberHref(routes, entry('柳政发', 2024, 8, true))).toBe('/gongbao/notices/liuzhengfa-2024-8/');
    expect(docNumberHref(routes, entry('柳政规', 2022, 4))).toBe('/gongbao/doc-numbers/liuzhenggui-2022/#liuzhenggui-2022-4');
  });
});

describe('docNumberPages', () => {
  it('gives each prefix and year a page, with the prefix’s years to move between them', () => {
    const pages = docNumberPages(groupDocNumbers([entry('柳政发', 2024, 3), entry('柳政发', 2023, 2), entry('柳政发', 2024, 10), entry('国发', 2022, 22)]));
    expect(pages.map((p) => [p.key, p.groups.flatMap((g) => g.years[0]!.entries.map((e) => e.number))])).toEqual([
      ['liuzhengfa-2023', [2]],
      ['liuzhengfa-2024', [3, 10]],
      ['guofa-2022', [22]],
    ]);
    expect(pages[1]!.years.map((y) => y.year)).toEqual([2023, 2024]);
  });

  it('puts homophone prefixes of one year on the page their slugs name', () => {
    const homophone = { ...entry('柳政发', 2020, 2), prefix: '柳正发', docNumber: '柳正发〔2020〕2号' };
    const pages = docNumberPages(groupDocNumbers([entry('柳政发', 2020, 1), homophone]));
    expect(pages.map((p) => [p.key, p.groups.map((g) => g.prefix)])).toEqual([['liuzhengfa-2020', ['柳政发', '柳正发']]]);
  });
});
