// One seed's text to its issue: cover, table of contents, notices, colophon, and the fidelity account.
import { parseColophon } from './colophon.ts';
import { DATE_LINE, isoDate, parseCover } from './cover.ts';
import { delimitedPrefixes } from './doc-number/find.ts';
import { ORDER_NAME_LINE, ORDER_NUMBER_LINE, parseDocNumber, parseDocNumberList } from './doc-number/grammar.ts';
import { noticeEffects } from './effects.ts';
import { noticePublications } from './publications.ts';
import { IngestError } from './errors.ts';
import { dropTotals, noticeFidelity, type FidelityReport } from './fidelity.ts';
import { issueId } from './issue-id.ts';
import { dropSpan, splitLines, type Drop, type Line } from './lines.ts';
import type { DocNumber, Issue, Notice, TocEntry } from './model.ts';
import { looksLikeTitle } from './notice-meta.ts';
import { buildNotice, citeAndRelate, noticeTexts, type NoticeHeader } from './notice.ts';
import { findRunningHeaders } from './running-header.ts';
import { charCount, compact } from './text-shape.ts';
import { isTocHeading, parseToc, sectionHeading } from './toc.ts';

export interface ParsedIssue {
  issue: Issue;
  fidelity: FidelityReport;
}

const HEADER_ONE_LINE = /^(\d{4}年\d{1,2}月\d{1,2}日)([ \u3000\t]+)(.+)$/;

/** Parses one seed's decoded text. `file` names the seed in errors and in the issue. */
export function parseIssue(text: string, file: string): ParsedIssue {
  const { lines, raw, drops } = splitLines(text);
  const tocStart = lines.findIndex((l) => isTocHeading(l.text));
  if (tocStart < 0) {
    throw new IngestError(file, 1, 'no table of contents', 'a "目 录" line after the cover, then entries like 标题<TAB>柳政发〔2024〕3号(3)');
  }
  const cover = parseCover(lines.slice(0, tocStart), file);
  const { entries: toc, end: tocEnd } = parseToc(lines, tocStart, file);
  const { colophon, start: colophonStart } = parseColophon(lines, file);
  const body = lines.slice(tocEnd, colophonStart);
  const runningHeaders = findRunningHeaders(body, cover.publisher);
  for (const no of runningHeaders) drops.push(dropSpan(lines[no - 1]!, 0, lines[no - 1]!.text, 'running-header'));
  const sectionLines = bodySectionLines(body, toc);
  for (const no of sectionLines) drops.push(dropSpan(lines[no - 1]!, 0, lines[no - 1]!.text, 'section-heading'));
  const isFurniture = (no: number) => runningHeaders.has(no) || sectionLines.has(no);
  const content = body.filter((l) => l.text && !isFurniture(l.no));

  const { headers, loneDates } = findHeaders(content, toc, file, drops);
  checkHeaders(headers, toc, file, content.at(-1)?.no ?? 0, loneDates);
  const id = issueId(cover.year, cover.number);
  const notices: Notice[] = headers.map((header, k) => {
    const next = headers[k + 1];
    const lastLine = lastContentLine(body, next ? next.firstLine - 1 : colophonStart > 0 ? lines[colophonStart - 1]!.no : lines.length);
    const startPage = header.tocEntry?.page;
    const nextPage = next?.tocEntry?.page;
    const endPage = startPage !== undefined && nextPage !== undefined ? Math.max(startPage, nextPage - 1) : undefined;
    const section = header.tocEntry?.section;
    return buildNotice(
      {
        header,
        body: lines.slice(header.bodyAfter.no, lastLine),
        lastLine,
        order: k + 1,
        issueId: id,
        issueDate: cover.date,
        ...(section !== undefined && { section }),
        ...(startPage !== undefined && { startPage }),
        ...(endPage !== undefined && { endPage }),
        publisher: cover.publisher,
        isFurniture,
      },
      drops,
    );
  });

  const prefixes = new Set([
    ...toc.flatMap((e) => [e.docNumber, ...(e.otherDocNumbers ?? [])].flatMap((d) => (d ? [parseDocNumber(d)!.prefix] : []))),
    ...notices.flatMap((n) => [n.docNumber, ...(n.otherDocNumbers ?? [])].flatMap((d) => d?.prefix ?? [])),
  ]);
  for (const n of notices) for (const t of noticeTexts(n)) for (const p of delimitedPrefixes(t.text)) prefixes.add(p);
  for (const n of notices) {
    citeAndRelate(n, prefixes);
    const texts = noticeTexts(n);
    n.effects = noticeEffects(texts, n.date);
    n.publishes = noticePublications(n, texts);
  }

  const issue: Issue = {
    id,
    gazette: cover.gazette,
    year: cover.year,
    number: cover.number,
    cumulative: cover.cumulative,
    date: cover.date,
    colophon,
    toc,
    notices,
    source: file,
    identityLine: cover.identityLine,
  };
  return { issue, fidelity: account(file, raw, lines, notices, drops, isFurniture, tocEnd, colophonStart) };
}

