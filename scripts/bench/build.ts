// Build benchmark: the whole site (ingest, Astro, search index) for the synthetic archive, in a scratch copy.
// Prints each stage's time and the peak memory of all its processes together, and ms per notice page.
// Usage: npm run bench:build [-- --issues 150]
import { readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSteal } from './cpu-steal.ts';
import { buildProject, largestOpened, prepareProject, stage, tally, totalMs } from './site-build.ts';
import { writeSyntheticArchive } from '../../tests/support/synthetic-archive.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '150' } } });
const archive = writeSyntheticArchive({ issues: Number(values.issues) });
const project = join(archive.dir, '..', `site-${values.issues}`);
prepareProject(project);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const steal = measureSteal();
const times = await buildProject(project, archive.dir);
const seconds = totalMs(times) / 1000;

const dist = tally(join(project, 'dist'));
const html = tally(join(project, 'dist'), '.html');
const notices = tally(join(project, 'dist', 'notices'), '.html');
const sourceBytes = readdirSync(archive.dir).filter((n) => n.endsWith('.txt')).reduce((s, n) => s + statSync(join(archive.dir, n)).size, 0);
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;
const peak = Math.max(...times.stages.map((s) => s.peakBytes));

console.log(`site build, ${values.issues} synthetic issues, ${archive.notices} notices (${mb(sourceBytes)} of seeds) in ${project}`);
console.log(`  load average      ${loadBefore} before, ${load()} after; CPU steal ${steal()} of the run`);
console.log(`  build time        ${seconds.toFixed(1)} s`);
for (const s of times.stages) console.log(`    ${s.name.padEnd(16)}${(s.ms / 1000).toFixed(1).padStart(7)} s   peak ${gb(s.peakBytes)} (all processes)`);
console.log(`  peak memory       ${gb(peak)}, all processes of the stage together`);
console.log(`  page generation   ${(stage(times, 'pages').ms / html.files).toFixed(1)} ms per HTML page (${html.files} pages, ${notices.files} notice pages)`);
console.log(`  dist/             ${dist.files} files, ${mb(dist.bytes)}`);
const largest = largestOpened(join(project, 'dist'));
console.log(`  largest page      ${(largest.bytes / 1024).toFixed(1)} KB (${largest.path}; target < 500 KB)`);
console.log(`  HTML per source   ${(html.bytes / sourceBytes).toFixed(2)} HTML bytes per seed byte`);
