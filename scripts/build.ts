// CLI: the whole site build. Ingest seeds/ into the content folder, build the pages with Astro in its own process,
// then, once Astro's memory is released, index them for search (one process per bundle, a few at a time) and write SHA256SUMS.
// Usage: tsx scripts/build.ts [--skip-ingest] [--out DIR] [--root DIR] [--force] [--search-jobs N]
// Environment: GONGBAO_BASE, GONGBAO_SITE, GONGBAO_CONTENT, GONGBAO_SEARCH_SHARD_SIZE (see README).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { readShardPlan, removeIndexingInputs } from '../src/postbuild/search-index.ts';
import { writeSha256Sums } from '../src/postbuild/sha256-sums-file.ts';
import { indexingJobs } from '../src/search/shards.ts';
import { TITLES_BUNDLE } from '../src/search/titles-bundle.ts';

const project = join(import.meta.dirname, '..');

/** Runs a step as a child process with this process's output; false when it failed. */
function step(args: string[], cwd: string): boolean {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: process.env }).status === 0;
}

/** The same, without blocking, so several can run side by side. */
function stepAsync(args: string[], cwd: string): Promise<boolean> {
  return new Promise((done) => {
    spawn(process.execPath, args, { cwd, stdio: 'inherit', env: process.env })
      .on('error', () => done(false))
      .on('exit', (code) => done(code === 0));
  });
}

/** Memory the indexing may take: Linux's MemAvailable (free memory and the page cache it can drop), else free memory. */
function availableMemory(): number {
  const reported = existsSync('/proc/meminfo') ? /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8')) : null;
  return reported ? Number(reported[1]) * 1024 : freemem();
}

/** Builds every search bundle of the site, each in a process of its own; false when one failed. */
async function indexForSearch(out: string, jobs: number | undefined, log: (line: string) => void): Promise<boolean> {
  const plan = await readShardPlan(out);
  const running = jobs ?? indexingJobs(plan, { cores: availableParallelism(), memory: availableMemory() });
  log(`pagefind: indexing the notices in ${plan.length} shard${plan.length === 1 ? '' : 's'}, ${running} at a time`);
  const limit = pLimit(running);
  const indexer = join(project, 'scripts/index-search.ts');
  const index = (bundle: string) => stepAsync([...process.execArgv, indexer, '--site', out, '--bundle', bundle], project);
  // The titles index is small (a title per notice), so it runs beside the shards rather than in their turn.
  const results = await Promise.all([index(TITLES_BUNDLE), ...plan.map((shard) => limit(() => index(shard.bundle)))]);
  if (results.includes(false)) return false;
  await removeIndexingInputs(out);
  return true;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'skip-ingest': { type: 'boolean', default: false },
      out: { type: 'string', default: 'dist' },
      root: { type: 'string' },
      force: { type: 'boolean', default: false },
      'search-jobs': { type: 'string' },
    },
  });
  const jobs = values['search-jobs'] === undefined ? undefined : Number(values['search-jobs']);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new Error(`--search-jobs must be a whole number ≥ 1, not ${values['search-jobs']}`);
  const log = (line: string) => console.log(`[gongbao] ${line}`);
  if (!process.env['GONGBAO_SITE']) {
    log('warning: GONGBAO_SITE is not set, so links are written as paths and the Atom feed and the sitemap are not built; set it to the public origin, e.g. GONGBAO_SITE=https://gongbao.example.gov.cn');
  }
  const root = resolve(values.root ?? project);
  const out = resolve(root, values.out);
  if (!values['skip-ingest'] && !step([...process.execArgv, join(project, 'scripts/ingest.ts')], project)) return 1;
  const astro = [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', out, ...(values.force ? ['--force'] : [])];
  if (!step(astro, root)) return 1;
  if (!(await indexForSearch(out, jobs, log))) return 1;
  log(`SHA256SUMS: ${await writeSha256Sums(out)} files`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
