// Lines of the body that are page furniture, not text: running page headers, and a section heading of the table of
// contents repeated above its first notice (the notices hold their section).
import type { Drop } from './fidelity-record.ts';
import { dropSpan, type Line } from './lines.ts';
import type { TocEntry } from './model.ts';
import { findRunningHeaders } from './running-header.ts';
import { sectionHeading } from './toc.ts';

/** The furniture lines of the body by number, and their characters as dropped. */
export interface Furniture {
  lines: ReadonlySet<number>;
  drops: Drop[];
}

/** Body lines that repeat a section heading of the table of contents (【市政府文件】 above its first notice). */
function bodySectionLines(body: readonly Line[], toc: readonly TocEntry[]): Line[] {
  const sections = new Set(toc.flatMap((e) => (e.section === undefined ? [] : [e.section])));
  if (sections.size === 0) return [];
  return body.filter((l) => l.text && sections.has(sectionHeading(l.text) ?? ''));
}

/** The page furniture of the body: lines dropped whole, each with its reason. */
export function findFurniture(body: readonly Line[], toc: readonly TocEntry[], publisher: string): Furniture {
  const running = findRunningHeaders(body, publisher);
  const headers = body.filter((l) => running.has(l.no));
  const sections = bodySectionLines(body, toc);
  return {
    lines: new Set([...running, ...sections.map((l) => l.no)]),
    drops: [...headers.flatMap((l) => dropSpan(l, { column: 0, text: l.text }, 'running-header')), ...sections.flatMap((l) => dropSpan(l, { column: 0, text: l.text }, 'section-heading'))],
  };
}
