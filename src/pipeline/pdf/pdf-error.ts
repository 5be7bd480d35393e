// Errors that name the PDF seed and, when the problem is on one page, that page.
import { formatIngestError, IngestError } from '../errors.ts';

/** Where in a PDF seed a problem stands: the file and its 1-based page, or page 0 when the problem is the whole file. */
export interface PdfPlace {
  file: string;
  page: number;
}

// A PDF has pages, not lines: the page goes into the name as `file#page=N`, the fragment PDF viewers
// (pdf.js, Chromium, Firefox) open at that page; `file` stays the seed's name and `line` 0 (the SeedPlace for
// "the whole file"), so code that reads `file` and `line` of an IngestError still reads a true place, and `page` is added.
/** `file#page=N`, or the file alone for page 0. */
export function pageRef({ file, page }: PdfPlace): string {
  return page > 0 ? `${file}#page=${page}` : file;
}

/** A problem in a PDF seed that stops the ingest; an IngestError whose message names the page. */
export class PdfError extends IngestError {
  readonly page: number;

  constructor(place: PdfPlace, problem: string, expected?: string) {
    super({ file: place.file, line: 0 }, problem, expected);
    this.message = formatIngestError({ file: pageRef(place), line: 0 }, problem, expected);
    this.name = 'PdfError';
    this.page = place.page;
  }
}
