// Heading levels by the rank of the marker styles a section uses, and anchors from github-slugger.
import GithubSlugger from 'github-slugger';
import { STYLE_RANK } from './markers.ts';
import type { HeadingStyle } from './model.ts';

/**
 * Levels for a section's headings: the styles it uses, ranked conventionally, take consecutive levels
 * from `top`; styles after an embedded document's title start one level below the title.
 */
export function headingLevels(styles: readonly HeadingStyle[], top: number): number[] {
  const titleAt = styles.indexOf('title');
  const rank = (slice: readonly HeadingStyle[], first: number) => {
    const used = [...new Set(slice.filter((s) => s !== 'title'))].sort((a, b) => STYLE_RANK[a] - STYLE_RANK[b]);
    return slice.map((s) => (s === 'title' ? top : Math.min(6, first + used.indexOf(s))));
  };
  if (titleAt < 0) return rank(styles, top);
  return [...rank(styles.slice(0, titleAt), top), ...rank(styles.slice(titleAt), top + 1)];
}

/** A slugger per notice, so anchors are those rehype-slug would give the rendered page. */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}
