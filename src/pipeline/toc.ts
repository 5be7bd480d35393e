// The table of contents (目录): one or more "目 录" blocks of `title<TAB>doc number(page)` entries.
import { parseDocNumber } from './doc-number.ts';
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import type { TocEntry } from './model.ts';

const HEADING = /^目\s*录$/;
// Title, optional dot leaders, a tab, an optional doc number, the printed page in brackets.
const ENTRY = /^(.+?)[.．…·\s]*\t\s*(.*?)\s*[(（]\s*(\d{1,4})\s*[)）]$/;

/** True for a 目录 heading line. */
export function isTocHeading(text: string): boolean {
  return HEADING.test(text);
}

/** Parses the TOC starting at index `start` (its first heading); returns the entries and the index after it. */
export function parseToc(lines: readonly Line[], start: number, file: string): { entries: TocEntry[]; end: number } {
  const entries: TocEntry[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (!line.text || isTocHeading(line.text)) continue;
    const m = ENTRY.exec(line.text);
    if (!m) break;
    const [, title = '', docText = '', page = ''] = m;
    const entry: TocEntry = { title: title.trim(), page: Number(page), line: line.no };
    if (docText) {
      const doc = parseDocNumber(docText);
      if (!doc) {
        throw new IngestError(file, line.no, `the table of contents entry has "${docText}" where a doc number stands`, 'a doc number like 柳政发〔2024〕3号');
      }
      const twice = entries.find((e) => e.docNumber === doc.text);
      if (twice) {
        throw new IngestError(file, line.no, `the table of contents lists ${doc.text} a second time (first at line ${twice.line})`, 'each doc number once in the table of contents');
      }
      entry.docNumber = doc.text;
    }
    entries.push(entry);
  }
  if (entries.length === 0) {
    throw new IngestError(file, (lines[start]?.no ?? 0), 'the table of contents has no entries', 'lines like 标题<TAB>柳政发〔2024〕3号(3)');
  }
  return { entries, end: i };
}
