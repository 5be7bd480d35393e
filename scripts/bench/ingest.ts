// Ingest benchmark: the pipeline over a synthetic archive, in a fresh process, and optionally the CLI end to end.
// Usage: npm run bench:ingest [-- --issues 150 --runs 1 --cli]
//        npm run bench:ingest -- --pdf [--issues 2]: from PDFs, at N and 4N issues, beside the text path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { listFiles } from '../../src/postbuild/list-files.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../../src/pipeline/ingest.ts';
import { writeSyntheticArchive } from '../../tests/support/synthetic-archive.ts';
import { measureSteal } from './cpu-steal.ts';
import { measurePdfs, pdfArchive, seedsIn, type PdfMeasurement } from './pdf-archive.ts';

const root = join(import.meta.dirname, '../..');
// The target of the brief: 150 issues ingested in under 5 s on the 2-core build machine.
const TARGET = { issues: 150, ms: 5000 };

/** What one in-process measurement reports back to the parent. */
interface Measurement {
  runs: number[];
  bytes: number;
  issues: number;
  notices: number;
  unaccounted: number;
  /** Peak resident set size of the measuring process, in bytes. */
  peakRss: number;
}

/** Child mode: read the seeds, then time `ingest` alone (file reads and writes excluded). */
function measure(dir: string, runs: number): Measurement {
  const seeds = seedsIn(dir, '.txt');
  const times: number[] = [];
  let last: ReturnType<typeof ingest> | undefined;
  for (let r = 0; r < runs; r++) {
    last = undefined;
    const start = performance.now();
    last = ingest(seeds);
    times.push(performance.now() - start);
  }
  return {
    runs: times,
    bytes: seeds.reduce((n, s) => n + s.bytes.length, 0),
    issues: last!.archive.issues.length,
    notices: last!.archive.issues.reduce((n, i) => n + i.notices.length, 0),
    unaccounted: last!.fidelity.reduce((n, f) => n + f.unaccounted, 0),
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** Runs `args` under the same Node and TypeScript loader as this process. */
function node(args: string[], env: NodeJS.ProcessEnv = process.env, wrap: string[] = []) {
  const [command, ...rest] = [...wrap, process.execPath, ...process.execArgv, ...args];
  return spawnSync(command!, rest, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function inProcess(dir: string, runs: number): Measurement {
  // A fresh process, so the peak memory is the ingest's and not the generator's.
  const child = node([import.meta.filename, '--measure', dir, '--runs', String(runs)]);
  if (child.status !== 0) throw new Error(`the measuring process failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

/** The CLI end to end (read, ingest, write content) into a temporary folder, timed by /usr/bin/time when present. */
function cli(dir: string): { ms: number; peakRss?: number; files: number } {
  const out = mkdtempSync(join(tmpdir(), 'gongbao-bench-content-'));
  const content = join(out, 'content');
  try {
    const env = { ...process.env, GONGBAO_SEEDS: dir, GONGBAO_CONTENT: content, GONGBAO_QUIET: '1' };
    const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
    const start = performance.now();
    const child = node([join(root, 'scripts/ingest.ts')], env, time);
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`the ingest CLI failed:\n${child.stderr}`);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
    const files = listFiles(content).length;
    return { ms, files, ...(rss && { peakRss: Number(rss) * 1024 }) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** The PDF route at `issues` and four times as many, each measured in a fresh process. */
async function pdfBench(issues: number): Promise<number> {
  const rows: PdfMeasurement[] = [];
  for (const n of [issues, 4 * issues]) {
    const archive = await pdfArchive(n);
    console.log(`PDF archive: ${archive.dir} (${n} issues${archive.typeset ? `, ${archive.typeset} typeset by PDFKit now` : ', reused'})`);
    const before = load();
    const steal = measureSteal();
    const child = node([import.meta.filename, '--measure-pdf', archive.dir, '--texts', archive.texts]);
    if (child.status !== 0) {
      console.error(`bench: the measuring process failed:\n${child.stderr}`);
      return 1;
    }
    const m = JSON.parse(child.stdout) as PdfMeasurement;
    if (m.unaccounted !== 0 || m.issues !== n) {
      console.error(`bench: expected ${n} issues and 0 unaccounted characters, got ${m.issues} and ${m.unaccounted}`);
      return 1;
    }
    rows.push(m);
    console.log(
      `  ${m.issues} issues, ${m.pages} pages, ${m.notices} notices: PDF ${seconds(m.pdfMs)} s = ${(m.pdfMs / m.pages).toFixed(1)} ms/page; ` +
        `text ${seconds(m.textMs)} s; PDF/text ${(m.pdfMs / m.textMs).toFixed(1)}×; peak RSS ${mb(m.peakRss)} MB; ` +
        `load ${before} → ${load()}, steal ${steal()}`,
    );
  }
  const [small, large] = rows as [PdfMeasurement, PdfMeasurement];
  console.log(`ms/page at ${large.issues} issues over ms/page at ${small.issues}: ${(large.pdfMs / large.pages / (small.pdfMs / small.pages)).toFixed(2)} (1.00 is linear)`);
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      issues: { type: 'string' },
      runs: { type: 'string', default: '1' },
      cli: { type: 'boolean', default: false },
      pdf: { type: 'boolean', default: false },
      measure: { type: 'string' },
      'measure-pdf': { type: 'string' },
      texts: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  if (values.measure) {
    process.stdout.write(JSON.stringify(measure(values.measure, runs)));
    return 0;
  }
  if (values['measure-pdf']) {
    process.stdout.write(JSON.stringify(await measurePdfs(values['measure-pdf'], values.texts!)));
    return 0;
  }
  if (values.pdf) return pdfBench(Number(values.issues ?? 2));
  const issues = Number(values.issues ?? TARGET.issues);
  const archive = writeSyntheticArchive({ issues });
  console.log(`synthetic archive: ${archive.dir} (${archive.issues} issues, ${archive.notices} notices, ${mb(archive.bytes)} MB; ${archive.reused ? 'reused' : 'generated'})`);

  const m = inProcess(archive.dir, runs);
  if (m.unaccounted !== 0 || m.notices !== archive.notices) {
    console.error(`bench: expected ${archive.notices} notices and 0 unaccounted characters, got ${m.notices} and ${m.unaccounted}`);
    return 1;
  }
  const best = Math.min(...m.runs);
  console.log(
    `in-process ingest: ${seconds(best)} s${runs > 1 ? ` (best of ${runs}: ${m.runs.map(seconds).join(', ')})` : ''}, ` +
      `${mb(m.bytes / (best / 1000))} MB/s, ${Math.round(m.notices / (best / 1000))} notices/s, peak RSS ${mb(m.peakRss)} MB`,
  );
  if (issues === TARGET.issues) {
    console.log(`target: ${TARGET.issues} issues in under ${seconds(TARGET.ms)} s: ${best < TARGET.ms ? 'met' : 'MISSED'}`);
  }
  if (values.cli) {
    const c = cli(archive.dir);
    console.log(`CLI end to end: ${seconds(c.ms)} s wall (process start, read, ingest, write ${c.files} files)${c.peakRss ? `, peak RSS ${mb(c.peakRss)} MB` : ''}`);
  }
  return 0;
}

process.exitCode = await main();
