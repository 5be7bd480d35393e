// The ingest from PDFs: synthetic issues typeset by PDFKit, read back through the whole PDF front end and the parser,
// in ms per PDF page at two archive sizes, beside the text path on the same issues, with the measuring process's peak memory.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, readSeed, type Seed } from '../../src/pipeline/ingest.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { writeSyntheticArchive } from '../../tests/support/synthetic-archive.ts';
import { typesetIssue } from '../../tests/support/typeset-issue.ts';

/** What one measurement of a folder of PDFs reports back to the parent. */
export interface PdfMeasurement {
  issues: number;
  pages: number;
  notices: number;
  unaccounted: number;
  /** Reading the PDFs into seeds (pdf.js, layout, text form) and ingesting them, in ms. */
  pdfMs: number;
  /** Ingesting the same issues' text seeds, in ms. */
  textMs: number;
  /** Peak resident set size of the measuring process, in bytes. */
  peakRss: number;
}

/** The folder of PDFs of a synthetic archive of `issues` issues, typeset where not yet there; beside the text seeds. */
export async function pdfArchive(issues: number): Promise<{ dir: string; texts: string; typeset: number }> {
  const archive = writeSyntheticArchive({ issues });
  const dir = `${archive.dir}-pdf`;
  mkdirSync(dir, { recursive: true });
  let typeset = 0;
  for (const name of readdirSync(archive.dir).filter((n) => n.endsWith('.txt')).sort()) {
    const target = join(dir, name.replace(/\.txt$/u, '.pdf'));
    if (existsSync(target)) continue;
    const text = readFileSync(join(archive.dir, name), 'utf8');
    const { issue } = parseIssue(text, `seeds/${name}`);
    writeFileSync(target, await typesetIssue(issue, 'pdfkit', { seedLines: text.split('\n') }));
    typeset++;
  }
  return { dir, texts: archive.dir, typeset };
}

/** The seeds of a folder whose names end in `ext`, in name order, named as in seeds/. */
export const seedsIn = (dir: string, ext: string): Seed[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => ({ file: `seeds/${n}`, bytes: new Uint8Array(readFileSync(join(dir, n))) }));

/** Child mode: the PDF route and the text route over the same issues, file reads left out of both times. */
export async function measurePdfs(dir: string, texts: string): Promise<PdfMeasurement> {
  const pdfs = seedsIn(dir, '.pdf');
  const textSeeds = seedsIn(texts, '.txt');
  const start = performance.now();
  const seeds: Seed[] = [];
  for (const pdf of pdfs) seeds.push(await readSeed(pdf.file, pdf.bytes));
  const result = ingest(seeds);
  const pdfMs = performance.now() - start;
  const textStart = performance.now();
  ingest(textSeeds);
  const textMs = performance.now() - textStart;
  return {
    issues: result.archive.issues.length,
    pages: result.archive.issues.reduce((n, i) => n + (i.original?.pages ?? 0), 0),
    notices: result.archive.issues.reduce((n, i) => n + i.notices.length, 0),
    unaccounted: result.fidelity.reduce((n, f) => n + f.unaccounted, 0),
    pdfMs,
    textMs,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
}
