// What a notice's text says about itself: 施行日期, 有效期 and abolitions named in words, each with its sentence.
import { describe, expect, it } from 'vitest';
import { noticeEffects } from '../../../src/pipeline/effects.ts';

const at = (text: string, line = 10) => [{ text, line }];
const DATE = '2023-03-01';

describe('noticeEffects', () => {
  it('reads a printed start date, with the sentence and its line', () => {
    expect(noticeEffects(at('各单位要认真执行。本通知自2023年9月15日起施行。'), DATE)).toEqual([
      { kind: 'in-force-from', date: '2023-09-15', sentence: '本通知自2023年9月15日起施行。', line: 10 },
    ]);
  });

  it.each(['本通知自印发之日起施行。', '自本通知下发之日起，废止《某办法》（柳政规〔2022〕4号）。', '本办法自公布之日起执行。'])(
    'reads %s as starting on the notice’s own date',
    (text) => expect(noticeEffects(at(text), DATE)[0]).toMatchObject({ kind: 'in-force-from', date: DATE }),
  );

  it('reads a validity as its last day, counted from the start date', () => {
    const effects = noticeEffects(at('本措施自2023年11月30日起施行，有效期3年。'), DATE);
    expect(effects.map((e) => [e.kind, e.date])).toEqual([
      ['in-force-from', '2023-11-30'],
      ['valid-until', '2026-11-29'],
    ]);
    expect(noticeEffects(at('有效期五年。'), DATE)[0]?.date).toBe('2028-02-29');
    expect(noticeEffects(at('有效期至2025年12月31日。'), DATE)[0]).toMatchObject({ kind: 'valid-until', date: '2025-12-31' });
  });

  it('records an abolition named in words, but leaves one with a doc number to the relations', () => {
    expect(noticeEffects(at('四、各部门旧版权责清单同时废止。'), DATE)).toEqual([{ kind: 'abolishes-unnumbered', sentence: '四、各部门旧版权责清单同时废止。', line: 10 }]);
    expect(noticeEffects(at('《某办法》（柳政规〔2020〕4号）同时废止。'), DATE)).toEqual([]);
  });

  it('finds nothing in text that says nothing about its effect', () => {
    expect(noticeEffects(at('现将有关事项通知如下。2023年9月15日召开会议。'), DATE)).toEqual([]);
  });
});
