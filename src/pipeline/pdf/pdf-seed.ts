// A gazette PDF as a seed: its text form for the parser, and what the PDF tells of it (each line's page, the printed
// page numbers, what was mapped back and what was left out), with every character on its pages accounted for.
import { PdfError } from './pdf-error.ts';
import { readPdf, type PdfText } from './read-pdf.ts';
import { PdfDropReasonSchema, type PdfFidelity } from '../fidelity-record.ts';
import { unifyIdeographs } from './ideographs.ts';
import { pdfTextForm, type PdfTextForm } from './text-form.ts';

/** What the ingest keeps of a PDF seed besides its text form: its fidelity account without the counts. Pages are 1-based, as `file.pdf#page=N` counts. */
export type PdfReading = Omit<PdfFidelity, 'substituted' | 'dropped'>;
type PdfDrop = PdfReading['drops'][number];

const WHITESPACE = /\s/u;

/** How often each character other than whitespace occurs in the texts, with the first page it occurs on. */
function tally(texts: Iterable<{ text: string; page: number }>, counts = new Map<string, { n: number; page: number }>(), sign = 1) {
  for (const { text, page } of texts) {
    for (const char of text) {
      if (WHITESPACE.test(char)) continue;
      const found = counts.get(char);
      if (found) found.n += sign;
      else counts.set(char, { n: sign, page });
    }
  }
  return counts;
}

/** What the text form leaves out, each on its 1-based page. */
export function formDrops(form: PdfTextForm): PdfDrop[] {
  return [
    ...form.furniture.map(({ page, line, reason }) => ({ page: page + 1, text: line.text, reason })),
    ...form.duplicates.map(({ page, text, reason }) => ({ page: page + 1, text, reason })),
    ...form.marks.map(({ page, text }) => ({ page: page + 1, text, reason: 'contents-marks' as const })),
  ].sort((a, b) => a.page - b.page);
}

/** A character printed on the pages more often (n > 0) or less often (n < 0) than the text form and its drops hold it, with the first page that prints it. */
export interface Unaccounted {
  char: string;
  n: number;
  page: number;
}

/**
 * The characters printed on the pages (whitespace aside) that are not exactly those of the text form and of what it
 * leaves out, first page first; none when every one is accounted for.
 */
export function unaccountedCharacters(pdf: PdfText, form: PdfTextForm, drops: readonly PdfDrop[]): { glyphs: number; unaccounted: Unaccounted[] } {
  const printed = pdf.pages.flatMap((page) => page.runs.filter((run) => !run.inserted).map((run) => ({ text: unifyIdeographs(run.text).text, page: page.index + 1 })));
  const counts = tally(printed);
  const glyphs = [...counts.values()].reduce((sum, c) => sum + c.n, 0);
  const pageOf = (line: number) => form.lines[line]?.from?.page;
  tally(form.lines.map((line, k) => ({ text: line.printed ?? line.text, page: (pageOf(k) ?? 0) + 1 })), counts, -1);
  tally(drops, counts, -1);
  const unaccounted = [...counts].filter(([, c]) => c.n !== 0).map(([char, { n, page }]) => ({ char, n, page })).sort((a, b) => a.page - b.page);
  return { glyphs, unaccounted };
}

/** Stops the ingest at the page that printed a character the layout rules lost or doubled. */
function checkAccount(file: string, pdf: PdfText, form: PdfTextForm, drops: readonly PdfDrop[]): number {
  const { glyphs, unaccounted } = unaccountedCharacters(pdf, form, drops);
  const off = unaccounted[0];
  if (off) {
    const what = off.n > 0 ? `${off.n} of its “${off.char}” are missing from the text form` : `the text form holds ${-off.n} “${off.char}” more than the PDF prints`;
    throw new PdfError({ file, page: off.page }, `${what}: a layout rule lost or doubled characters`, 'every printed character in the text form or left out as page furniture');
  }
  return glyphs;
}

/** The text form of a PDF seed and what the PDF tells of it; throws a PdfError for a PDF that cannot be read faithfully. */
export async function readPdfSeed(bytes: Uint8Array, file: string): Promise<{ text: string; reading: PdfReading }> {
  const pdf = await readPdf(bytes, file);
  const form = pdfTextForm(pdf);
  const drops = formDrops(form);
  const glyphs = checkAccount(file, pdf, form, drops);
  const reading: PdfReading = {
    pages: pdf.pages.length,
    printedPages: form.printedPages.map((n) => n ?? null),
    linePages: form.lines.map((line) => (line.from ? line.from.page + 1 : null)),
    ...(pdf.producer !== undefined && { producer: pdf.producer }),
    ...(pdf.creator !== undefined && { creator: pdf.creator }),
    glyphs,
    substitutions: form.substitutions.map(({ page, substitution: { from, to, kind } }) => ({ page: page + 1, from, to, kind })),
    drops,
  };
  return { text: `${form.lines.map((line) => line.text).join('\n')}\n`, reading };
}

/** The account of a PDF seed as fidelity.json holds it: the reading, with the substitutions and the characters dropped counted. */
export function pdfFidelity(reading: PdfReading): PdfFidelity {
  const dropped = Object.fromEntries(PdfDropReasonSchema.options.map((reason) => [reason, 0])) as PdfFidelity['dropped'];
  for (const drop of reading.drops) dropped[drop.reason] += [...drop.text].filter((c) => !WHITESPACE.test(c)).length;
  return { ...reading, substituted: reading.substitutions.length, dropped };
}
