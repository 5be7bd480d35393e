// The whole pipeline over many seeds: decode, parse, check fidelity, build the archive and its files.
import { buildArchive, type ArchiveModel } from './archive.ts';
import { contentFiles } from './content-files.ts';
import { decodeSeed } from './decode.ts';
import { IngestError } from './errors.ts';
import type { FidelityReport } from './fidelity-record.ts';
import { IssueSchema, type Issue } from './model.ts';
import { parseIssue } from './parse-issue.ts';
import { PdfError } from './pdf/pdf-error.ts';
import { placeOnPdf } from './pdf/pdf-pages.ts';
import { pdfFidelity, readPdfSeed, type PdfReading } from './pdf/pdf-seed.ts';
import { compact, compareText } from './text-shape.ts';

export interface Seed {
  /** Path as it should appear in errors and in the issue, e.g. seeds/2024-03.txt or seeds/2024-03.pdf. */
  file: string;
  /** The text the parser reads: the file itself, or for a PDF its text form. */
  bytes: Uint8Array;
  /** For a PDF seed: the PDF as it is, its SHA-256, and what reading it told of its pages. */
  pdf?: { bytes: Uint8Array; sha256: string; reading: PdfReading };
}

export interface IngestResult {
  archive: ArchiveModel;
  fidelity: FidelityReport[];
  /** Relative path → content: text, or the bytes of an original PDF. */
  files: Map<string, string | Uint8Array>;
}

/** True for a seed file the ingest takes: the plain text of an issue, or its PDF. */
export const isSeedFile = (name: string) => /\.(txt|pdf)$/i.test(name);

/** The file name of a seed's path. */
const fileName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** A seed as the parser reads it: a text file as it is, a PDF as its text form with what the PDF tells of it. */
export async function readSeed(file: string, bytes: Uint8Array): Promise<Seed> {
  if (!/\.pdf$/i.test(file)) return { file, bytes };
  const { text, reading } = await readPdfSeed(bytes, file);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return { file, bytes: new TextEncoder().encode(text), pdf: { bytes, sha256, reading } };
}

/**
 * An error at a line of a PDF seed's text form, told at the PDF page that line was printed on (the last printed line
 * before it, for a blank one), with the line of the text form that `npm run extract` prints.
 */
function atPdfPage(error: IngestError, seed: Seed): IngestError {
  const pages = seed.pdf?.reading.linePages;
  if (!pages || error.line <= 0 || error instanceof PdfError) return error;
  const page = pages.slice(0, error.line).findLast((p) => p !== null) ?? 0;
  return new PdfError({ file: seed.file, page }, `${error.problem} (line ${error.line} of its text form, as \`npm run extract -- ${seed.file}\` prints it)`, error.expected);
}

/** One seed read and checked: its decoded text, its issue (checked against the model) and its fidelity account. */
export function readIssue(seed: Seed): { text: string; issue: Issue; fidelity: FidelityReport } {
  try {
    return checkedIssue(seed);
  } catch (error) {
    throw error instanceof IngestError ? atPdfPage(error, seed) : error;
  }
}

function checkedIssue(seed: Seed): { text: string; issue: Issue; fidelity: FidelityReport } {
  const { text } = decodeSeed(seed.bytes, seed.file);
  const parsed = parseIssue(text, seed.file);
  const stray = parsed.fidelity.strayLines[0];
  if (stray) {
    // A heading glued into a contents entry leaves its body copy standing alone: the entry is where to look.
    const holder = parsed.issue.toc.find((e) => compact(e.title).includes(compact(stray.text)));
    const hint = holder ? `; the table of contents prints it inside its entry at line ${holder.line}` : '';
    throw new IngestError({ file: seed.file, line: stray.line }, `the line "${stray.text}" belongs to no notice and to no part of the issue${hint}`, 'each line in a notice, the cover, the table of contents or the colophon, or page furniture');
  }
  if (parsed.fidelity.unaccounted > 0) {
    const where = parsed.fidelity.strayLines[0]?.line ?? parsed.issue.notices.find((_, i) => parsed.fidelity.notices[i]!.lost + parsed.fidelity.notices[i]!.invented > 0)?.sourceLines[0] ?? 0;
    throw new IngestError({ file: seed.file, line: where }, `${parsed.fidelity.unaccounted} characters are unaccounted for`, 'every character in a notice or dropped as page furniture');
  }
  const issue = seed.pdf ? placeOnPdf(parsed.issue, seed.pdf.reading, { file: fileName(seed.file), sha256: seed.pdf.sha256 }) : parsed.issue;
  const fidelity = seed.pdf ? { ...parsed.fidelity, pdf: pdfFidelity(seed.pdf.reading) } : parsed.fidelity;
  // The model is checked at run time, so a parser change can never hand the site a malformed notice.
  return { text, issue: IssueSchema.parse(issue), fidelity };
}

/** Ingests seeds; throws IngestError on bad input and when any character is unaccounted for. */
export function ingest(seeds: readonly Seed[]): IngestResult {
  const issues: Issue[] = [];
  const fidelity: FidelityReport[] = [];
  const seedLines = new Map<string, string[]>();
  const originals = new Map<string, Uint8Array>();
  for (const seed of [...seeds].sort((a, b) => compareText(a.file, b.file))) {
    const read = readIssue(seed);
    issues.push(read.issue);
    fidelity.push(read.fidelity);
    seedLines.set(seed.file, read.text.split('\n'));
    if (seed.pdf) originals.set(`originals/${fileName(seed.file)}`, seed.pdf.bytes);
  }
  const archive = buildArchive(issues);
  return { archive, fidelity, files: new Map<string, string | Uint8Array>([...contentFiles(archive, fidelity, seedLines), ...originals]) };
}
