// Fake bold: the same glyphs drawn twice a hair apart. One copy is kept, every other is recorded as removed.
import type { GlyphRun } from './read-pdf.ts';

/** How far, in points, a copy may stand from the glyphs it repeats, in x and in y (pdfplumber's dedupe_chars tolerance). */
export const DUPLICATE_TOLERANCE = 1;

/** A run removed because it draws again glyphs another run already draws. */
export interface RemovedGlyphs {
  page: number;
  x: number;
  y: number;
  text: string;
  reason: 'duplicate-glyph';
}

/** The runs kept, in the order they were drawn, and each copy removed: together they are the runs given. */
export interface DedupedRuns {
  runs: GlyphRun[];
  removed: RemovedGlyphs[];
}

/**
 * True when `copy` draws again a part of `kept` (or all of it): its text occurs in `kept`'s text where `kept`'s
 * width, shared evenly among its characters, puts that part within DUPLICATE_TOLERANCE of `copy`'s start and end.
 * Even shares are exact for ideographs, each one em wide, and near enough for the short Latin parts fake bold repeats.
 */
function repeats(kept: GlyphRun, copy: GlyphRun): boolean {
  if (Math.abs(kept.y - copy.y) > DUPLICATE_TOLERANCE || Math.abs(kept.size - copy.size) > 0.01) return false;
  const whole = [...kept.text];
  const part = [...copy.text];
  if (part.length > whole.length) return false;
  const share = kept.width / whole.length;
  for (let k = 0; k + part.length <= whole.length; k++) {
    if (whole.slice(k, k + part.length).join('') !== copy.text) continue;
    const start = kept.x + share * k;
    const end = kept.x + share * (k + part.length);
    if (Math.abs(copy.x - start) <= DUPLICATE_TOLERANCE && Math.abs(copy.x + copy.width - end) <= DUPLICATE_TOLERANCE) return true;
  }
  return false;
}

/**
 * A page's runs without fake bold. A run is a copy when another run of the same size, as long or longer, draws the
 * same text within DUPLICATE_TOLERANCE of it (or draws it as part of its own text there); of two equal runs the one
 * drawn first is kept. The font object is not compared: producers subset one font into many objects. pdf.js's
 * inserted spaces stand for no glyph and are always kept.
 */
export function dedupeRuns(runs: readonly GlyphRun[]): DedupedRuns {
  const kept: GlyphRun[] = [];
  const removed: RemovedGlyphs[] = [];
  // Longest first, so that a part is compared with the whole; ties keep the order of drawing (sort is stable).
  const order = runs.map((run, index) => ({ run, index })).sort((a, b) => [...b.run.text].length - [...a.run.text].length);
  const isCopy = new Set<number>();
  const originals: GlyphRun[] = [];
  for (const { run, index } of order) {
    if (run.inserted) continue;
    if (originals.some((original) => repeats(original, run))) isCopy.add(index);
    else originals.push(run);
  }
  runs.forEach((run, index) => {
    if (isCopy.has(index)) removed.push({ page: run.page, x: run.x, y: run.y, text: run.text, reason: 'duplicate-glyph' });
    else kept.push(run);
  });
  return { runs: kept, removed };
}
