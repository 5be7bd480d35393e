// The build's last step: dist/SHA256SUMS, the checksum of every file the build wrote.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUMS_FILE, sha256SumsText, type FileHash } from '../site/sha256-sums.ts';
import { listFiles } from './list-files.ts';

/** Writes <dir>/SHA256SUMS for every other file under dir; returns how many files it lists. */
export async function writeSha256Sums(dir: string): Promise<number> {
  const files: FileHash[] = [];
  for (const rel of listFiles(dir)) {
    if (rel === SUMS_FILE) continue;
    const sha256 = createHash('sha256').update(await readFile(path.join(dir, rel))).digest('hex');
    files.push({ path: rel, sha256 });
  }
  await writeFile(path.join(dir, SUMS_FILE), sha256SumsText(files));
  return files.length;
}
