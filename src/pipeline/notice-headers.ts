// Where each notice starts: its header (the title, then the date and doc number on one line or two; an order's name
// and number with its date after the signer; an item's title alone), matched with its table of contents entry.
import { DATE_LINE, isoDate } from './dates.ts';
import { ORDER_NAME_LINE, ORDER_NUMBER_LINE, parseDocNumber, parseDocNumberList } from './doc-number/grammar.ts';
import { IngestError } from './errors.ts';
import type { Drop } from './fidelity-record.ts';
import { dropSpan, type Line } from './lines.ts';
import type { DocNumber, Notice, TocEntry } from './model.ts';
import { looksLikeTitle } from './notice-title.ts';
import { compact, endsSentence, likeness } from './text-shape.ts';

/** Where a notice's header stands and what it says. */
export interface NoticeHeader {
  /** dated: title, then date and doc number; order: the order's name and number, its date after the signer. */
  form: Notice['form'];
  /** The seed line the notice starts on. */
  firstLine: number;
  /** Lines of the printed title, empty when the title is only in the table of contents. */
  titleLines: Line[];
  /** The table of contents entry of the notice: its title as printed there, its page and its section. */
  tocEntry?: TocEntry;
  /** The header's last line: the notice's text starts after it. */
  bodyAfter: Line;
  /** Absent for an unnumbered item, whose date (if any) stands in its text. */
  dateLine?: Line;
  docLine?: Line;
  dateText?: string;
  docNumber?: DocNumber;
  /** A jointly issued document's further numbers. */
  otherDocNumbers?: DocNumber[];
  docNumberText?: string;
  isoDate?: string;
}

/** The headers found, the dates that stand where a header would but head none, and the spaces dropped between a date and its number. */
export interface HeadersFound {
  headers: NoticeHeader[];
  loneDates: Line[];
  drops: Drop[];
}

// A print may set the doc number close after the date, with no space a reader of its text sees.
const HEADER_ONE_LINE = /^(\d{4}年\d{1,2}月\d{1,2}日)([ \u3000\t]*)(.+)$/;

/** A notice's date and doc-number line (2024年1月5日  柳政发〔2024〕3号): its date, the gap, its doc numbers. */
function headerLine(text: string): RegExpExecArray | undefined {
  const one = HEADER_ONE_LINE.exec(text);
  return one && parseDocNumberList(one[3] ?? '') ? one : undefined;
}

/** True for a notice's date and doc-number line, which stands alone in every layout. */
export function isHeaderLine(text: string): boolean {
  return headerLine(text) !== undefined;
}
// The date follows the promulgation sentence and the signer within a few lines.
const ORDER_DATE_WITHIN = 8;

interface OrderHead {
  docNumber: DocNumber;
  docText: string;
  docLine: Line;
  dateLine: Line;
  isoDate: string;
}

/** An order heading at content[i]: its number as printed (one or two lines) and its date, which follows the signer. */
function orderHeader(content: readonly Line[], i: number, file: string): OrderHead | undefined {
  const line = content[i]!;
  const next = content[i + 1];
  const twoLines = next !== undefined && ORDER_NAME_LINE.test(line.text) && ORDER_NUMBER_LINE.test(next.text);
  const docLine = twoLines ? next : line;
  const docText = twoLines ? line.text + next.text : line.text;
  // Only an order's number has no year; the cheap test first, as every body line passes here.
  const docNumber = docText.includes('令') ? parseDocNumber(docText) : undefined;
  if (!docNumber || docNumber.year !== undefined) return undefined;
  const at = i + (twoLines ? 2 : 1);
  const dateLine = content.slice(at, at + ORDER_DATE_WITHIN).find((l) => DATE_LINE.test(l.text));
  if (!dateLine) {
    throw new IngestError({ file, line: docLine.no }, `the order ${docNumber.text} has no date after its promulgation sentence and signer`, 'a date line like 2024年3月20日 below the signer');
  }
  const iso = isoDate(dateLine.text);
  if (!iso) throw new IngestError({ file, line: dateLine.no }, `"${dateLine.text}" is not a valid date`, 'a date like 2024年3月20日');
  return { docNumber, docText, docLine, dateLine, isoDate: iso };
}

