// A notice's outline: nested by level, shown only for several headings, and the section being read.
import { describe, expect, it } from 'vitest';
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
