// The archivist's checklist: which 期 of each year are held and which are missing.
import { describe, expect, it } from 'vitest';
import { issueCoverage, yearCoverageText } from '../../../src/site/issue-coverage.ts';

const issue = (year: number, number: number, cumulative: number) => ({ id: `${year}-${String(number).padStart(2, '0')}`, label: `${year}年第${number}期`, year, number, cumulative });

describe('issueCoverage', () => {
  it('lists the numbers below the highest held one that the archive lacks, newest year first', () => {
    const coverage = issueCoverage([issue(2024, 3, 153), issue(2023, 1, 139), issue(2023, 4, 142), issue(2023, 2, 140)]);
    expect(coverage.years).toEqual([
      { year: 2024, held: [3], missing: [1, 2] },
      { year: 2023, held: [1, 2, 4], missing: [3] },
    ]);
  });

  it('counts the issues missing between years from their 总期号', () => {
    // 2023年第4期 is 总第142期 and 2024年第3期 总第153期: ten issues lie between, 2024年第1–2期 among them.
    expect(issueCoverage([issue(2023, 4, 142), issue(2024, 3, 153)]).gaps).toEqual([{ after: '2023年第4期', before: '2024年第3期', missing: 10 }]);
    expect(issueCoverage([issue(2023, 12, 150), issue(2024, 1, 151)]).gaps).toEqual([]);
  });

  it('says a year\'s holdings in one line', () => {
    expect(yearCoverageText({ year: 2024, held: [3], missing: [1, 2] })).toBe('收录第3期；缺第1、2期');
    expect(yearCoverageText({ year: 2023, held: [1, 2], missing: [] })).toBe('收录第1、2期；第1期至最高期号无缺');
  });

  it('holds nothing for an empty archive', () => {
    expect(issueCoverage([])).toEqual({ years: [], gaps: [] });
  });
});
