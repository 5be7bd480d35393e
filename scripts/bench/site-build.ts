// A throwaway copy of the project built for a seeds folder, shared by the build and search benchmarks.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/postbuild/list-files.ts';
import { runSampled, type Stage } from './process-tree.ts';

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
  /** ingest, astro (setup and bundling), pages (page generation), pagefind: time and peak memory of all processes. */
  stages: Stage[];
}

/** Ingests `seeds` into the copy's content/ and builds it at base '/' (Astro, then Pagefind once Astro has exited). */
export async function buildProject(dir: string, seeds: string): Promise<BuildTimes> {
  const env = { ...process.env, GONGBAO_SEEDS: seeds, GONGBAO_CONTENT: join(dir, 'content'), GONGBAO_QUIET: '1', GONGBAO_BASE: '/', NO_COLOR: '1' };
  const ingest = await runSampled(process.execPath, [...process.execArgv, join(root, 'scripts/ingest.ts')], { cwd: root, env, firstStage: 'ingest', stages: [] });
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.tail}`);
  // The site reads GONGBAO_CONTENT relative to its root, which is the copy; the build is the README's, minus the ingest.
  const astro = await runSampled(process.execPath, [...process.execArgv, join(root, 'scripts/build.ts'), '--skip-ingest', '--root', dir], {
    cwd: dir,
    env: { ...env, GONGBAO_CONTENT: 'content' },
    firstStage: 'astro',
    stages: [
      { name: 'pages', startsAt: /generating static routes/ },
      { name: 'pagefind', startsAt: /pagefind: indexing/ },
    ],
  });
  if (astro.status !== 0) throw new Error(`the build failed:\n${astro.tail}`);
  return { stages: [...ingest.stages, ...astro.stages] };
}

/** Total time of the stages. */
export function totalMs(times: BuildTimes): number {
  return times.stages.reduce((sum, s) => sum + s.ms, 0);
}

/** One stage by name. */
export function stage(times: BuildTimes, name: string): Stage {
  const found = times.stages.find((s) => s.name === name);
  if (!found) throw new Error(`no stage ${name} in ${times.stages.map((s) => s.name).join(', ')}`);
  return found;
}

/** Size and count of the files under dir, optionally only those whose name ends with `suffix`. */
/** The largest file a reader opens (pages and the JSON and XML files the site links), with its size. */
export function largestOpened(dir: string): { path: string; bytes: number } {
  return listFiles(dir)
    .filter((name) => /\.(html|json|xml)$/.test(name) && !/^pagefind[^/]*\//.test(name))
    .map((path) => ({ path, bytes: statSync(join(dir, path)).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
}

export function tally(dir: string, suffix = ''): { bytes: number; files: number } {
  const files = listFiles(dir).filter((name) => name.endsWith(suffix));
  return { bytes: files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0), files: files.length };
}
