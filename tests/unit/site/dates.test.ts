// Dates as the gazette prints them, midnight in China, and whether a day has passed there.
import { describe, expect, it } from 'vitest';
import { chinaMidnight, formatDate, isPast, monthsBetween } from '../../../src/site/dates.ts';

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

describe('monthsBetween', () => {
  it('lists every month of the span, over a year end, both ends included', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-03', '2024-03')).toEqual(['2024-03']);
  });
});