/** Finds notice headers: a date and a doc number on one line or on two, and the title above them. */
export function findHeaders(content: readonly Line[], toc: readonly TocEntry[], file: string): HeadersFound {
  const loneDates: Line[] = [];
  const drops: Drop[] = [];
  const tocByDoc = new Map(toc.flatMap((e) => (e.docNumber ? [[e.docNumber.text, e] as const] : [])));
  const tocTitles = new Set(toc.filter((e) => e.docNumber).map((e) => compact(e.title)));
  const headers: NoticeHeader[] = [];
  const unnumbered = toc.filter((e) => !e.docNumber);
  let pending = 0;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    const item = unnumbered[pending];
    const itemTitle = item && allFoundBefore(item, toc, headers) ? titleAt(content, i, item.title) : [];
    if (item && itemTitle.length) {
      refuseNumberAfter(content.slice(i + itemTitle.length, i + itemTitle.length + 2), item, file);
      headers.push({ form: 'unnumbered', firstLine: line.no, titleLines: itemTitle, tocEntry: item, bodyAfter: itemTitle.at(-1)! });
      pending++;
      i += itemTitle.length - 1;
      continue;
    }
    const order = orderHeader(content, i, file);
    if (order) {
      headers.push(orderHeading(order, line, { tocByDoc, file }));
      i = content.indexOf(order.dateLine);
      continue;
    }
    let dateText: string | undefined;
    let docLine: Line | undefined;
    let docText = '';
    const one = headerLine(line.text);
    if (one) {
      dateText = one[1];
      docLine = line;
      docText = one[3] ?? '';
      drops.push(...dropSpan(line, { column: (one[1] ?? '').length, text: one[2] ?? '' }, 'whitespace'));
    } else if (DATE_LINE.test(line.text)) {
      const next = content[i + 1];
      if (next && parseDocNumberList(next.text)) {
        dateText = line.text;
        docLine = next;
        docText = next.text;
      } else if (i > 0 && tocTitles.has(compact(content[i - 1]!.text))) {
        throw new IngestError({ file, line: next?.no ?? line.no }, `the notice "${content[i - 1]!.text}" has a date but no doc number`, 'a doc number like 柳政发〔2024〕3号 after the date');
      } else loneDates.push(line);
    }
    if (!dateText || !docLine) continue;
    const iso = isoDate(dateText);
    if (!iso) throw new IngestError({ file, line: line.no }, `"${dateText}" is not a valid date`, 'an issuing date like 2024年2月8日');
    const [docNumber, ...otherDocNumbers] = parseDocNumberList(docText)!;
    if (!docNumber) continue;
    const entry = tocByDoc.get(docNumber.text);
    const titleLines = titleAbove(content, i, entry);
    if (entry) refuseTitleLeftAbove(content.slice(Math.max(0, i - titleLines.length - 2), i - titleLines.length), entry, file);
    if (!titleLines.length && !entry) {
      throw new IngestError({ file, line: line.no }, `the notice ${docNumber.text} has no title above its date and no entry in the table of contents`, 'a title line before the issuing date');
    }
    headers.push({
      form: 'dated',
      firstLine: titleLines[0]?.no ?? line.no,
      titleLines,
      ...(entry && { tocEntry: entry }),
      bodyAfter: docLine,
      dateLine: line,
      docLine,
      dateText,
      docNumber,
      ...(otherDocNumbers.length > 0 && { otherDocNumbers }),
      docNumberText: docText,
      isoDate: iso,
    });
    if (docLine !== line) i++;
  }
  return { headers, loneDates, drops };
}

