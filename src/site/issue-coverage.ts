// Which issues the archive holds and which it lacks, per year, read from 期号 and 总期号: an archivist's checklist.
import { t } from '../i18n/t.ts';
import { compareIssues } from './issue-order.ts';

interface IssueNumbers {
  id: string;
  label: string;
  year: number;
  /** 期 within the year. */
  number: number;
  /** 总第N期. */
  cumulative: number;
}

export interface YearCoverage {
  year: number;
  /** 期号 held, in order. */
  held: number[];
  /** 期号 of the year known to be missing: below the highest held, or before a later held issue by 总期号. */
  missing: number[];
}

/** Issues missing between two held issues of different years, known only as a count from their 总期号. */
export interface CumulativeGap {
  after: string;
  before: string;
  /** Issues between them by 总期号, including the ones listed as missing in either year. */
  missing: number;
}

export interface IssueCoverage {
  years: YearCoverage[];
  gaps: CumulativeGap[];
}

/**
 * Per year, the 期号 held and those missing. Within a year every number below the highest held one should exist; a
 * year's last issues and whole years are known missing only from the 总期号 gap between held issues, given as a count.
 */
export function issueCoverage(issues: readonly IssueNumbers[]): IssueCoverage {
  const sorted = [...issues].sort(compareIssues);
  const years = new Map<number, YearCoverage>();
  for (const issue of sorted) {
    const year = years.get(issue.year) ?? { year: issue.year, held: [], missing: [] };
    year.held.push(issue.number);
    years.set(issue.year, year);
  }
  for (const year of years.values()) {
    const held = new Set(year.held);
    for (let n = 1; n < Math.max(...year.held); n++) if (!held.has(n)) year.missing.push(n);
  }
  const gaps: CumulativeGap[] = [];
  sorted.forEach((issue, i) => {
    const next = sorted[i + 1];
    if (next && next.year !== issue.year && next.cumulative - issue.cumulative > 1) {
      gaps.push({ after: issue.label, before: next.label, missing: next.cumulative - issue.cumulative - 1 });
    }
  });
  return { years: [...years.values()].reverse(), gaps };
}

/** A year's holdings in one line: 收录第1、3期；缺第2期. */
export function yearCoverageText(year: YearCoverage): string {
  const numbers = (list: number[]) => list.join('、');
  const missing = year.missing.length > 0 ? t('issues.coverageMissing', { numbers: numbers(year.missing) }) : t('issues.coverageComplete');
  return `${t('issues.coverageHeld', { numbers: numbers(year.held) })}；${missing}`;
}
