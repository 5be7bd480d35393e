// CLI: a gazette PDF in the text form the ingest reads, on standard output, so an archivist can read and diff it and,
// where the reading is wrong, commit a corrected .txt instead. What was mapped or left out goes to standard error.
// Usage: npm run extract -- seeds/2024-03.pdf
import { readFileSync } from 'node:fs';
import { IngestError } from '../src/pipeline/errors.ts';
import { readPdf } from '../src/pipeline/pdf/read-pdf.ts';
import { pdfTextForm } from '../src/pipeline/pdf/text-form.ts';

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('usage: npm run extract -- seeds/YYYY-NN.pdf');
    return 2;
  }
  const form = pdfTextForm(await readPdf(new Uint8Array(readFileSync(file)), file));
  process.stdout.write(`${form.lines.map((l) => l.text).join('\n')}\n`);
  const printed = form.printedPages.map((n, k) => `${k + 1}→${n ?? '–'}`).join(' ');
  console.error(`${file}: ${form.printedPages.length} pages (PDF page → printed page: ${printed}); ${form.furniture.length} running heads and folios left out; ${form.substitutions.length} look-alike ideographs mapped back; ${form.duplicates.length} doubled glyphs counted once`);
  return 0;
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  // A bad PDF names its file and page; anything else (a missing file) says what failed.
  console.error(`extract failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof IngestError) && process.env['GONGBAO_DEBUG']) console.error(error);
  process.exitCode = 1;
}
