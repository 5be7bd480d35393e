// Random damage to a real issue, as extractions and hand edits cause it: each mutated seed is either read with every
// notice it did not touch unchanged, or refused with an error at (or citing) a line near the change. Never text in
// the wrong notice, never a crash. The seed of the generator is fixed, so a failure is the same on every run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/pipeline/errors.ts';
import { readIssue } from '../../src/pipeline/ingest.ts';
import type { Issue, Notice } from '../../src/pipeline/model.ts';
import { compact } from '../../src/pipeline/text-shape.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_FILE, seedText, utf8 } from '../support/real-seed.ts';

const constructedText = readFileSync(join(ROOT, 'tests/fixtures/constructed/2024-04.txt'), 'utf8');

/** One change to a seed: what it does and the 0-based line it does it at. */
type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'blank-line' | 'swap-lines' | 'join-lines' | 'truncate'; at: number }
  | { kind: 'insert-char' | 'delete-char'; at: number; column: number; char: string }
  | { kind: 'change-digit'; at: number; column: number; char: string }
  | { kind: 'drop-tab'; at: number };

/** A mutation's effect: the new lines, and for each of their indexes the original line it came from (-1: new). */
interface Mutated {
  lines: string[];
  origin: number[];
}

const INSERTED = ['\u200b', '\u200d', '\u2060', '\ufeff', '\u200e', '\u00ad', 'X', '〔', '号', '\t', ' ', '　', '<', '{', '*', '目'];

function apply(lines: readonly string[], m: Mutation): Mutated {
  const out = [...lines];
  const origin = lines.map((_, i) => i);
  const line = out[m.at] ?? '';
  switch (m.kind) {
    case 'delete-line':
      out.splice(m.at, 1);
      origin.splice(m.at, 1);
      break;
    case 'duplicate-line':
      out.splice(m.at, 0, line);
      origin.splice(m.at, 0, -1);
      break;
    case 'blank-line':
      out.splice(m.at, 0, '');
      origin.splice(m.at, 0, -1);
      break;
    case 'swap-lines':
      [out[m.at], out[m.at + 1]] = [out[m.at + 1] ?? '', line];
      break;
    case 'join-lines':
      out.splice(m.at, 2, line + (out[m.at + 1] ?? ''));
      origin.splice(m.at + 1, 1);
      break;
    case 'truncate':
      out.splice(m.at + 1);
      out[m.at] = [...line].slice(0, Math.floor([...line].length / 2)).join('');
      origin.splice(m.at + 1);
      break;
    case 'insert-char':
      out[m.at] = line.slice(0, m.column % (line.length + 1)) + m.char + line.slice(m.column % (line.length + 1));
      break;
    case 'delete-char': {
      const chars = [...line];
      chars.splice(m.column % Math.max(chars.length, 1), 1);
      out[m.at] = chars.join('');
      break;
    }
    case 'change-digit': {
      const digits = [...line.matchAll(/\d/g)];
      const d = digits[m.column % Math.max(digits.length, 1)];
      if (d) out[m.at] = line.slice(0, d.index) + m.char + line.slice(d.index + 1);
      break;
    }
    case 'drop-tab':
      out[m.at] = line.replace('\t', '');
      break;
  }
  return { lines: out, origin };
}

/** The lines a mutation touched, as 1-based numbers of the original seed. */
function touched(m: Mutation): [number, number] {
  return m.kind === 'swap-lines' || m.kind === 'join-lines' ? [m.at + 1, m.at + 2] : [m.at + 1, m.at + 1];
}

/** A notice without the seed lines it came from, which shift when lines are added or removed. */
function content(notice: Notice): string {
  return JSON.stringify(notice, (key, value) => (key === 'line' || key === 'lines' || key === 'sourceLines' ? undefined : value));
}

