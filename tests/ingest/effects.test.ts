// The real issue's statements about its notices' effect, read where they stand.
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { lineOf, SEED_FILE, seedText } from '../support/real-seed.ts';

const notices = new Map(parseIssue(seedText, SEED_FILE).issue.notices.map((n) => [n.slug, n]));
const effects = (slug: string) => notices.get(slug)?.effects.map((e) => [e.kind, e.date ?? null, e.line]);

describe('effects in 2024年第3期', () => {
  it('reads the printed start dates', () => {
    expect(effects('liuzhengfa-2023-17')).toEqual([['in-force-from', '2023-09-15', lineOf('本通知自2023年9月15日起施行。')]]);
    expect(effects('liuzhengfa-2023-18')?.[0]).toEqual(['in-force-from', '2023-11-30', lineOf(/^本措施自2023年11月30日起施行/)]);
  });

  it('reads 自本通知下发之日起 as the notice’s own date', () => {
    const notice = notices.get('liuzhengfa-2024-8')!;
    expect(notice.effects[0]).toMatchObject({ kind: 'in-force-from', date: notice.date });
  });

  it('records 各部门旧版权责清单同时废止 as an abolition named in words', () => {
    expect(notices.get('liuzhengfa-2023-3')?.effects).toEqual([
      { kind: 'abolishes-unnumbered', sentence: '四、各部门旧版权责清单同时废止。', line: lineOf('四、各部门旧版权责清单同时废止。') },
    ]);
  });
});
