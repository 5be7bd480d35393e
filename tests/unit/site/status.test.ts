// A notice's status from what later archived notices state about it, never 现行有效.
import { describe, expect, it } from 'vitest';
import type { RelatedDocument } from '../../../src/pipeline/content-schema.ts';
import { emptyRelated } from '../../../src/pipeline/related.ts';
import { actsPhrase, entryStatusSources, noticeStatus, statusLabelKey, statusPhrase } from '../../../src/site/status.ts';

const by = (slug: string, scope?: 'whole' | 'part'): RelatedDocument => ({ docNumber: slug, slug, archived: true, ...(scope && { scope }), sentence: '…', line: 1 });

const related = (abolishedBy: RelatedDocument[], amendedBy: RelatedDocument[] = []) => ({ ...emptyRelated(), abolishedBy, amendedBy });

describe('noticeStatus', () => {
  it('is unknown when nothing archived abolishes or amends the notice', () => {
    expect(noticeStatus(related([]))).toBeUndefined();
    expect(statusLabelKey(related([]))).toBe('status.noneShort');
  });

  it('is wholly abolished if any abolition is whole, and lists every abolisher', () => {
    const status = noticeStatus(related([by('liuzhengfa-2024-9', 'part'), by('liuzhengfa-2024-8', 'whole')]));
    expect(status?.kind).toBe('whole');
    expect(status?.by.map((b) => b.slug)).toEqual(['liuzhengfa-2024-8', 'liuzhengfa-2024-9']);
  });

  it('is partly abolished when only provisions are', () => {
    expect(noticeStatus(related([by('x', 'part')]))?.kind).toBe('part');
  });

  it('is amended when later notices amend it and none abolishes it', () => {
    expect(noticeStatus(related([], [by('b'), by('a')]))).toMatchObject({ kind: 'amended', by: [{ slug: 'a' }, { slug: 'b' }] });
    expect(noticeStatus(related([by('x', 'part')], [by('b')]))?.kind).toBe('part');
  });

  it('reads an index entry the same way from its relations', () => {
    const sources = entryStatusSources([
      { kind: 'abolishes', docNumber: 'a', slug: 'a', scope: 'whole' },
      { kind: 'amended-by', docNumber: 'b', slug: 'b' },
    ]);
    expect(statusLabelKey(sources)).toBe('status.amended');
  });
});

describe('statusPhrase and actsPhrase', () => {
  const doc = by;

  it('names the notices that abolished or amended it, and claims nothing when none did', () => {
    expect(statusPhrase({ abolishedBy: [], amendedBy: [] })).toBe('未见废止或修改记载');
    expect(statusPhrase({ abolishedBy: [doc('柳政发〔2024〕8号', 'whole'), doc('柳政发〔2024〕9号', 'part')], amendedBy: [] })).toBe('已被柳政发〔2024〕8号废止');
    expect(statusPhrase({ abolishedBy: [doc('柳政发〔2024〕9号', 'part'), doc('柳政发〔2024〕9号', 'part')], amendedBy: [] })).toBe('已被柳政发〔2024〕9号部分废止');
    expect(statusPhrase({ abolishedBy: [], amendedBy: [doc('柳政发〔2024〕1号'), doc('柳政发〔2024〕2号')] })).toBe('已被柳政发〔2024〕1号、柳政发〔2024〕2号修改');
  });

  it('says what a notice does to others, or nothing', () => {
    expect(actsPhrase({ abolishes: [], amends: [] })).toBeUndefined();
    expect(actsPhrase({ abolishes: [doc('柳政规〔2022〕4号', 'whole'), doc('柳政发〔2023〕17号', 'part')], amends: [doc('柳政发〔2023〕3号')] })).toBe(
      '本文废止柳政规〔2022〕4号；本文部分废止柳政发〔2023〕17号；本文修改柳政发〔2023〕3号',
    );
  });
});
