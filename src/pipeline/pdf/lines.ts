// Glyph runs to lines by baseline, each line's runs left to right with the gaps between them kept as numbers.
import type { GlyphRun } from './read-pdf.ts';

/** The runs of a page that share a baseline, left to right. Coordinates as in GlyphRun (points, top-down). */
export interface PdfLine {
  /** 0-based index of the page in the PDF. */
  page: number;
  /** The baseline: the origin y of the line's first run, taken in order of baseline. */
  baseline: number;
  /** x where the first run starts and where the last run ends. */
  left: number;
  right: number;
  /** The runs that carry glyphs, sorted by x; pdf.js's inserted spaces are left out, the gaps say where they stood. */
  runs: GlyphRun[];
  /** `gaps[i]` is the distance from the end of `runs[i]` to the start of `runs[i + 1]` (negative where they overlap). */
  gaps: number[];
  /** The font sizes of the runs, rounded to 0.1 pt, each once, largest first. */
  sizes: number[];
  /** The face most of the line's characters are set in (a run in another face for its digits does not change it). */
  face?: string;
  /** The runs' texts joined with nothing between them: spaces are for layout to decide from the gaps. */
  text: string;
}

/** How far, in ems of a run's size, its baseline may stand from a line's and still belong to it. */
export const BASELINE_TOLERANCE = 0.3;

/** The line of runs that were found to share a baseline. */
function toLine(runs: GlyphRun[]): PdfLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const first = sorted[0]!;
  const gaps = sorted.slice(1).map((run, k) => run.x - (sorted[k]!.x + sorted[k]!.width));
  const sizes = [...new Set(sorted.map((run) => Math.round(run.size * 10) / 10))].sort((a, b) => b - a);
  const right = Math.max(...sorted.map((run) => run.x + run.width));
  const line: PdfLine = { page: first.page, baseline: runs[0]!.y, left: first.x, right, runs: sorted, gaps, sizes, text: sorted.map((run) => run.text).join('') };
  const face = mainFace(sorted);
  return face ? { ...line, face } : line;
}

/** The face that sets the most characters of the runs; undefined where no run names one. */
function mainFace(runs: readonly GlyphRun[]): string | undefined {
  const counts = new Map<string, number>();
  for (const run of runs) if (run.face) counts.set(run.face, (counts.get(run.face) ?? 0) + [...run.text].length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The lines of one page's runs, top to bottom. A run joins the line above when its baseline stands within
 * BASELINE_TOLERANCE of its own size from that line's baseline; boxes are not compared, because CJK punctuation
 * and smaller type sit low or high in their boxes while sharing the baseline.
 */
export function pageLines(runs: readonly GlyphRun[]): PdfLine[] {
  const glyphs = runs.filter((run) => !run.inserted).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: GlyphRun[][] = [];
  for (const run of glyphs) {
    const last = groups.at(-1);
    if (last && Math.abs(run.y - last[0]!.y) <= BASELINE_TOLERANCE * run.size) last.push(run);
    else groups.push([run]);
  }
  return groups.map(toLine);
}
