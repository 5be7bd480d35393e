// The notices found against the table of contents: every notice is listed, every entry has its notice, in the same
// order, and no doc number heads two; each error names the line that is wrong and the entries around it.
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';
import type { TocEntry } from './model.ts';
import { TITLE_LIKENESS, type NoticeHeader } from './notice-headers.ts';
import { compact, likeness } from './text-shape.ts';

/** Where the check is: the seed, its content lines (after the contents, page furniture left out), and the dates that head no notice. */
export interface ContentsContext {
  file: string;
  content: readonly Line[];
  loneDates: readonly Line[];
}

/** How an entry is named in an error: its doc number, or its title when it has none. */
const named = (e: TocEntry) => e.docNumber?.text ?? `"${e.title}"`;
/** The line a header prints its doc number on (or its title, for an unnumbered item). */
const headerLine = (h: NoticeHeader) => (h.docLine ?? h.bodyAfter).no;

/** Every notice is in the contents and every entry has its notice, in order; no doc number heads two notices. */
export function checkContents(headers: readonly NoticeHeader[], toc: readonly TocEntry[], context: ContentsContext): void {
  refuseTwice(headers, context.file);
  refuseUnlisted(headers, toc, context.file);
  refuseOutOfOrder(headers, toc, context.file);
  refuseMissing(headers, toc, context);
}

function refuseTwice(headers: readonly NoticeHeader[], file: string): void {
  const seen = new Map<string, number>();
  for (const h of headers) {
    if (!h.docNumber) continue;
    const before = seen.get(h.docNumber.text);
    if (before !== undefined) {
      throw new IngestError({ file, line: h.bodyAfter.no }, `the doc number ${h.docNumber.text} heads a second notice (first at line ${before})`, 'each doc number once per issue');
    }
    seen.set(h.docNumber.text, h.bodyAfter.no);
  }
}

/** The entries that have no notice among `headers`. */
function unmatched(headers: readonly NoticeHeader[], toc: readonly TocEntry[]): TocEntry[] {
  const matched = new Set(headers.flatMap((h) => (h.tocEntry ? [h.tocEntry] : [])));
  return toc.filter((e) => !matched.has(e));
}

/** A notice the contents do not list: named at its header, with the listed notices around it and the entry it may be. */
function refuseUnlisted(headers: readonly NoticeHeader[], toc: readonly TocEntry[], file: string): void {
  const k = headers.findIndex((h) => !h.tocEntry);
  if (k < 0) return;
  const h = headers[k]!;
  const before = headers.slice(0, k).findLast((x) => x.tocEntry)?.tocEntry;
  const after = headers.slice(k + 1).find((x) => x.tocEntry)?.tocEntry;
  const from = before ? toc.indexOf(before) + 1 : 0;
  const to = after ? toc.indexOf(after) : toc.length;
  const open = unmatched(headers, toc);
  const between = open.filter((e) => toc.indexOf(e) >= from && toc.indexOf(e) < to);
  const guess = between[0] ?? open.find((e) => e.docNumber?.prefix === h.docNumber?.prefix && e.docNumber?.year === h.docNumber?.year);
  const around = [before && `after ${named(before)} (line ${before.line})`, after && `before ${named(after)} (line ${after.line})`].filter(Boolean).join(' and ');
  const mean = guess ? `; did you mean ${named(guess)} (table of contents line ${guess.line})?` : '';
  throw new IngestError(
    { file, line: headerLine(h) },
    `the notice ${h.docNumber?.text ?? ''} is not in the table of contents${around ? `, which would list it ${around}` : ''}${mean}`,
    `every notice listed in the table of contents, like 标题<TAB>${h.docNumber?.text ?? '文号'}(页码)`,
  );
}

