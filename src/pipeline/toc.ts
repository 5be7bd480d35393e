// The table of contents (目录): one or more "目 录" blocks of `title<TAB>doc number(page)` entries, in sections.
import { parseDocNumberList } from './doc-number/grammar.ts';
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import type { TocEntry } from './model.ts';

const HEADING = /^目\s*录$/;
// Title, optional dot leaders, a tab, an optional doc number, the printed page in brackets.
const ENTRY = /^(.+?)[.．…·\s]*\t\s*(.*?)\s*[(（]\s*(\d{1,4})\s*[)）]$/;
// A section heading in brackets: 【市政府文件】, 〖政府规章〗, [人事任免].
const BRACKETED_SECTION = /^[【〖［[]\s*([^【】〖〗［］[\]\t]{1,20}?)\s*[】〗］\]]$/;
// A section heading standing bare: a few words without punctuation, never a title (those name an act with 关于).
const BARE_SECTION = /^[\u4e00-\u9fff\s]{2,12}$/;

/** True for a 目录 heading line. */
export function isTocHeading(text: string): boolean {
  return HEADING.test(text);
}

/** The section a line would head, printed bracketed or as bare words: its words, spaces removed. */
export function sectionHeading(text: string): string | undefined {
  const bracketed = BRACKETED_SECTION.exec(text);
  if (bracketed) return (bracketed[1] ?? '').replace(/\s/g, '');
  if (BARE_SECTION.test(text) && !/关于|印发/.test(text)) return text.replace(/\s/g, '');
  return undefined;
}

/** Parses the TOC starting at index `start` (its first heading); returns the entries and the index after it. */
export function parseToc(lines: readonly Line[], start: number, file: string): { entries: TocEntry[]; end: number } {
  const entries: TocEntry[] = [];
  let section: string | undefined;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (!line.text || isTocHeading(line.text)) continue;
    const m = ENTRY.exec(line.text);
    if (!m) {
      // A line heads a section only when an entry follows it; otherwise the TOC has ended (at the body's first line).
      const heading = ENTRY.test(nextText(lines, i)) ? sectionHeading(line.text) : undefined;
      if (heading === undefined) break;
      section = heading;
      continue;
    }
    const [, title = '', docText = '', page = ''] = m;
    const entry: TocEntry = { title: title.trim(), page: Number(page), line: line.no, ...(section !== undefined && { section }) };
    if (docText) {
      const docs = parseDocNumberList(docText);
      if (!docs) {
        throw new IngestError({ file, line: line.no }, `the table of contents entry has "${docText}" where a doc number stands`, 'a doc number like 柳政发〔2024〕3号');
      }
      for (const doc of docs) {
        const twice = entries.find((e) => [e.docNumber, ...(e.otherDocNumbers ?? [])].some((d) => d?.text === doc.text));
        if (twice) {
          throw new IngestError({ file, line: line.no }, `the table of contents lists ${doc.text} a second time (first at line ${twice.line})`, 'each doc number once in the table of contents');
        }
      }
      const [first, ...others] = docs;
      entry.docNumber = first!;
      if (others.length) entry.otherDocNumbers = others;
    }
    entries.push(entry);
  }
  if (entries.length === 0) {
    throw new IngestError({ file, line: (lines[start]?.no ?? 0) }, 'the table of contents has no entries', 'lines like 标题<TAB>柳政发〔2024〕3号(3)');
  }
  return { entries, end: i };
}

function nextText(lines: readonly Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]?.text) return lines[j]!.text;
  return '';
}
