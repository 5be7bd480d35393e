// Lines of the body that are page furniture, not text: running page headers, and a section heading of the table of
// contents repeated above its first notice (the notices hold their section).
import type { Drop } from './fidelity-record.ts';
import { dropSpan, type Line } from './lines.ts';
import type { TocEntry } from './model.ts';
import { findRunningHeaders } from './running-header.ts';
import { bracketedSection, sectionHeading } from './toc.ts';
import { IngestError } from './errors.ts';
import { likeness } from './text-shape.ts';

/** The furniture lines of the body by number, and their characters as dropped. */
export interface Furniture {
  lines: ReadonlySet<number>;
  drops: Drop[];
}

// How close a bracketed body line must come to a section of the contents to be taken for a misprint of it.
const SECTION_LIKENESS = 0.75;

/** Body lines that repeat a section heading of the table of contents (【市政府文件】 above its first notice). */
function bodySectionLines(body: readonly Line[], toc: readonly TocEntry[], file: string): Line[] {
  const sections = new Set(toc.flatMap((e) => (e.section === undefined ? [] : [e.section])));
  if (sections.size === 0) return [];
  for (const l of body) {
    const words = bracketedSection(l.text);
    if (words === undefined || sections.has(words)) continue;
    // A heading that differs from the contents by a character would otherwise become text of the notice above it.
    const like = toc.find((e) => e.section !== undefined && likeness(words, e.section) >= SECTION_LIKENESS);
    if (like) {
      throw new IngestError({ file, line: l.no }, `the section heading "${l.text}" is not the table of contents' section 【${like.section}】 (line ${like.line}), though it is close`, `the section as the table of contents prints it, 【${like.section}】`);
    }
  }
  return body.filter((l) => l.text && sections.has(sectionHeading(l.text) ?? ''));
}

/** What the furniture is told of the issue: its contents, its publisher (the running header) and its seed. */
export interface FurnitureContext {
  toc: readonly TocEntry[];
  publisher: string;
  file: string;
}

/** The page furniture of the body: lines dropped whole, each with its reason. */
export function findFurniture(body: readonly Line[], { toc, publisher, file }: FurnitureContext): Furniture {
  const running = findRunningHeaders(body, publisher);
  const headers = body.filter((l) => running.has(l.no));
  const sections = bodySectionLines(body, toc, file);
  return {
    lines: new Set([...running, ...sections.map((l) => l.no)]),
    drops: [...headers.flatMap((l) => dropSpan(l, { column: 0, text: l.text }, 'running-header')), ...sections.flatMap((l) => dropSpan(l, { column: 0, text: l.text }, 'section-heading'))],
  };
}
