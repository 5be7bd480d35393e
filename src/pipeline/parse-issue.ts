// One seed's text to its issue: cover, table of contents, colophon, the notices in between, and the fidelity account.
import { parseColophon } from './colophon.ts';
import { checkContents } from './contents-check.ts';
import { parseCover } from './cover.ts';
import { IngestError } from './errors.ts';
import type { FidelityReport } from './fidelity-record.ts';
import { issueFidelity } from './fidelity.ts';
import { issueId } from './issue-id.ts';
import { issuePrefixes } from './issue-prefixes.ts';
import { splitLines, type Line } from './lines.ts';
import type { Issue } from './model.ts';
import { draftNotice, finishNotice, type NoticeInput } from './notice.ts';
import { findHeaders, type NoticeHeader } from './notice-headers.ts';
import { findFurniture } from './page-furniture.ts';
import { isTocHeading, parseToc } from './toc.ts';

export interface ParsedIssue {
  issue: Issue;
  fidelity: FidelityReport;
}

/** Parses one seed's decoded text. `file` names the seed in errors and in the issue. */
export function parseIssue(text: string, file: string): ParsedIssue {
  const { lines, raw, drops: edgeSpaces } = splitLines(text);
  const tocStart = lines.findIndex((l) => isTocHeading(l.text));
  if (tocStart < 0) {
    throw new IngestError({ file, line: 1 }, 'no table of contents', 'a "目 录" line after the cover, then entries like 标题<TAB>柳政发〔2024〕3号(3)');
  }
  const cover = parseCover(lines.slice(0, tocStart), file);
  const { entries: toc, end: tocEnd } = parseToc(lines, tocStart, file);
  const { colophon, start: colophonStart } = parseColophon(lines, file);
  const body = lines.slice(tocEnd, colophonStart);
  const furniture = findFurniture(body, { toc, publisher: cover.publisher, file });
  const isFurniture = (no: number) => furniture.lines.has(no);
  const content = body.filter((l) => l.text && !isFurniture(l.no));

  const found = findHeaders(content, toc, file);
  checkContents(found.headers, toc, { file, content, loneDates: found.loneDates });
  const id = issueId(cover.year, cover.number);
  const endOfBody = colophonStart > 0 ? lines[colophonStart - 1]!.no : lines.length;
  const drafted = found.headers.map((header, k) =>
    draftNotice(noticeInput(header, found.headers[k + 1], { lines, body, endOfBody, position: k + 1, issueId: id, issueDate: cover.date, publisher: cover.publisher, isFurniture })),
  );
  const drafts = drafted.map((d) => d.draft);
  const prefixes = issuePrefixes(toc, drafts);
  const notices = drafts.map((draft) => finishNotice(draft, prefixes));
  const drops = [...edgeSpaces, ...furniture.drops, ...found.drops, ...drafted.flatMap((d) => d.drops)];

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
  return { issue, fidelity: issueFidelity({ file, raw, lines, notices, drops, isFurniture, tocEnd, colophonStart }) };
}

/** What every notice of the issue is drafted with. */
interface IssueFrame extends Pick<NoticeInput, 'position' | 'issueId' | 'issueDate' | 'publisher' | 'isFurniture'> {
  lines: readonly Line[];
  body: readonly Line[];
  /** The last line before the colophon, or of the file. */
  endOfBody: number;
}

/** A notice's lines run from its header to the last text line before the next header (or the colophon); its pages from the contents. */
function noticeInput(header: NoticeHeader, next: NoticeHeader | undefined, frame: IssueFrame): NoticeInput {
  const upTo = next ? next.firstLine - 1 : frame.endOfBody;
  const lastLine = frame.body.filter((l) => l.no <= upTo && l.text).at(-1)?.no ?? upTo;
  const startPage = header.tocEntry?.page;
  const nextPage = next?.tocEntry?.page;
  const endPage = startPage !== undefined && nextPage !== undefined ? Math.max(startPage, nextPage - 1) : undefined;
  const section = header.tocEntry?.section;
  return {
    header,
    body: frame.lines.slice(header.bodyAfter.no, lastLine),
    lastLine,
    position: frame.position,
    issueId: frame.issueId,
    issueDate: frame.issueDate,
    ...(section !== undefined && { section }),
    ...(startPage !== undefined && { startPage }),
    ...(endPage !== undefined && { endPage }),
    publisher: frame.publisher,
    isFurniture: frame.isFurniture,
  };
}
