// A table cell's text cut at the doc numbers it cites, so cells link them as running text does.
import { findDocNumbers } from '../pipeline/doc-number.ts';

export type CellPiece = { text: string; docNumber?: string };

/** Pieces of `text`; a piece with `docNumber` is a citation of a number the archive knows. */
export function cellPieces(text: string, known: ReadonlyMap<string, unknown>, prefixes: ReadonlySet<string>): CellPiece[] {
  const pieces: CellPiece[] = [];
  let at = 0;
  for (const m of findDocNumbers(text, prefixes)) {
    if (!known.has(m.docNumber.text)) continue;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ text: m.verbatim, docNumber: m.docNumber.text });
    at = m.index + m.verbatim.length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
