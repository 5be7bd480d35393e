// The fidelity account: every character of the source is in a notice, in the issue's data, or dropped for a reason.
import { diffChars } from 'diff';
import { DropReasonSchema, type Drop, type DropReason, type FidelityReport, type NoticeFidelity } from './fidelity-record.ts';
import type { Line } from './lines.ts';
import type { Notice } from './model.ts';
import { noticeTexts } from './notice-texts.ts';
import { charCount } from './text-shape.ts';

/** The source lines of a range with the dropped spans removed, joined without line breaks. */
export function keptSource(raw: readonly string[], [first, last]: readonly [number, number], drops: readonly Drop[]): string {
  const byLine = new Map<number, Drop[]>();
  for (const d of drops) if (d.line >= first && d.line <= last) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
  let out = '';
  for (let no = first; no <= last; no++) {
    const text = raw[no - 1] ?? '';
    const spans = (byLine.get(no) ?? []).sort((a, b) => a.column - b.column);
    let at = 0;
    for (const d of spans) {
      if (d.column < at) continue;
      out += text.slice(at, d.column);
      at = d.column + d.text.length;
    }
    out += text.slice(at);
  }
  return out;
}

/** The model's text of a notice in source order, as the source printed it. */
export function modelText(notice: Notice): string {
  const head = notice.titleSource === 'body' ? [notice.title] : [];
  const texts = noticeTexts(notice).map((t) => t.text);
  const body = notice.titleSource === 'body' ? texts.slice(1) : texts;
  // An order's date stands inside its text, after the signer; an unnumbered item has its title and text only.
  if (notice.form === 'order') return [...head, notice.docNumberText, ...body].join('');
  if (notice.form === 'unnumbered') return [...head, ...body].join('');
  return [...head, notice.dateText, notice.docNumberText, ...body].join('');
}

/** Compares a notice's kept source with its model text. */
export function noticeFidelity(notice: Notice, raw: readonly string[], drops: readonly Drop[]): NoticeFidelity {
  const kept = keptSource(raw, notice.sourceLines, drops);
  const model = modelText(notice);
  let lost = 0;
  let invented = 0;
  if (kept !== model) {
    for (const change of diffChars(kept, model)) {
      if (change.removed) lost += charCount(change.value);
      else if (change.added) invented += charCount(change.value);
    }
  }
  return { docNumber: notice.docNumber?.text ?? notice.title, chars: charCount(model), lost, invented };
}

/** Totals of dropped characters by reason. */
export function dropTotals(drops: readonly Drop[]): Record<DropReason, number> {
  const totals = Object.fromEntries(DropReasonSchema.options.map((reason) => [reason, 0])) as Record<DropReason, number>;
  for (const d of drops) totals[d.reason] += charCount(d.text);
  return totals;
}

/** What the account of one seed is made from. */
export interface IssueAccount {
  file: string;
  /** The seed's raw lines, and its lines as read (trimmed), by index. */
  raw: readonly string[];
  lines: readonly Line[];
  notices: readonly Notice[];
  drops: readonly Drop[];
  isFurniture: (no: number) => boolean;
  /** Indexes into `lines` where the table of contents ends and the colophon starts (-1: none). */
  tocEnd: number;
  colophonStart: number;
}

/** The fidelity account of one seed: each notice against its source, the issue's own lines, the drops, the stray lines. */
export function issueFidelity({ file, raw, lines, notices, drops, isFurniture, tocEnd, colophonStart }: IssueAccount): FidelityReport {
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
