import { describe, expect, it } from 'vitest';
import { compareIssues, issuesByYear, neighbours } from '../../../src/site/issue-order.ts';
import { currentSection, hasOutline, nestOutline } from '../../../src/site/outline.ts';

const h = (level: number, id: string) => ({ level, text: id, id });

describe('nestOutline', () => {
  it('nests by level and returns to the right parent', () => {
    const tree = nestOutline([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')]);
    expect(tree.map((n) => [n.entry.id, n.children.map((c) => c.entry.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });

  it('nests a skipped level under the nearest shallower heading and drops levels past maxLevel', () => {
    const tree = nestOutline([h(2, 'a'), h(4, 'a-deep'), h(5, 'too-deep'), h(3, 'a1')], 4);
    expect(tree[0]!.children.map((c) => c.entry.id)).toEqual(['a-deep', 'a1']);
    expect(tree[0]!.children[0]!.children).toEqual([]);
  });

  it('starts a new root when the text opens deeper than it continues', () => {
    const tree = nestOutline([h(3, 'x'), h(2, 'y')]);
    expect(tree.map((n) => n.entry.id)).toEqual(['x', 'y']);
  });
});

describe('hasOutline', () => {
  it('shows an outline only for notices with several headings', () => {
    expect(hasOutline([h(2, 'a'), h(2, 'b')])).toBe(false);
    expect(hasOutline([h(2, 'a'), h(2, 'b'), h(2, 'c')])).toBe(true);
  });
});

describe('currentSection', () => {
  it('is the last heading above the reading line, and none before the first', () => {
    expect(currentSection([-900, -40, 300, 600], { readingLine: 234, viewportHeight: 780, atEnd: false })).toBe(1);
    expect(currentSection([-900, -40, 234, 600], { readingLine: 234, viewportHeight: 780, atEnd: false })).toBe(2);
    expect(currentSection([300, 900], { readingLine: 234, viewportHeight: 780, atEnd: false })).toBe(-1);
  });

  it('at the end of the page, is the last heading in view even below the reading line', () => {
    expect(currentSection([-400, 100, 500, 900], { readingLine: 234, viewportHeight: 780, atEnd: true })).toBe(2);
  });
});

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
