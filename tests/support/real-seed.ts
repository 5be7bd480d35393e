// The real seed 2024年第3期 and small edits of it, so faulty inputs stay realistic everywhere but the fault.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const SEED_FILE = 'seeds/2024-03.txt';
export const seedBytes: Uint8Array = readFileSync(join(ROOT, SEED_FILE));
export const seedText = new TextDecoder().decode(seedBytes);
export const seedLines: readonly string[] = seedText.split('\n');

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** 1-based number of the only line of the real seed whose trimmed text equals or matches `what`. */
export function lineOf(what: string | RegExp): number {
  const test = (text: string) => (typeof what === 'string' ? text.trim() === what : what.test(text.trim()));
  const found = seedLines.flatMap((l, i) => (test(l) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line of ${SEED_FILE} to match ${what}, found ${found.length}`);
  return found[0]!;
}

/** The real seed with `edit` applied to a copy of its lines, joined again. */
export function editedSeed(edit: (lines: string[]) => void): string {
  const lines = [...seedLines];
  edit(lines);
  return lines.join('\n');
}
