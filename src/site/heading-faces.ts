// The faces GB/T 9704 sets a document's headings in, by their marker rather than by their level (a notice without
// 一、 ranks its （一） first): 一、 in 黑体, （一） in 楷体, 1. in 仿宋 bold, chapters and sections in 黑体; other
// headings (an attachment's title) in the text's face. Written per notice as a style the page's CSP admits by hash.
import type { OutlineEntry } from '../pipeline/content-schema.ts';
import { markerStyle } from '../pipeline/markers.ts';
import type { HeadingStyle } from '../pipeline/model.ts';

const FACES: Partial<Record<HeadingStyle, string>> = {
  第一章: 'font-family:var(--font-sans)',
  第一节: 'font-family:var(--font-sans)',
  '一、': 'font-family:var(--font-sans)',
  '（一）': 'font-family:var(--font-kai)',
  '1.': 'font-family:var(--font-fangsong);font-weight:700',
  '（1）': 'font-family:var(--font-fangsong)',
};

/** An id as a CSS attribute selector's quoted value. */
const quoted = (id: string) => `"${id.replace(/[\\"]/gu, '\\$&')}"`;

/** The style giving each heading of the outline its face; empty when no heading carries a marker. */
export function headingFacesCss(outline: readonly OutlineEntry[]): string {
  const byFace = new Map<string, string[]>();
  for (const entry of outline) {
    const style = markerStyle(entry.text);
    const face = style && FACES[style];
    if (face) byFace.set(face, [...(byFace.get(face) ?? []), entry.id]);
  }
  return [...byFace].map(([face, ids]) => `.prose :is(${ids.map((id) => `[id=${quoted(id)}]`).join(',')}){${face}}`).join('');
}