/** Notices stand in the text in the order the contents list them. */
function refuseOutOfOrder(headers: readonly NoticeHeader[], toc: readonly TocEntry[], file: string): void {
  for (let k = 1; k < headers.length; k++) {
    const prev = headers[k - 1]!.tocEntry!;
    const h = headers[k]!;
    if (toc.indexOf(h.tocEntry!) > toc.indexOf(prev)) continue;
    throw new IngestError(
      { file, line: headerLine(h) },
      `the notice ${named(h.tocEntry!)} follows ${named(prev)} (line ${headerLine(headers[k - 1]!)}) in the text, but the table of contents lists it before (line ${h.tocEntry!.line}, ${named(prev)} at line ${prev.line})`,
      'the notices in the order of the table of contents',
    );
  }
}

/** An entry without its notice: named at the title or lone date where its header should be, else at the contents line. */
function refuseMissing(headers: readonly NoticeHeader[], toc: readonly TocEntry[], { file, content, loneDates }: ContentsContext): void {
  const e = unmatched(headers, toc)[0];
  if (!e) return;
  const i = toc.indexOf(e);
  const before = headers.findLast((h) => toc.indexOf(h.tocEntry!) < i);
  const after = headers.find((h) => toc.indexOf(h.tocEntry!) > i);
  const from = before ? headerLine(before) : 0;
  const to = after ? after.firstLine : Infinity;
  const inGap = (l: Line) => l.no > from && l.no < to;
  const title = compact(e.title);
  // The line most like the entry's title where its notice would stand: a misprint of either is named there.
  const like = content.filter(inGap).map((l) => ({ l, likeness: likeness(compact(l.text), title) })).filter((c) => c.likeness >= TITLE_LIKENESS && c.likeness < 1).sort((a, b) => b.likeness - a.likeness)[0]?.l;
  if (!e.docNumber) {
    if (like) throw new IngestError({ file, line: like.no }, `the line "${like.text}" is close to, but not, the title the table of contents lists at line ${e.line}, "${e.title}"`, 'the title as the table of contents prints it, spaces aside');
    throw new IngestError({ file, line: e.line }, `the table of contents lists "${e.title}" (page ${e.page}) without a doc number, and the text has no item with that title after the items listed before it`, `the title "${e.title}" on a line of its own above the item's text`);
  }
  const doc = e.docNumber.text;
  // An order prints its name and number on two lines: the name left alone is where its number went missing.
  const orderName = e.docNumber.year === undefined ? content.find((l) => inGap(l) && compact(l.text) === e.docNumber!.prefix) : undefined;
  if (orderName) {
    throw new IngestError({ file, line: orderName.no }, `the order name "${orderName.text}" stands without its number, and the table of contents lists ${doc} (line ${e.line}), which no notice has`, `the number on the line after the name, like 第${e.docNumber.number}号`);
  }
  const lone = loneDates.find(inGap);
  if (lone) {
    // A date standing alone where the header would be: its doc number line is missing.
    throw new IngestError({ file, line: lone.no }, `the date "${lone.text}" is not followed by a doc number, and the table of contents lists ${doc} (line ${e.line}), which no notice has`, `a doc number like ${doc} after the date`);
  }
  const titled = content.find((l, k) => inGap(l) && (compact(l.text) === title || compact(l.text + (content[k + 1]?.text ?? '')) === title)) ?? like;
  if (titled) {
    throw new IngestError({ file, line: titled.no }, `the title of ${doc} (table of contents line ${e.line}) stands here, but no date and doc number follow it`, `the issuing date and ${doc} below the title`);
  }
  const where = [before && `after ${named(before.tocEntry!)} (line ${headerLine(before)})`, after && `before ${named(after.tocEntry!)} (line ${headerLine(after)})`].filter(Boolean).join(' and ');
  // Not 'truncated': a file that ends early has lost its colophon, which is refused before the contents are checked.
  throw new IngestError({ file, line: e.line }, `the table of contents lists ${doc} (page ${e.page}) but the text has no notice with that doc number${where ? `, where it would stand ${where}` : ''}`, `a header with the date and ${doc}`);
}
