// The notices found against the table of contents: every entry has its notice, and no doc number heads two.
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import type { TocEntry } from './model.ts';
import type { NoticeHeader } from './notice-headers.ts';

/** Where the check is: the seed, its last content line (for a truncated file), and the dates that head no notice. */
export interface ContentsContext {
  file: string;
  lastLine: number;
  loneDates: readonly Line[];
}

/** Every TOC entry must have its notice, and no doc number may head two notices. */
export function checkContents(headers: readonly NoticeHeader[], toc: readonly TocEntry[], { file, lastLine, loneDates }: ContentsContext): void {
  const seen = new Map<string, number>();
  for (const h of headers) {
    if (!h.docNumber) continue;
    const before = seen.get(h.docNumber.text);
    if (before !== undefined) {
      throw new IngestError({ file, line: h.bodyAfter.no }, `the doc number ${h.docNumber.text} heads a second notice (first at line ${before})`, 'each doc number once per issue');
    }
    seen.set(h.docNumber.text, h.bodyAfter.no);
  }
  const items = new Set(headers.flatMap((h) => (h.form === 'unnumbered' ? [h.tocEntry] : [])));
  for (const e of toc) {
    if (!e.docNumber && !items.has(e)) {
      throw new IngestError({ file, line: e.line }, `the table of contents lists "${e.title}" (page ${e.page}) without a doc number, and the text has no item with that title after the items listed before it`, `the title "${e.title}" on a line of its own above the item's text`);
    }
    if (!e.docNumber || seen.has(e.docNumber.text)) continue;
    const doc = e.docNumber.text;
    if (loneDates[0]) {
      // A date standing alone where a header would be: its doc number line is missing.
      throw new IngestError({ file, line: loneDates[0].no }, `the date "${loneDates[0].text}" is not followed by a doc number, and the table of contents lists ${doc} (line ${e.line}), which no notice has`, `a doc number like ${doc} after the date`);
    }
    throw new IngestError({ file, line: lastLine }, `the table of contents lists ${doc} (line ${e.line}, page ${e.page}) but the text has no notice with that doc number; the file may be truncated`, `a header with the date and ${doc}`);
  }
}
