// Related documents across the archive: converse relations, titles from the index, the same document of another year.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/pipeline/archive.ts';
import { seriesKey } from '../../../src/pipeline/related.ts';
import { issueText, parse, tocLine } from './fixture.ts';

const notice = (title: string, doc: string, date: string, body: string[]) => [title, '', `${date} ${doc}`, '', ...body, ''];

const issue = parse(
  issueText(
    [tocLine('柳州市人民政府关于印发2023年甲方案的通知', '柳政发〔2023〕7号', 3), tocLine('柳州市人民政府关于印发《2024年甲方案》的通知', '柳政发〔2024〕4号', 5)],
    [
      ...notice('柳州市人民政府关于印发2023年甲方案的通知', '柳政发〔2023〕7号', '2023年2月1日', ['根据《乙办法》（国发〔2022〕22号），现印发给你们。']),
      ...notice('柳州市人民政府关于印发《2024年甲方案》的通知', '柳政发〔2024〕4号', '2024年2月1日', ['现决定对《2023年甲方案》（柳政发〔2023〕7号）作如下修改：删去第一条。']),
    ],
  ),
).issue;
const archive = buildArchive([issue]);

describe('related documents', () => {
  it('groups what a notice states and what later notices state about it', () => {
    const older = archive.related.get('liuzhengfa-2023-7')!;
    expect(older.implements).toEqual([
      { docNumber: '国发〔2022〕22号', slug: 'guofa-2022-22', title: '乙办法', archived: false, verb: '根据', sentence: '根据《乙办法》（国发〔2022〕22号），现印发给你们。', line: expect.any(Number) },
    ]);
    expect(older.amendedBy).toMatchObject([{ docNumber: '柳政发〔2024〕4号', archived: true, title: '柳州市人民政府关于印发《2024年甲方案》的通知' }]);
    expect(archive.related.get('liuzhengfa-2024-4')!.amends).toMatchObject([{ docNumber: '柳政发〔2023〕7号', archived: true }]);
  });

  it('links the same document of another year, in date order', () => {
    expect(archive.related.get('liuzhengfa-2024-4')!.otherYears).toEqual([
      { docNumber: '柳政发〔2023〕7号', slug: 'liuzhengfa-2023-7', title: '柳州市人民政府关于印发2023年甲方案的通知', date: '2023-02-01' },
    ]);
  });

  it('carries the converse relations into the doc-number index', () => {
    const cited = archive.docNumbers.find((e) => e.docNumber === '国发〔2022〕22号')!;
    expect(cited.relations).toEqual([{ kind: 'implemented-by', docNumber: '柳政发〔2023〕7号', slug: 'liuzhengfa-2023-7', verb: '根据' }]);
  });
});

describe('seriesKey', () => {
  it('takes years, 年度 and 年版 out of a title and ignores title marks and spaces', () => {
    expect(seriesKey('关于印发《2024年市政府为 民办实事方案》的通知')).toBe(seriesKey('关于印发2023年市政府为民办实事方案的通知'));
    expect(seriesKey('关于公布权责清单（2022年版）的通知')).toBe(seriesKey('关于公布权责清单（2023年版）的通知'));
    expect(seriesKey('2023年度考核结果的通报')).toBe('考核结果的通报');
  });

  it('has no key for a title without a year, which cannot tell one year’s document from another’s', () => {
    expect(seriesKey('关于表彰先进的决定')).toBeUndefined();
  });
});

describe('other years', () => {
  it('lists one edition per other year, the earliest issued, and none of its own year', () => {
    const title = (year: number) => `柳州市人民政府关于印发${year}年甲方案的通知`;
    const copies = [
      [title(2023), '柳政发〔2023〕7号', '2023年2月1日'],
      [title(2023), '柳政发〔2023〕8号', '2023年3月1日'],
      [title(2024), '柳政发〔2024〕4号', '2024年2月1日'],
      [title(2022), '柳政发〔2022〕1号', '2022年2月1日'],
    ] as const;
    const text = issueText(
      copies.map(([t, doc], k) => tocLine(t, doc, 3 + k)),
      copies.flatMap(([t, doc, date]) => notice(t, doc, date, ['现印发给你们。'])),
    );
    const related = buildArchive([parse(text).issue]).related;
    expect(related.get('liuzhengfa-2024-4')!.otherYears.map((o) => o.docNumber)).toEqual(['柳政发〔2022〕1号', '柳政发〔2023〕7号']);
    expect(related.get('liuzhengfa-2023-8')!.otherYears.map((o) => o.docNumber)).toEqual(['柳政发〔2022〕1号', '柳政发〔2024〕4号']);
  });
});
