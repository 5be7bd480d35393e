// Edits another extraction of the same printed issue could have made: the notices and their text must not move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/pipeline/decode.ts';
import { modelText } from '../../src/pipeline/fidelity.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { charCount } from '../../src/pipeline/text-shape.ts';
import { SEED_FILE, seedLines, seedText, utf8 } from '../support/real-seed.ts';

const original = parseIssue(seedText, SEED_FILE);
const notices = original.issue.notices;
const runningHeaders = new Set(original.fidelity.drops.filter((d) => d.reason === 'running-header').map((d) => d.line));
const blank = (no: number) => !seedLines[no - 1]?.trim();

/** Dashed running headers (1-based lines), each between blank lines, so it can be lifted out with the blank after it. */
const dashed = [...runningHeaders].filter((no) => seedLines[no - 1]!.startsWith('—') && blank(no - 1) && blank(no + 1)).sort((a, b) => a - b);
/** The running header lines as the seed prints them (——柳州市人民政府——, ——柳州市人民政府, —柳州市人民政府—). */
const variants = [...new Set(dashed.map((no) => seedLines[no - 1]!))];

/**
 * Where a page break can fall: the first blank line of each gap between two text lines, from the first
 * notice's title to the last notice's end. A gap next to a running header is left out: one page break
 * prints one running header, and two in a row is not something an extraction produces.
 */
const gaps: number[] = [];
{
  const [first, last] = [notices[0]!.sourceLines[0], notices.at(-1)!.sourceLines[1]];
  let previous = first;
  for (let no = first + 1; no <= last; no++) {
    if (blank(no)) continue;
    if (no > previous + 1 && !runningHeaders.has(previous) && !runningHeaders.has(no)) gaps.push(previous + 1);
    previous = no;
  }
}

// Each run parses the whole issue (about 20 ms on an idle 2-core machine); the timeouts allow for a loaded one.
const PADS = [' ', '  ', '\u3000', '\u00a0', ' \u3000'];
const INDENT = '\u3000\u3000';

interface Edits {
  /** Indexes into `dashed` of the running headers moved, one per target gap. */
  moved: number[];
  /** Running headers inserted at the target gaps left after the moves. */
  inserted: string[];
  /** Indexes into `gaps`, distinct. */
  targets: number[];
  trailing: { line: number; pad: string }[];
  /** Lines indented as some extractions print a paragraph's first line (　　). */
  indented: number[];
  endings: 'lf' | 'crlf' | 'mixed';
  bom: boolean;
}

const edits = (pageBreaks: boolean): fc.Arbitrary<Edits> =>
  fc.record({
    moved: pageBreaks ? fc.uniqueArray(fc.nat({ max: dashed.length - 1 }), { maxLength: 4 }) : fc.constant([]),
    inserted: pageBreaks ? fc.array(fc.constantFrom(...variants), { maxLength: 4 }) : fc.constant([]),
    targets: pageBreaks ? fc.uniqueArray(fc.nat({ max: gaps.length - 1 }), { maxLength: 8 }) : fc.constant([]),
    trailing: fc.array(fc.record({ line: fc.integer({ min: 1, max: seedLines.length }), pad: fc.constantFrom(...PADS) }), { maxLength: 40 }),
    indented: fc.array(fc.integer({ min: 1, max: seedLines.length }), { maxLength: 40 }),
    endings: fc.constantFrom('lf', 'crlf', 'mixed'),
    bom: fc.boolean(),
  });

/** The seed's bytes with the edits made, and how many running-header characters were inserted. */
function apply(e: Edits): { bytes: Uint8Array; insertedChars: number } {
  const removed = new Set<number>();
  const headerAfter = new Map<number, string>();
  e.moved.forEach((m, k) => {
    const target = e.targets[k];
    if (target === undefined) return;
    const no = dashed[m]!;
    removed.add(no).add(no + 1);
    headerAfter.set(gaps[target]!, seedLines[no - 1]!);
  });
  let insertedChars = 0;
  e.inserted.forEach((header, k) => {
    const target = e.targets[e.moved.length + k];
    if (target === undefined) return;
    headerAfter.set(gaps[target]!, header);
    insertedChars += charCount(header);
  });
  const pad = new Map(e.trailing.map((t) => [t.line, t.pad]));
  const indented = new Set(e.indented);
  const out: string[] = [];
  seedLines.forEach((text, i) => {
    const no = i + 1;
    if (!removed.has(no)) out.push((indented.has(no) ? INDENT : '') + text + (pad.get(no) ?? ''));
    const header = headerAfter.get(no);
    if (header) out.push(header, '');
  });
  const joined = e.endings === 'lf' ? out.join('\n') : out.map((l, i) => (e.endings === 'crlf' || i % 3 === 0 ? `${l}\r` : l)).join('\n').replace(/\r$/, '');
  return { bytes: utf8(e.bom ? `\uFEFF${joined}` : joined), insertedChars };
}

function parseEdited(bytes: Uint8Array) {
  const file = 'seeds/edited.txt';
  return parseIssue(decodeSeed(bytes, file).text, file);
}

describe('another extraction of the real issue', () => {
  it('has enough running headers and page-break positions to move them between', () => {
    expect(dashed.length).toBeGreaterThanOrEqual(20);
    expect(variants.length).toBeGreaterThanOrEqual(3);
    expect(gaps.length).toBeGreaterThan(400);
  });

  it('keeps every notice and every character when page breaks move, running headers are added, and lines get CRLF, a BOM, indents or trailing spaces', () => {
    const docNumbers = notices.map((n) => n.docNumber?.text);
    const titles = notices.map((n) => n.title);
    const texts = notices.map(modelText);
    fc.assert(
      fc.property(edits(true), (e) => {
        const { bytes, insertedChars } = apply(e);
        const parsed = parseEdited(bytes);
        expect(parsed.fidelity.unaccounted).toBe(0);
        expect(parsed.issue.notices).toHaveLength(18);
        expect(parsed.issue.notices.map((n) => n.docNumber?.text)).toEqual(docNumbers);
        expect(parsed.issue.notices.map((n) => n.title)).toEqual(titles);
        // Zero unaccounted alone would pass a running header kept as text; the notices' text must not change.
        expect(parsed.issue.notices.map(modelText)).toEqual(texts);
        expect(parsed.fidelity.dropped['running-header']).toBe(original.fidelity.dropped['running-header'] + insertedChars);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('gives exactly the same issue when only line endings, a BOM, indents and trailing spaces differ', () => {
    fc.assert(
      fc.property(edits(false), (e) => {
        const parsed = parseEdited(apply(e).bytes);
        expect(parsed.fidelity.unaccounted).toBe(0);
        expect(parsed.issue).toEqual({ ...original.issue, source: 'seeds/edited.txt' });
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
