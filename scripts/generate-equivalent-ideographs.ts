// Writes src/pipeline/pdf/equivalent-ideographs.ts from Unicode's EquivalentUnifiedIdeograph.txt, so the build needs no copy of it.
// Usage: npx tsx scripts/generate-equivalent-ideographs.ts [path]  (default: Debian's unicode-data, /usr/share/unicode/)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const DEBIAN_PATH = '/usr/share/unicode/EquivalentUnifiedIdeograph.txt';
const OUTPUT = join(root, 'src/pipeline/pdf/equivalent-ideographs.ts');

interface Row { first: number; last: number; ideograph: number; name: string }

const hex = (cp: number) => `0x${cp.toString(16).toUpperCase()}`;

/** The file's version and date from its header, and one row per mapping line; throws on a line it cannot read. */
function parse(text: string, path: string): { version: string; date: string; rows: Row[] } {
  const version = /^# EquivalentUnifiedIdeograph-(\d+\.\d+\.\d+)\.txt$/m.exec(text)?.[1];
  const date = /^# Date: (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
  if (!version || !date) throw new Error(`${path}: no "# EquivalentUnifiedIdeograph-<version>.txt" and "# Date:" header`);
  const rows: Row[] = [];
  text.split('\n').forEach((line, k) => {
    const data = line.replace(/#.*/, '').trim();
    if (!data) return;
    const m = /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*([0-9A-F]{4,6})$/.exec(data);
    if (!m) throw new Error(`${path}:${k + 1}: expected "XXXX[..XXXX] ; XXXX", found "${data}"`);
    const first = parseInt(m[1]!, 16);
    const last = m[2] ? parseInt(m[2], 16) : first;
    if (last < first) throw new Error(`${path}:${k + 1}: range ends before it starts`);
    rows.push({ first, last, ideograph: parseInt(m[3]!, 16), name: line.replace(/^[^#]*#\s*(\[\d+\]\s*)?/, '').trim() });
  });
  return { version, date, rows };
}

function render(source: { version: string; date: string; rows: Row[] }): string {
  const codePoints = source.rows.reduce((n, r) => n + r.last - r.first + 1, 0);
  const ranges = source.rows.filter((r) => r.last > r.first).length;
  const lines = source.rows.map((r) => {
    const chars = r.first === r.last ? String.fromCodePoint(r.first) : `${String.fromCodePoint(r.first)}..${String.fromCodePoint(r.last)}`;
    return `  [${hex(r.first)}, ${hex(r.last)}, ${hex(r.ideograph)}], // ${chars} → ${String.fromCodePoint(r.ideograph)} ${r.name}`;
  });
  return `// Generated from Unicode's EquivalentUnifiedIdeograph-${source.version}.txt (Unicode ${source.version}, ${source.date}), as Debian's unicode-data
// package installs it (${DEBIAN_PATH}). Do not edit; to regenerate:
//   apt-get install unicode-data && npx tsx scripts/generate-equivalent-ideographs.ts
// ${source.rows.length} rows, ${ranges} of them ranges: ${codePoints} code points of CJK Radicals Supplement, Kangxi Radicals and CJK Strokes.

/** The Unicode version of the table. */
export const EQUIVALENT_IDEOGRAPHS_UNICODE_VERSION = '${source.version}';

/** [first, last, ideograph]: the code points first..last look like the unified ideograph, one row per line of the source, in its order. */
export const EQUIVALENT_IDEOGRAPHS: readonly (readonly [first: number, last: number, ideograph: number])[] = [
${lines.join('\n')}
];
`;
}

const path = process.argv[2] ?? DEBIAN_PATH;
const source = parse(readFileSync(path, 'utf8'), path);
writeFileSync(OUTPUT, render(source));
console.log(`${OUTPUT}: ${source.rows.length} rows from Unicode ${source.version}`);