/** An order's header: its title is the regulation's, which only the table of contents gives. */
function orderHeading(order: OrderHead, line: Line, { tocByDoc, file }: { tocByDoc: ReadonlyMap<string, TocEntry>; file: string }): NoticeHeader {
  const { docNumber } = order;
  const entry = tocByDoc.get(docNumber.text);
  if (!entry) {
    throw new IngestError({ file, line: line.no }, `the order ${docNumber.text} has no entry in the table of contents, which alone gives the title of the regulation it publishes`, `a line like 柳州市城市道路桥梁管理办法<TAB>${docNumber.text}(3) in the table of contents`);
  }
  return {
    form: 'order',
    firstLine: line.no,
    titleLines: [],
    tocEntry: entry,
    bodyAfter: order.docLine,
    dateLine: order.dateLine,
    docLine: order.docLine,
    dateText: order.dateLine.text,
    docNumber,
    docNumberText: order.docText,
    isoDate: order.isoDate,
  };
}

/** Every entry the table of contents lists before `item` with a doc number has its notice already: items come in printed order. */
function allFoundBefore(item: TocEntry, toc: readonly TocEntry[], headers: readonly NoticeHeader[]): boolean {
  const found = new Set(headers.flatMap((h) => h.docNumber?.text ?? []));
  return toc.slice(0, toc.indexOf(item)).every((e) => !e.docNumber || found.has(e.docNumber.text));
}

/** The one or two lines at content[i] that print `title` (spaces aside), or none. */
function titleAt(content: readonly Line[], i: number, title: string): Line[] {
  const wanted = compact(title);
  const one = content[i];
  const two = content[i + 1];
  if (!one || !compact(one.text) || !wanted.startsWith(compact(one.text))) return [];
  if (compact(one.text) === wanted) return [one];
  return two && compact(one.text + two.text) === wanted ? [one, two] : [];
}

// A piece of a title this long standing alone is the title's, not the end of the notice above.
const TITLE_PIECE = 6;

/** Lines above a notice's title that print a piece of it (a repeated or split title) would end the notice above: refused. */
function refuseTitleLeftAbove(above: readonly Line[], entry: TocEntry, file: string): void {
  const title = compact(entry.title);
  const piece = above.findLast((l) => compact(l.text).length >= TITLE_PIECE && title.includes(compact(l.text)) && !endsSentence(l.text));
  if (piece) {
    throw new IngestError({ file, line: piece.no }, `the line "${piece.text}" prints part of the title of ${entry.docNumber?.text ?? `"${entry.title}"`} (table of contents line ${entry.line}) above the title, where the notice before would end`, 'the title once, on the lines right above the date and doc number');
  }
}

/** An item the table of contents lists without a doc number must not have one under its title. */
function refuseNumberAfter([one, two]: readonly (Line | undefined)[], item: TocEntry, file: string): void {
  const printed = one && (HEADER_ONE_LINE.exec(one.text)?.[3] ?? (DATE_LINE.test(one.text) && two ? two.text : undefined));
  const doc = printed === undefined ? undefined : parseDocNumberList(printed)?.[0];
  if (doc) {
    throw new IngestError({ file, line: (two && printed === two.text ? two : one)!.no }, `the table of contents lists "${item.title}" (line ${item.line}) without a doc number, but the text prints ${doc.text} under it`, `the doc number in the table of contents entry, like ${item.title}<TAB>${doc.text}(${item.page})`);
  }
}

// How much of a printed title must agree with its contents entry, character by character, to be taken for it.
export const TITLE_LIKENESS = 0.8;

/** The title lines right above a header: those the TOC entry prints, or one that reads like a title. */
function titleAbove(content: readonly Line[], i: number, entry: TocEntry | undefined): Line[] {
  const one = content[i - 1];
  const two = content[i - 2];
  if (!one) return [];
  if (entry) {
    const wanted = compact(entry.title);
    if (compact(one.text) === wanted) return [one];
    if (two && compact(two.text + one.text) === wanted) return [two, one];
    // A title printed with a typo the contents do not share is still the notice's: the printed one is kept.
    const close = [two && [two, one], [one]].filter((c): c is Line[] => !!c && !endsSentence(c.at(-1)!.text)).find((c) => likeness(compact(c.map((l) => l.text).join('')), wanted) >= TITLE_LIKENESS);
    return close ?? [];
  }
  return looksLikeTitle(one.text) ? [one] : [];
}