function mutation(lineCount: number): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: lineCount - 2 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'blank-line', 'swap-lines', 'join-lines', 'truncate', 'drop-tab' as const), at }),
    fc.record({ kind: fc.constantFrom('insert-char', 'delete-char' as const), at, column: fc.nat({ max: 200 }), char: fc.constantFrom(...INSERTED) }),
    fc.record({ kind: fc.constant('change-digit' as const), at, column: fc.nat({ max: 20 }), char: fc.constantFrom(...'0123456789') }),
  ) as fc.Arbitrary<Mutation>;
}

/** Checks one mutated seed against the original's notices. */
function check(file: string, text: string, original: Issue, m: Mutation): void {
  const lines = text.split('\n');
  const { lines: mutated, origin } = apply(lines, m);
  const [first, last] = touched(m);
  const near = (no: number) => no >= first - 3 && no <= last + 3;
  let issue: Issue;
  try {
    issue = readIssue({ file, bytes: utf8(mutated.join('\n')) }).issue;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    // The line named, in the mutated file, back in the original's numbering; or a line the message cites.
    const named = error.line > 0 ? (origin[error.line - 1] ?? lines.length) + 1 : 0;
    const cited = [...error.message.matchAll(/line (\d+)/g)].map((c) => Number(c[1]));
    const atEnd = m.kind === 'truncate' && error.line >= mutated.length - 3;
    // A cover that lost its identity or date line has nothing left to name but the cover.
    const inCover = last <= original.toc[0]!.line && named < original.toc[0]!.line;
    // Or the message quotes the line that was changed (a title deleted is found by its contents entry).
    const quoted = lines.slice(first - 1, last).some((l) => compact(l).length >= 6 && compact(error.message).includes(compact(l)));
    if (!(near(named) || near(error.line) || cited.some(near) || atEnd || inCover || quoted)) {
      throw new Error(`${JSON.stringify(m)} (line ${first}: ${JSON.stringify(lines[m.at])}) is refused far from the change:\n${error.message}`);
    }
    return;
  }
  // Read: every notice the change did not touch is there, unchanged, and no notice came or went.
  const bySlug = new Map(issue.notices.map((n) => [n.slug, n]));
  // The cover and the colophon are the issue's: its date, publisher and running header reach every notice.
  const issueLines = first <= original.toc[0]!.line || last >= original.notices.at(-1)!.sourceLines[1];
  const contentsChanged = issueLines || original.toc.some((e) => e.line >= first && e.line <= last);
  for (const [k, n] of original.notices.entries()) {
    // A notice reaches down to the next one's first line: text put on a blank line after it is its own.
    const [from, to] = [n.sourceLines[0], (original.notices[k + 1]?.sourceLines[0] ?? lines.length + 1) - 1];
    if (last >= from && first <= to) continue;
    // An entry's page sets its notice's and the previous notice's pages; its title stands for a notice printed without one.
    if (contentsChanged || (m.kind !== 'insert-char' && first <= original.toc.at(-1)!.line + 1 && n.titleSource === 'toc')) continue;
    const now = bySlug.get(n.slug);
    if (!now || content(now) !== content(n)) {
      throw new Error(`${JSON.stringify(m)} (line ${first}: ${JSON.stringify(lines[m.at])}) changed ${n.slug} (lines ${from}–${to}), which it did not touch`);
    }
  }
  // The issue's id (from its cover) names the items printed without a doc number.
  if (!issueLines) expect(issue.notices.map((n) => n.slug).sort()).toEqual(original.notices.map((n) => n.slug).sort());
  else expect(issue.notices.length).toBe(original.notices.length);
}

const RUNS = 250;

describe.each([
  ['the real issue', SEED_FILE, seedText],
  ['the constructed issue', 'seeds/2024-04.txt', constructedText],
])('mutations of %s', (_, file, text) => {
  it(`read every untouched notice unchanged, or refuse near the change (${RUNS} fixed-seed mutations)`, () => {
    const original = readIssue({ file, bytes: utf8(text) }).issue;
    fc.assert(
      fc.property(mutation(text.split('\n').length), (m) => check(file, text, original, m)),
      { seed: Number(process.env['MUTATION_SEED'] ?? 20241203), numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);
});
