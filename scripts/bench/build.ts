// Build benchmark: the whole site (ingest, Astro, search index) for the synthetic archive, in a scratch copy.
// Usage: npm run bench:build [-- --issues 150]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildProject, prepareProject, tally } from './site-build.ts';
import { writeSyntheticArchive } from './synthetic-archive.ts';

// The target of the brief: about 2,700 notices in under 90 s with peak memory under 6 GB.
const TARGET = { seconds: 90, rssBytes: 6 * 1024 ** 3 };

const { values } = parseArgs({ options: { issues: { type: 'string', default: '150' } } });
const archive = writeSyntheticArchive({ issues: Number(values.issues) });
const project = join(archive.dir, '..', `site-${values.issues}`);
prepareProject(project);
const times = buildProject(project, archive.dir);
const seconds = (times.ingestMs + times.astroMs) / 1000;

const dist = tally(join(project, 'dist'));
const html = tally(join(project, 'dist'), '.html');
const sourceBytes = readdirSync(archive.dir).filter((n) => n.endsWith('.txt')).reduce((s, n) => s + statSync(join(archive.dir, n)).size, 0);
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;

console.log(`site build, ${values.issues} synthetic issues (${mb(sourceBytes)} of seeds) in ${project}`);
console.log(`  build time        ${seconds.toFixed(1)} s: ingest ${(times.ingestMs / 1000).toFixed(1)} s, Astro + Pagefind ${(times.astroMs / 1000).toFixed(1)} s (target < ${TARGET.seconds} s)`);
console.log(`  peak memory       ${times.astroPeakRss ? mb(times.astroPeakRss) : 'unknown (no /usr/bin/time)'} (the Astro build; target < 6 GB)`);
console.log(`  pages             ${html.files} HTML pages, ${(html.files / seconds).toFixed(0)} pages/s`);
console.log(`  dist/             ${dist.files} files, ${mb(dist.bytes)}`);
console.log(`  HTML per source   ${(html.bytes / sourceBytes).toFixed(2)} HTML bytes per seed byte`);
if (seconds > TARGET.seconds || (times.astroPeakRss ?? 0) > TARGET.rssBytes) console.log('  OVER TARGET');
