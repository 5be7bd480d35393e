// CLI: seeds/*.txt and seeds/*.pdf → content/. Writes a new folder and swaps it in, so a failed run leaves content/ as it was.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IngestError } from '../src/pipeline/errors.ts';
import { ingest, isSeedFile, readSeed, type Seed } from '../src/pipeline/ingest.ts';
import { compareText } from '../src/pipeline/text-shape.ts';
import { formatReport } from './report.ts';

const root = join(import.meta.dirname, '..');
const seedsDir = process.env.GONGBAO_SEEDS ?? join(root, 'seeds');
const outDir = process.env.GONGBAO_CONTENT ?? join(root, 'content');

async function main(): Promise<number> {
  const names = readdirSync(seedsDir).filter(isSeedFile).sort();
  if (names.length === 0) {
    console.error(`${seedsDir}: no seed files (*.txt, *.pdf); add one gazette issue per file, its plain text or its PDF`);
    return 1;
  }
  const seeds: Seed[] = [];
  for (const n of names) seeds.push(await readSeed(`seeds/${n}`, new Uint8Array(readFileSync(join(seedsDir, n)))));
  const result = ingest(seeds);
  if (!process.env.GONGBAO_QUIET) process.stdout.write(formatReport(result.fidelity));
  const staging = `${outDir}.new`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, content] of [...result.files].sort(([a], [b]) => compareText(a, b))) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(outDir, old);
  } catch {
    // No previous content/ to keep aside.
  }
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  const notices = result.archive.issues.reduce((n, i) => n + i.notices.length, 0);
  console.log(`ingest: ${result.archive.issues.length} issues, ${notices} notices, ${result.archive.docNumbers.length} doc numbers → ${outDir}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bad seed names its file and line; anything else (a missing folder, a full disk) says what failed.
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof IngestError) && process.env.GONGBAO_DEBUG) console.error(error);
  process.exitCode = 1;
}
