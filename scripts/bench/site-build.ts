// A throwaway copy of the project built for a seeds folder, shared by the build and search benchmarks.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Copies what the site build reads into `dir`, so the repo's content/ and dist/ stay as they are. */
export function prepareProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // Per-package links, so Astro's and Vite's caches are written here and not into the repo's node_modules.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    const source = join(root, 'node_modules', name);
    if (name.startsWith('@')) {
      mkdirSync(join(dir, 'node_modules', name));
      for (const inner of readdirSync(source)) symlinkSync(join(source, inner), join(dir, 'node_modules', name, inner));
    } else if (!name.startsWith('.') || name === '.bin') symlinkSync(source, join(dir, 'node_modules', name));
  }
}

export interface BuildTimes {
  ingestMs: number;
  astroMs: number;
  /** Peak resident memory of the Astro build (which runs Pagefind), when /usr/bin/time is there to tell. */
  astroPeakRss?: number;
}

/** Ingests `seeds` into the copy's content/ and builds it at base '/' (Astro, then Pagefind in its integration). */
export function buildProject(dir: string, seeds: string): BuildTimes {
  const env = { ...process.env, GONGBAO_SEEDS: seeds, GONGBAO_CONTENT: join(dir, 'content'), GONGBAO_QUIET: '1', GONGBAO_BASE: '/' };
  let start = performance.now();
  execFileSync(process.execPath, [...process.execArgv, join(root, 'scripts/ingest.ts')], { cwd: root, env, stdio: 'inherit' });
  const ingestMs = performance.now() - start;
  const astro = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...astro] : astro;
  start = performance.now();
  // The site reads GONGBAO_CONTENT relative to its root, which is the copy.
  const run = spawnSync(timed[0]!, timed.slice(1), { cwd: dir, env: { ...env, GONGBAO_CONTENT: 'content' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const astroMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stderr.slice(-4000)}`);
  const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  return { ingestMs, astroMs, ...(rssKb && { astroPeakRss: Number(rssKb) * 1024 }) };
}

/** Size and count of the files under dir, optionally only those whose name ends with `suffix`. */
export function tally(dir: string, suffix = ''): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(suffix)) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}
