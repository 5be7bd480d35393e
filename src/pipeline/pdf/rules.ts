// Ruling lines of a PDF page, read from pdf.js's operator list: stroked segments and rectangles, and the thin filled
// rectangles Chromium paints CSS borders with, each as a horizontal or vertical rule in the page's top-down space.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A horizontal or vertical rule in points of the page's top-down space (as GlyphRun): `at` across it, `from` < `to` along it. */
export interface Rule {
  direction: 'horizontal' | 'vertical';
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/** What rules are read from: pdf.js's operator list of a page. */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** A PDF matrix [a b c d e f]. */
type Matrix = readonly [number, number, number, number, number, number];

/** A fill thinner than this many points is a rule along its long side. */
export const THIN_FILL = 2;
// A segment whose ends differ by at most this much across it is straight along an axis.
const AXIS_TOLERANCE = 0.5;

// pdf.js 5 packs a path into one Float32Array of drawing ops, each followed by its points (DrawOPS in its api).
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUADRATIC = 3;
const DRAW_CLOSE = 4;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n` (PDF's `cm` concatenation: the new matrix times the current one). */
function concat(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

type Point = readonly [number, number];

/** The subpaths of a packed path, each as its points in page space, and whether it was closed; curves end a subpath. */
function subpaths(data: ArrayLike<number>, toPage: (x: number, y: number) => Point): { points: Point[]; closed: boolean }[] {
  const paths: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | undefined;
  for (let k = 0; k < data.length; ) {
    const op = data[k++]!;
    if (op === DRAW_MOVE || (op === DRAW_LINE && !current)) {
      current = { points: [toPage(data[k]!, data[k + 1]!)], closed: false };
      paths.push(current);
      k += 2;
    } else if (op === DRAW_LINE) {
      current!.points.push(toPage(data[k]!, data[k + 1]!));
      k += 2;
    } else if (op === DRAW_CURVE || op === DRAW_QUADRATIC) {
      // A curve is no rule; the path goes on from its end as a new subpath.
      const size = op === DRAW_CURVE ? 6 : 4;
      current = { points: [toPage(data[k + size - 2]!, data[k + size - 1]!)], closed: false };
      paths.push(current);
      k += size;
    } else if (op === DRAW_CLOSE) {
      if (current) current.closed = true;
      current = undefined;
    } else {
      break;
    }
  }
  return paths;
}

/** The rule a segment draws, or undefined for a slanted or zero-length one. */
function segmentRule(a: Point, b: Point): Rule | undefined {
  if (Math.abs(a[1] - b[1]) <= AXIS_TOLERANCE && Math.abs(a[0] - b[0]) > AXIS_TOLERANCE) {
    return { direction: 'horizontal', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) };
  }
  if (Math.abs(a[0] - b[0]) <= AXIS_TOLERANCE && Math.abs(a[1] - b[1]) > AXIS_TOLERANCE) {
    return { direction: 'vertical', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  }
  return undefined;
}

/** The box of a subpath that is an axis-aligned rectangle (each side straight along an axis, however short), or undefined. */
function rectangle(points: readonly Point[]): { left: number; right: number; top: number; bottom: number } | undefined {
  const corners = points.length === 5 && Math.hypot(points[0]![0] - points[4]![0], points[0]![1] - points[4]![1]) <= AXIS_TOLERANCE ? points.slice(0, 4) : points;
  if (corners.length !== 4) return undefined;
  const same = (a: number, b: number) => Math.abs(a - b) <= AXIS_TOLERANCE;
  for (let k = 0; k < 4; k++) {
    const [a, b] = [corners[k]!, corners[(k + 1) % 4]!];
    if (!same(a[0], b[0]) && !same(a[1], b[1])) return undefined;
  }
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** The rules a stroked path draws: each straight segment along an axis, closing segments included. */
function strokedRules(paths: readonly { points: Point[]; closed: boolean }[]): Rule[] {
  return paths.flatMap(({ points, closed }) => {
    const ends = closed && points.length > 2 ? [...points, points[0]!] : points;
    return ends.slice(1).flatMap((b, k) => segmentRule(ends[k]!, b) ?? []);
  });
}

/** The rules a filled path draws: each rectangle thinner than THIN_FILL, as one rule along the middle of its long side. */
function filledRules(paths: readonly { points: Point[]; closed: boolean }[]): Rule[] {
  return paths.flatMap(({ points }): Rule[] => {
    const box = rectangle(points);
    if (!box) return [];
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    if (height < THIN_FILL && width >= height) return [{ direction: 'horizontal', at: (box.top + box.bottom) / 2, from: box.left, to: box.right }];
    if (width < THIN_FILL && height > width) return [{ direction: 'vertical', at: (box.left + box.right) / 2, from: box.top, to: box.bottom }];
    return [];
  });
}

/**
 * The rules a page draws, in the order drawn. `toPage` maps a point of the page's user space (PDF points, y up) to
 * the top-down space of its viewport. The transformation matrix is followed through save, restore, transform and
 * form XObjects; annotations are left out, as their text is not the page's.
 */
export function pageRules(list: OperatorList, toPage: (x: number, y: number) => Point): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let annotation = 0;
  const place = (x: number, y: number): Point => toPage(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
  list.fnArray.forEach((fn, k) => {
    const args = list.argsArray[k] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = concat(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix) ctm = concat(matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.beginAnnotation) annotation++;
    else if (fn === OPS.endAnnotation) annotation--;
    else if (fn === OPS.constructPath && annotation === 0) {
      const [paint, [data]] = args as [number, [ArrayLike<number> | null], unknown];
      if (!data) return;
      if (STROKES.has(paint)) rules.push(...strokedRules(subpaths(data, place)));
      else if (FILLS.has(paint)) rules.push(...filledRules(subpaths(data, place)));
    }
  });
  return rules;
}
