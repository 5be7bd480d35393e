import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/site/citation.ts';
import { chinaMidnight, formatDate, isPast } from '../../../src/site/dates.ts';

describe('formatDate', () => {
  it('prints dates as the gazette does, without leading zeros', () => {
    expect(formatDate('2024-02-08')).toBe('2024年2月8日');
    expect(formatDate('2023-11-23')).toBe('2023年11月23日');
  });

  it('rejects anything but an ISO day', () => {
    expect(() => formatDate('2024-2-8')).toThrow();
  });

  it('gives midnight in China for feeds', () => {
    expect(chinaMidnight('2024-03-15')).toBe('2024-03-15T00:00:00+08:00');
  });
});

describe('isPast', () => {
  it('counts a validity as ended only after its last day, in China Standard Time', () => {
    expect(isPast('2025-12-31', new Date('2025-12-31T15:59:59Z'))).toBe(false);
    expect(isPast('2025-12-31', new Date('2025-12-31T16:00:00Z'))).toBe(true);
    expect(isPast('2026-01-01', new Date('2025-12-31T16:00:00Z'))).toBe(false);
  });

  it('never calls a date it cannot read past', () => {
    expect(isPast('', new Date())).toBe(false);
  });
});

describe('citationText', () => {
  const base = {
    title: '柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见',
    docNumber: '柳政发〔2024〕3号',
    gazette: '柳州市人民政府公报',
    issueLabel: '2024年第3期',
  };

  it('names the gazette, issue, printed page and doc number', () => {
    const text = citationText({ ...base, startPage: 3 });
    expect(text).toContain('《柳州市人民政府公报》2024年第3期第3页');
    expect(text).toContain('柳政发〔2024〕3号');
    expect(text.startsWith(base.title)).toBe(true);
  });

  it('leaves the page out when it is unknown', () => {
    expect(citationText(base)).toBe(`${base.title}（柳政发〔2024〕3号），《柳州市人民政府公报》2024年第3期。`);
  });
});
