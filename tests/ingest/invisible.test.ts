// Invisible characters in the lines that give an issue its structure (the contents, each notice's title and header,
// the colophon) change nothing the site reads: each is dropped where it stood and the notices stay as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIssue } from '../../src/pipeline/ingest.ts';
import type { Issue } from '../../src/pipeline/model.ts';
import { ROOT, SEED_FILE, seedText, utf8 } from '../support/real-seed.ts';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u2066', '\u034f', '\u180e'];

/** What the site reads of an issue: its notices, contents and colophon (the seed lines stay where they were). */
function reading(issue: Issue) {
  return { notices: issue.notices, toc: issue.toc, colophon: issue.colophon, date: issue.date };
}

/** 0-based indexes of the structural lines: the contents, each notice's title and header lines, the colophon. */
function structuralLines(issue: Issue, lines: readonly string[]): number[] {
  const at = new Set<number>();
  for (const e of issue.toc) at.add(e.line - 1);
  for (const n of issue.notices) {
    const printed = n.docNumberText ?? n.docNumber?.text;
    // From the first line to the one that prints the doc number (an item without one: its title line).
    let i = n.sourceLines[0] - 1;
    do at.add(i);
    while (printed && !lines[i]!.includes(printed.slice(-4)) && ++i < n.sourceLines[1]);
  }
  const end = issue.notices.at(-1)!.sourceLines[1];
  for (let i = end; i < lines.length; i++) at.add(i);
  return [...at].filter((i) => lines[i]!.trim()).sort((a, b) => a - b);
}

/** Every line of `at` with `ch` before each of its characters and after the last. */
function everywhere(lines: readonly string[], at: readonly number[], ch: string): string {
  const out = [...lines];
  for (const i of at) out[i] = [...out[i]!].map((c) => ch + c).join('') + ch;
  return out.join('\n');
}

describe.each([
  ['the real issue', SEED_FILE, seedText],
  ['the constructed issue', 'seeds/2024-04.txt', readFileSync(join(ROOT, 'tests/fixtures/constructed/2024-04.txt'), 'utf8')],
])('invisible characters in %s', (_, file, text) => {
  const lines = text.split('\n');
  const original = readIssue({ file, bytes: utf8(text) });
  const at = structuralLines(original.issue, lines);

  it.each(INVISIBLE.map((ch) => [`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, ch]))(
    '%s at every position of every structural line at once leaves the issue as it was, each one dropped',
    (_, ch) => {
      const read = readIssue({ file, bytes: utf8(everywhere(lines, at, ch)) });
      expect(reading(read.issue)).toEqual(reading(original.issue));
      const inserted = at.reduce((n, i) => n + [...lines[i]!].length + 1, 0);
      expect(read.fidelity.drops.filter((d) => d.reason === 'invisible')).toHaveLength(inserted);
      expect(read.fidelity.unaccounted).toBe(0);
    },
    60_000,
  );

  it('one invisible character at any single position of a structural line leaves the issue as it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...at), fc.nat({ max: 300 }), fc.constantFrom(...INVISIBLE), (i, column, ch) => {
        const edited = [...lines];
        const line = edited[i]!;
        const c = column % (line.length + 1);
        edited[i] = line.slice(0, c) + ch + line.slice(c);
        expect(reading(readIssue({ file, bytes: utf8(edited.join('\n')) }).issue)).toEqual(reading(original.issue));
      }),
      { seed: 20241203, numRuns: 60 },
    );
  }, 120_000);

  it('covers the contents, every notice\'s first line and the colophon', () => {
    for (const e of original.issue.toc) expect(at).toContain(e.line - 1);
    for (const n of original.issue.notices) expect(at).toContain(n.sourceLines[0] - 1);
    expect(at.at(-1)).toBe(lines.findLastIndex((l) => l.trim()));
  });
});
