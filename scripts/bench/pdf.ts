// PDF front end benchmark: readPdf and pageLines over a gazette Chromium prints, in ms per page.
// Usage: npm run bench:pdf [-- --repeat 32 --runs 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pageLines } from '../../src/pipeline/pdf/lines.ts';
import { readPdf } from '../../src/pipeline/pdf/read-pdf.ts';
import { launchPrinter, printPdf } from '../../tests/support/pdf-files.ts';
import { FURNITURE, gazetteHtml } from '../../tests/support/printed-gazette.ts';
import { measureSteal } from './cpu-steal.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '32' }, runs: { type: 'string', default: '3' } } });
const browser = await launchPrinter();
const pdf = await printPdf(browser, gazetteHtml(Number(values.repeat)), FURNITURE).finally(() => browser.close());

const steal = measureSteal();
const times: number[] = [];
let pages = 0;
let lines = 0;
for (let run = 0; run < Number(values.runs); run++) {
  const start = performance.now();
  const text = await readPdf(pdf, 'bench.pdf');
  lines = text.pages.reduce((sum, page) => sum + pageLines(page.runs).length, 0);
  times.push(performance.now() - start);
  pages = text.pages.length;
}
const loadavg = readFileSync('/proc/loadavg', 'utf8').trim();
const best = Math.min(...times);
console.log(`${pages} pages, ${lines} lines, ${(pdf.length / 1024).toFixed(0)} KiB; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`best ${(best / pages).toFixed(1)} ms/page, first ${(times[0]! / pages).toFixed(1)} ms/page; steal ${steal()}; loadavg ${loadavg}`);
