// The table of contents (目录) of a gazette PDF, read from its lines: titles over one or more lines, the doc number in
// brackets after the title or in a column of its own, leader dots or a wide gap, the page number at the right margin.
// Written as the text form the ingest reads: `标题<TAB>文号(页码)`, a section heading on a line of its own.
import { parseDocNumberList } from '../doc-number/grammar.ts';
import { documentType } from '../notice-title.ts';
import { bracketedSection, isTocHeading } from '../toc.ts';
import type { PdfLine } from './lines.ts';

/** One entry as the contents print it. */
export interface PdfContentsEntry {
  /** The title, its lines joined as printed (a wrap adds nothing). */
  title: string;
  /** The doc number or numbers as printed, without the brackets around them; empty for an item without one. */
  docNumbers: string;
  page: number;
  /** What is printed around the doc number and the page and left out of the text form: the brackets of either, the leader dots. */
  marks: string;
  /** The PDF lines the entry is printed on. */
  lines: PdfLine[];
}

/** What the contents hold, in printed order: entries and the section headings between them. */
export type PdfContentsItem =
  | { kind: 'entry'; entry: PdfContentsEntry }
  | { kind: 'section'; text: string; line: PdfLine }
  /** The 目录 heading printed again where the contents go on over a page. */
  | { kind: 'heading'; line: PdfLine };

// Leader dots, as the typesetter draws them, at the end of the text before the page number.
const LEADERS = /[.．·…‥⋯]{2,}$/;
const PAGE = /^\d{1,4}$/;
// The most lines one entry takes: a joint notice's issuers each on a line of their own, then its title wrapped.
const ENTRY_LINES = 6;
// A gap this many ems wide before the page number stands for leaders that are not drawn.
const WIDE_GAP_EMS = 2;
// A doc number in a column of its own stands at least this many ems after the title (and must read as one).
const COLUMN_GAP_EMS = 1;
// The page in brackets right after a doc number, as the text form itself prints it: …柳政发〔2024〕3号(3).
const PAGE_AFTER_DOC = /^(.*号)\s*([（(])(\d{1,4})([)）])$/u;
// A doc number in brackets closing the title: （柳政发〔2024〕3号）.
const BRACKETED_DOC = /[（(]([^（()）]+)[)）]$/;

/** True for the 目录 heading of a contents page. */
export function isContentsHeading(line: PdfLine): boolean {
  return isTocHeading(line.text.replace(/\s/g, ''));
}

/** The page number a line ends with, and the text before it (leaders and the gap taken off); undefined when it ends with none. */
function pageAtEnd(line: PdfLine): { before: string; leaders: string; page: number } | undefined {
  const bracketed = PAGE_AFTER_DOC.exec(line.text.trim());
  if (bracketed) return { before: bracketed[1]!, leaders: bracketed[2]! + bracketed[4]!, page: Number(bracketed[3]) };
  const last = line.runs.at(-1);
  if (!last) return undefined;
  // The number is the last run's trailing digits; the run may hold the leaders too.
  const digits = /(\d{1,4})$/.exec(last.text.trim())?.[1];
  if (!digits || !PAGE.test(digits)) return undefined;
  const head = [...line.runs.slice(0, -1).map((r) => r.text), last.text.trim().slice(0, -digits.length)].join('').trimEnd();
  const gap = line.gaps.at(-1) ?? 0;
  const separated = LEADERS.test(head) || (last.text.trim() === digits && gap >= WIDE_GAP_EMS * last.size);
  const leaders = LEADERS.exec(head)?.[0] ?? '';
  return separated ? { before: head.slice(0, head.length - leaders.length).trimEnd(), leaders, page: Number(digits) } : undefined;
}

/** The title and doc numbers of an entry's text: the number in brackets at its end, or in a column of its own after a wide gap. */
function splitDocNumbers(text: string, line: PdfLine): { title: string; docNumbers: string; brackets?: string } {
  const bracketed = BRACKETED_DOC.exec(text);
  if (bracketed && parseDocNumberList(bracketed[1]!)) return { title: text.slice(0, bracketed.index), docNumbers: bracketed[1]!, brackets: `${bracketed[0][0]}${bracketed[0].at(-1)}` };
  // A column: on the entry's last line, the runs between the widest gap and the page number.
  const gaps = line.gaps.slice(0, -1);
  const widest = gaps.indexOf(Math.max(...gaps));
  if (widest >= 0 && gaps[widest]! >= COLUMN_GAP_EMS * line.runs[widest]!.size) {
    const column = line.runs.slice(widest + 1, -1).map((r) => r.text).join('').replace(LEADERS, '').trim();
    if (parseDocNumberList(column) && text.endsWith(column)) return { title: text.slice(0, -column.length), docNumbers: column };
  }
  return gluedDocNumbers(text) ?? { title: text, docNumbers: '' };
}

/** A doc number set right after the title with no gap: the title ends with its document type (通知, 意见 …), the number follows. */
function gluedDocNumbers(text: string): { title: string; docNumbers: string } | undefined {
  for (let end = text.length - 1; end > 0; end--) {
    const title = text.slice(0, end);
    const docNumbers = text.slice(end).trim();
    if (documentType(title) !== '其他' && parseDocNumberList(docNumbers)) return { title, docNumbers };
  }
  return undefined;
}

/**
 * The contents read from the lines after a 目录 heading up to the first line that is neither part of an entry nor a
 * section heading; returns the items and the index of the first line after them.
 */
export function readContents(lines: readonly PdfLine[], start: number): { items: PdfContentsItem[]; end: number } {
  const items: PdfContentsItem[] = [];
  let pending: PdfLine[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isContentsHeading(line)) {
      if (i > start && !pending.length) items.push({ kind: 'heading', line });
      continue;
    }
    const text = line.text.trim();
    if (!pending.length && bracketedSection(text) !== undefined) {
      items.push({ kind: 'section', text, line });
      continue;
    }
    const end = pageAtEnd(line);
    if (!end) {
      // A title continues on the next line; lines that no entry closes within ENTRY_LINES end the contents.
      if (pending.length >= ENTRY_LINES - 1) break;
      pending.push(line);
      continue;
    }
    const entryLines = [...pending, line];
    const printed = [...pending.map((l) => l.text.trim()), end.before].join('');
    const { title, docNumbers, brackets = '' } = splitDocNumbers(printed, line);
    items.push({ kind: 'entry', entry: { title: title.trimEnd(), docNumbers, page: end.page, marks: brackets + end.leaders, lines: entryLines } });
    pending = [];
  }
  return { items, end: i - pending.length };
}

/** The characters of an entry the PDF prints and the text form keeps: its title, doc numbers and page (not the tab and brackets the text form adds). */
export function entryCharacters(entry: PdfContentsEntry): string {
  return `${entry.title}${entry.docNumbers}${entry.page}`;
}

/** The contents in the text form the ingest reads: 目 录, then each section heading and each `标题<TAB>文号(页码)` on a line. */
export function contentsText(items: readonly PdfContentsItem[]): string[] {
  return ['目 录', ...items.map((item) => (item.kind === 'heading' ? '目 录' : item.kind === 'section' ? item.text : `${item.entry.title}\t${item.entry.docNumbers}(${item.entry.page})`))];
}
