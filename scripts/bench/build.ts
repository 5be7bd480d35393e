// Build benchmark: the whole site (ingest, Astro, search index) for the synthetic archive, in a scratch workspace.
// Usage: npm run bench:build [-- --issues 150]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticArchive } from './synthetic-archive.ts';

const root = join(import.meta.dirname, '../..');
// The target of the brief: about 2,700 notices in under 90 s with peak memory under 6 GB.
const TARGET = { seconds: 90, rssBytes: 6 * 1024 ** 3 };
// What the build reads from the project; the workspace gets its own seeds, content/ and dist/.
const SHARED = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules'];

const { values } = parseArgs({ options: { issues: { type: 'string', default: '150' } } });
const archive = writeSyntheticArchive({ issues: Number(values.issues) });
const work = join(archive.dir, '..', `site-${values.issues}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const name of SHARED) symlinkSync(join(root, name), join(work, name));
symlinkSync(archive.dir, join(work, 'seeds'));

const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
const start = performance.now();
const [command = 'npm', ...args] = [...time, 'npm', 'run', 'build'];
const run = spawnSync(command, args, {
  cwd: work,
  encoding: 'utf8',
  env: { ...process.env, GONGBAO_QUIET: '1' },
  maxBuffer: 256 * 1024 * 1024,
});
const seconds = (performance.now() - start) / 1000;
if (run.status !== 0) {
  console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
  process.exit(1);
}
const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);

let files = 0;
let bytes = 0;
let htmlPages = 0;
let htmlBytes = 0;
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else {
      const size = statSync(path).size;
      files++;
      bytes += size;
      if (e.name.endsWith('.html')) {
        htmlPages++;
        htmlBytes += size;
      }
    }
  }
};
walk(join(work, 'dist'));
const sourceBytes = readdirSync(archive.dir).filter((n) => n.endsWith('.txt')).reduce((s, n) => s + statSync(join(archive.dir, n)).size, 0);

const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;
console.log(`site build, ${values.issues} synthetic issues (${sourceBytes ? mb(sourceBytes) : '?'} of seeds) in ${work}`);
console.log(`  build time        ${seconds.toFixed(1)} s (target < ${TARGET.seconds} s)`);
console.log(`  peak memory       ${Number.isNaN(rssKb) ? 'unknown (no /usr/bin/time)' : mb(rssKb * 1024)} (largest process; target < 6 GB)`);
console.log(`  pages             ${htmlPages} HTML pages, ${(htmlPages / seconds).toFixed(0)} pages/s`);
console.log(`  dist/             ${files} files, ${mb(bytes)}`);
console.log(`  HTML per source   ${(htmlBytes / sourceBytes).toFixed(2)} HTML bytes per seed byte`);
if (seconds > TARGET.seconds || rssKb * 1024 > TARGET.rssBytes) console.log('  OVER TARGET');