/** Body lines that repeat a section heading of the table of contents (【市政府文件】 above its first notice): the notices hold their section. */
function bodySectionLines(body: readonly Line[], toc: readonly TocEntry[]): Set<number> {
  const sections = new Set(toc.flatMap((e) => (e.section === undefined ? [] : [e.section])));
  if (sections.size === 0) return new Set();
  return new Set(body.filter((l) => l.text && sections.has(sectionHeading(l.text) ?? '')).map((l) => l.no));
}

// The date follows the promulgation sentence and the signer within a few lines.
const ORDER_DATE_WITHIN = 8;

/** An order heading at content[i]: its number as printed (one or two lines) and its date, which follows the signer. */
function orderHeader(content: readonly Line[], i: number, file: string): { docNumber: DocNumber; docText: string; docLine: Line; dateLine: Line; isoDate: string } | undefined {
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
    throw new IngestError(file, docLine.no, `the order ${docNumber.text} has no date after its promulgation sentence and signer`, 'a date line like 2024年3月20日 below the signer');
  }
  const iso = isoDate(dateLine.text);
  if (!iso) throw new IngestError(file, dateLine.no, `"${dateLine.text}" is not a valid date`, 'a date like 2024年3月20日');
  return { docNumber, docText, docLine, dateLine, isoDate: iso };
}

function lastContentLine(body: readonly Line[], upTo: number): number {
  const within = body.filter((l) => l.no <= upTo && l.text);
  return within.at(-1)?.no ?? upTo;
}

