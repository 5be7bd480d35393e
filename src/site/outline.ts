// A notice's outline: shown only for long notices, nested by heading level.
import type { OutlineEntry } from '../pipeline/content-schema.ts';

/** Short notices read at a glance; an outline helps once there are this many headings. */
export const OUTLINE_MIN_HEADINGS = 3;

export interface OutlineNode {
  entry: OutlineEntry;
  children: OutlineNode[];
}

/** Whether a notice is long enough to deserve an outline. */
export function hasOutline(outline: readonly OutlineEntry[]): boolean {
  return outline.length >= OUTLINE_MIN_HEADINGS;
}

/** Nests headings by level (a skipped level nests under the nearest shallower heading); deeper than maxLevel is dropped. */
export function nestOutline(outline: readonly OutlineEntry[], maxLevel = 4): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of outline) {
    if (entry.level > maxLevel) continue;
    const node: OutlineNode = { entry, children: [] };
    while (stack.length > 0 && stack.at(-1)!.entry.level >= entry.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The media query under which the outline stands beside the text; narrower, it is a bar at the top. Written only here: the styles say `@media (--wide-outline)`, which astro.config.mjs replaces with it. */
export const WIDE_OUTLINE = '(min-width: 75rem)';

/** What the reader sees: the line read at, the viewport's height, and whether the page is scrolled to its end. */
export interface ReadingView {
  readingLine: number;
  viewportHeight: number;
  atEnd: boolean;
}

/** The index of the section being read: the last heading above the reading line, or at the page's end the last heading in view; -1 before the first. */
export function currentSection(headingTops: readonly number[], { readingLine, viewportHeight, atEnd }: ReadingView): number {
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= readingLine || (atEnd && top < viewportHeight)) current = index;
  });
  return current;
}
