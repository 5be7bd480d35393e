// The table of contents (目录): one or more "目 录" blocks of `title<TAB>doc number(page)` entries, in sections.
import { parseDocNumberList } from './doc-number/grammar.ts';
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import type { TocEntry } from './model.ts';
import { withoutWrapSpaces } from './wrap-space.ts';

const HEADING = /^目\s*录$/;
// Title, optional dot leaders, a tab, an optional doc number, the printed page in brackets.
const ENTRY = /^(.+?)[.．…·\s]*\t\s*(.*?)\s*[(（]\s*(\d{1,4})\s*[)）]$/;
// The printed page closing an entry: (3) or （3）.
const PAGE_AT_END = /[(（]\s*\d{1,4}\s*[)）]$/;
// A section heading in brackets: 【市政府文件】, 〖政府规章〗, [人事任免].
const BRACKETED_SECTION = /^[【〖［[]\s*([^【】〖〗［］[\]\t]{1,20}?)\s*[】〗］\]]$/;
// A section heading standing bare: a few words without punctuation, never a title (those name an act with 关于).
const BARE_SECTION = /^[\u4e00-\u9fff\s]{2,12}$/;

/** True for a 目录 heading line. */
export function isTocHeading(text: string): boolean {
  return HEADING.test(text);
}

/** The words of a section heading printed in brackets (【市政府文件】), spaces removed; undefined for any other line. */
export function bracketedSection(text: string): string | undefined {
  return BRACKETED_SECTION.exec(text)?.[1]?.replace(/\s/g, '');
}

/** The section a line would head, printed bracketed or as bare words: its words, spaces removed. */
export function sectionHeading(text: string): string | undefined {
  const bracketed = bracketedSection(text);
  if (bracketed !== undefined) return bracketed;
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
      const continues = ENTRY.test(nextText(lines, i));
      const heading = continues ? sectionHeading(line.text) : undefined;
      if (heading !== undefined) {
        section = heading;
        continue;
      }
      if (continues || PAGE_AT_END.test(line.text) || line.text.includes('\t')) refuseEntry(line, file);
      break;
    }
    const [, title = '', docText = '', page = ''] = m;
    const entry: TocEntry = { title: withoutWrapSpaces(title.trim()), page: Number(page), line: line.no, ...(section !== undefined && { section }) };
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

/** A line among the entries that is not one: says which part of 标题<TAB>文号(页码) it lacks. */
function refuseEntry(line: Line, file: string): never {
  const lacks = !line.text.includes('\t')
    ? 'has no TAB between the title and the doc number'
    : !PAGE_AT_END.test(line.text)
      ? 'does not end with its printed page in brackets'
      : 'has a TAB but no title before it';
  throw new IngestError({ file, line: line.no }, `the table of contents line "${line.text}" ${lacks}`, 'an entry 标题<TAB>文号(页码), like 柳州市人民政府关于……的通知<TAB>柳政发〔2024〕3号(3), or 标题<TAB>(页码) for an item without one');
}

function nextText(lines: readonly Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]?.text) return lines[j]!.text;
  return '';
}
