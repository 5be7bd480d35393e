// The one recursive file lister of the build, its benchmarks and its tests.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
