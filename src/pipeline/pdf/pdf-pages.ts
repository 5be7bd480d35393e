// An issue read from its PDF, placed on the PDF's pages: where each notice begins and ends, as the PDF counts its pages
// and as its folios print them.
import type { Issue, Notice } from '../model.ts';
import type { PdfReading } from './pdf-seed.ts';

/** The first and last PDF pages of the text-form lines from..to (1-based); undefined when none of them is printed. */
function pagesOf(linePages: readonly (number | null)[], [from, to]: readonly [number, number]): [number, number] | undefined {
  const pages = linePages.slice(from - 1, to).filter((page): page is number => page !== null);
  return pages.length ? [pages[0]!, pages.at(-1)!] : undefined;
}

/** The notice with its PDF pages, and the printed pages the folios of those pages give (the contents' pages where a page prints none). */
function placeNotice(notice: Notice, reading: PdfReading): Notice {
  const pdfPages = pagesOf(reading.linePages, notice.sourceLines);
  if (!pdfPages) return notice;
  const [first, last] = pdfPages.map((page) => reading.printedPages[page - 1] ?? undefined);
  const { startPage: _start, endPage: _end, ...rest } = notice;
  const startPage = first ?? notice.startPage;
  const endPage = last ?? (first === undefined ? notice.endPage : undefined);
  return { ...rest, ...(startPage !== undefined && { startPage }), ...(endPage !== undefined && { endPage }), pdfPages };
}

/** The issue with its original PDF named (its file name and digest) and each notice placed on its pages. */
export function placeOnPdf(issue: Issue, reading: PdfReading, original: { file: string; sha256: string }): Issue {
  return { ...issue, original: { ...original, pages: reading.pages }, notices: issue.notices.map((notice) => placeNotice(notice, reading)) };
}
