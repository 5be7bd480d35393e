// Rows of a notice table as printed, with continuation rows merged into the item above by row spans.

export interface TableCell<T = string> {
  content: T;
  /** Rows this cell covers; 1 for an ordinary cell. */
  rowSpan: number;
  /** The column it stands in, 0-based: its header is the header's cell there. */
  column: number;
}

/**
 * A row whose first cell is empty continues the item above (e.g. one project declared by two districts):
 * its leading empty cells are dropped and the cells above them span one more row. Other empty cells stay.
 */
export function layoutRows<T>(rows: readonly (readonly T[])[], isEmpty: (cell: T) => boolean): TableCell<T>[][] {
  const out: TableCell<T>[][] = [];
  // The cell currently covering each column, so a continuation can extend it.
  const covering: TableCell<T>[] = [];
  for (const row of rows) {
    const lead = row[0] !== undefined && isEmpty(row[0]) && out.length > 0 ? row.findIndex((cell) => !isEmpty(cell)) : 0;
    const merged = lead === -1 ? row.length : lead;
    const cells: TableCell<T>[] = [];
    row.forEach((content, column) => {
      const above = covering[column];
      if (column < merged && above) {
        above.rowSpan += 1;
      } else {
        const cell = { content, rowSpan: 1, column };
        cells.push(cell);
        covering[column] = cell;
      }
    });
    out.push(cells);
  }
  return out;
}
