// Astro integration: after the build (and after any integration listed before it) writes dist/SHA256SUMS.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SUMS_FILE, sha256SumsText, type FileHash } from '../site/sha256-sums.ts';

/** Every file under dir, as '/'-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export function sha256Sums(): AstroIntegration {
  return {
    name: 'gongbao:sha256-sums',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files: FileHash[] = [];
        for (const rel of await listFiles(out)) {
          if (rel === SUMS_FILE) continue;
          const sha256 = createHash('sha256').update(await readFile(path.join(out, rel))).digest('hex');
          files.push({ path: rel, sha256 });
        }
        await writeFile(path.join(out, SUMS_FILE), sha256SumsText(files));
        logger.info(`${SUMS_FILE}: ${files.length} files`);
      },
    },
  };
}