/** Finds notice headers: a date and a doc number on one line or on two, and the title above them. */
function findHeaders(content: readonly Line[], toc: readonly TocEntry[], file: string, drops: Drop[]): { headers: NoticeHeader[]; loneDates: Line[] } {
  const loneDates: Line[] = [];
  const tocByDoc = new Map(toc.filter((e) => e.docNumber).map((e) => [e.docNumber!, e]));
  const tocTitles = new Set(toc.filter((e) => e.docNumber).map((e) => compact(e.title)));
  const headers: NoticeHeader[] = [];
  const unnumbered = toc.filter((e) => !e.docNumber);
  let pending = 0;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    const item = unnumbered[pending];
    const itemTitle = item && allFoundBefore(item, toc, headers) ? titleAt(content, i, item.title) : [];
    if (item && itemTitle.length) {
      refuseNumberAfter(content, i + itemTitle.length, item, file);
      headers.push({ form: 'unnumbered', firstLine: line.no, titleLines: itemTitle, tocEntry: item, bodyAfter: itemTitle.at(-1)! });
      pending++;
      i += itemTitle.length - 1;
      continue;
    }
    let dateText: string | undefined;
    let docLine: Line | undefined;
    let docText = '';
    const order = orderHeader(content, i, file);
    if (order) {
      const { docNumber } = order;
      const entry = tocByDoc.get(docNumber.text);
      if (!entry) {
        throw new IngestError(file, line.no, `the order ${docNumber.text} has no entry in the table of contents, which alone gives the title of the regulation it publishes`, `a line like 柳州市城市道路桥梁管理办法<TAB>${docNumber.text}(3) in the table of contents`);
      }
      headers.push({
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
      });
      i = content.indexOf(order.dateLine);
      continue;
    }
    const one = HEADER_ONE_LINE.exec(line.text);
    if (one && parseDocNumberList(one[3] ?? '')) {
      dateText = one[1];
      docLine = line;
      docText = one[3] ?? '';
      drops.push({ line: line.no, column: line.offset + (one[1] ?? '').length, text: one[2] ?? '', reason: 'whitespace' });
    } else if (DATE_LINE.test(line.text)) {
      const next = content[i + 1];
      if (next && parseDocNumberList(next.text)) {
        dateText = line.text;
        docLine = next;
        docText = next.text;
      } else if (i > 0 && tocTitles.has(compact(content[i - 1]!.text))) {
        throw new IngestError(file, next?.no ?? line.no, `the notice "${content[i - 1]!.text}" has a date but no doc number`, 'a doc number like 柳政发〔2024〕3号 after the date');
      } else loneDates.push(line);
    }
    if (!dateText || !docLine) continue;
    const iso = isoDate(dateText);
    if (!iso) throw new IngestError(file, line.no, `"${dateText}" is not a valid date`, 'an issuing date like 2024年2月8日');
    const [docNumber, ...otherDocNumbers] = parseDocNumberList(docText)!;
    if (!docNumber) continue;
    const entry = tocByDoc.get(docNumber.text);
    const titleLines = titleAbove(content, i, entry);
    if (!titleLines.length && !entry) {
      throw new IngestError(file, line.no, `the notice ${docNumber.text} has no title above its date and no entry in the table of contents`, 'a title line before the issuing date');
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
  return { headers, loneDates };
}

/** Every entry the table of contents lists before `item` with a doc number has its notice already: items come in printed order. */
function allFoundBefore(item: TocEntry, toc: readonly TocEntry[], headers: readonly NoticeHeader[]): boolean {
  const found = new Set(headers.flatMap((h) => h.docNumber?.text ?? []));
  return toc.slice(0, toc.indexOf(item)).every((e) => !e.docNumber || found.has(e.docNumber));
}

/** The one or two lines at content[i] that print `title` (spaces aside), or none. */
function titleAt(content: readonly Line[], i: number, title: string): Line[] {
  const wanted = compact(title);
  const one = content[i];
  const two = content[i + 1];
  if (!one || !wanted.startsWith(compact(one.text))) return [];
  if (compact(one.text) === wanted) return [one];
  return two && compact(one.text + two.text) === wanted ? [one, two] : [];
}

/** An item the table of contents lists without a doc number must not have one under its title. */
function refuseNumberAfter(content: readonly Line[], i: number, item: TocEntry, file: string): void {
  const one = content[i];
  const two = content[i + 1];
  const printed = one && (HEADER_ONE_LINE.exec(one.text)?.[3] ?? (DATE_LINE.test(one.text) && two ? two.text : undefined));
  const doc = printed === undefined ? undefined : parseDocNumberList(printed)?.[0];
  if (doc) {
    throw new IngestError(file, (two && printed === two.text ? two : one)!.no, `the table of contents lists "${item.title}" (line ${item.line}) without a doc number, but the text prints ${doc.text} under it`, `the doc number in the table of contents entry, like ${item.title}<TAB>${doc.text}(${item.page})`);
  }
}

/** The title lines right above a header: those the TOC entry prints, or one that reads like a title. */
function titleAbove(content: readonly Line[], i: number, entry: TocEntry | undefined): Line[] {
  const one = content[i - 1];
  const two = content[i - 2];
  if (!one) return [];
  if (entry) {
    const wanted = compact(entry.title);
    if (compact(one.text) === wanted) return [one];
    if (two && compact(two.text + one.text) === wanted) return [two, one];
    return [];
  }
  return looksLikeTitle(one.text) ? [one] : [];
}

/** Every TOC entry must have its notice, and no doc number may head two notices. */
function checkHeaders(headers: readonly NoticeHeader[], toc: readonly TocEntry[], file: string, lastLine: number, loneDates: readonly Line[]): void {
  const seen = new Map<string, number>();
  for (const h of headers) {
    if (!h.docNumber) continue;
    const before = seen.get(h.docNumber.text);
    if (before !== undefined) {
      throw new IngestError(file, h.bodyAfter.no, `the doc number ${h.docNumber.text} heads a second notice (first at line ${before})`, 'each doc number once per issue');
    }
    seen.set(h.docNumber.text, h.bodyAfter.no);
  }
  const items = new Set(headers.flatMap((h) => (h.form === 'unnumbered' ? [h.tocEntry] : [])));
  for (const e of toc) {
    if (!e.docNumber && !items.has(e)) {
      throw new IngestError(file, e.line, `the table of contents lists "${e.title}" (page ${e.page}) without a doc number, and the text has no item with that title after the items listed before it`, `the title "${e.title}" on a line of its own above the item's text`);
    }
    if (e.docNumber && !seen.has(e.docNumber) && loneDates[0]) {
      // A date standing alone where a header would be: its doc number line is missing.
      throw new IngestError(file, loneDates[0].no, `the date "${loneDates[0].text}" is not followed by a doc number, and the table of contents lists ${e.docNumber} (line ${e.line}), which no notice has`, `a doc number like ${e.docNumber} after the date`);
    }
    if (e.docNumber && !seen.has(e.docNumber)) {
      throw new IngestError(file, lastLine, `the table of contents lists ${e.docNumber} (line ${e.line}, page ${e.page}) but the text has no notice with that doc number; the file may be truncated`, `a header with the date and ${e.docNumber}`);
    }
  }
}

function account(
  file: string,
  raw: readonly string[],
  lines: readonly Line[],
  notices: readonly Notice[],
  drops: Drop[],
  isFurniture: (no: number) => boolean,
  tocEnd: number,
  colophonStart: number,
): FidelityReport {
  const inNotice = (no: number) => notices.some((n) => no >= n.sourceLines[0] && no <= n.sourceLines[1]);
  const issueLine = (i: number) => i < tocEnd || i >= colophonStart;
  const strayLines = lines.filter((l, i) => l.text && !issueLine(i) && !inNotice(l.no) && !isFurniture(l.no)).map((l) => ({ line: l.no, text: l.text }));
  const noticeReports = notices.map((n) => noticeFidelity(n, raw, drops));
  const issueChars = lines.filter((_, i) => issueLine(i)).reduce((sum, l) => sum + charCount(l.text), 0);
  const unaccounted = noticeReports.reduce((s, r) => s + r.lost + r.invented, 0) + strayLines.reduce((s, l) => s + charCount(l.text), 0);
  return {
    file,
    sourceChars: raw.reduce((s, l) => s + charCount(l), 0),
    notices: noticeReports,
    issueChars,
    dropped: dropTotals(drops),
    drops: [...drops].sort((a, b) => a.line - b.line || a.column - b.column),
    strayLines,
    unaccounted,
  };
}
