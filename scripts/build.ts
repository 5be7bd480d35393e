// CLI: the whole site build. Ingest seeds/ into the content folder, build the pages with Astro in its own process,
// then index them for search and write SHA256SUMS here, once Astro's memory is released.
// Usage: tsx scripts/build.ts [--skip-ingest] [--out DIR] [--root DIR] [--force]
// Environment: GONGBAO_BASE, GONGBAO_SITE, GONGBAO_CONTENT (see README).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { indexForSearch } from '../src/postbuild/search-index.ts';
import { writeSha256Sums } from '../src/postbuild/sha256-sums-file.ts';

const project = join(import.meta.dirname, '..');

/** Runs a step as a child process with this process's output; false when it failed. */
function step(args: string[], cwd: string): boolean {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: process.env }).status === 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'skip-ingest': { type: 'boolean', default: false },
      out: { type: 'string', default: 'dist' },
      root: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => console.log(`[gongbao] ${line}`);
  if (!process.env['GONGBAO_SITE']) {
    log('warning: GONGBAO_SITE is not set, so links are written as paths and the Atom feed and the sitemap are not built; set it to the public origin, e.g. GONGBAO_SITE=https://gongbao.example.gov.cn');
  }
  const root = resolve(values.root ?? project);
  const out = resolve(root, values.out);
  if (!values['skip-ingest'] && !step([...process.execArgv, join(project, 'scripts/ingest.ts')], project)) return 1;
  const astro = [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', out, ...(values.force ? ['--force'] : [])];
  if (!step(astro, root)) return 1;
  await indexForSearch(out, pagefind, log);
  log(`SHA256SUMS: ${await writeSha256Sums(out)} files`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
