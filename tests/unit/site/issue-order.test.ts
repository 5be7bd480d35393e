// Issues and notices in order: previous and next in printed order, issues by year and number.
import { describe, expect, it } from 'vitest';
import { compareIssues, issuesByYear, neighbours } from '../../../src/site/issue-order.ts';

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];
  it('finds previous and next in printed order', () => {
    expect(neighbours(list, (x) => x, 'a')).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(list, (x) => x, 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(list, (x) => x, 'c')).toEqual({ previous: 'b', next: undefined });
  });
  it('throws for a notice that is not in the issue', () => {
    expect(() => neighbours(list, (x) => x, 'z')).toThrow();
  });
});

describe('issues', () => {
  const issues = [
    { id: '2023-12', year: 2023, number: 12 },
    { id: '2024-03', year: 2024, number: 3 },
    { id: '2024-10', year: 2024, number: 10 },
    { id: '2023-2', year: 2023, number: 2 },
  ];
  it('compares by year then number', () => {
    expect([...issues].sort(compareIssues).map((i) => i.id)).toEqual(['2023-2', '2023-12', '2024-03', '2024-10']);
  });
  it('groups by year, newest first', () => {
    expect(issuesByYear(issues).map((y) => [y.id, y.issues.map((i) => i.id)])).toEqual([
      ['year-2024', ['2024-10', '2024-03']],
      ['year-2023', ['2023-12', '2023-2']],
    ]);
  });
});
