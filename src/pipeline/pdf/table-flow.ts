// The body of a gazette PDF in reading order with its tables in place: each page's lines outside tables and its
// tables by their top, and a table continued on the next page (same columns, nothing between) read as one.
import { pageLines, type PdfLine } from './lines.ts';
import { joinTable, sameColumns, type JoinedTable, type PageTables, type PdfTable } from './tables.ts';

/** A body line, or a table with all its parts over the pages it runs on. */
export type FlowItem = { kind: 'line'; line: PdfLine } | { kind: 'table'; parts: PdfTable[]; table: JoinedTable };

/** The printed lines of the header rows a continued table repeats, each with its page: furniture. */
export interface RepeatedHeaderLine {
  page: number;
  line: PdfLine;
}

/** The pages' lines and tables in reading order, and the lines of every repeated table header dropped. */
export function bodyFlow(pages: readonly PageTables[]): { items: FlowItem[]; repeatedHeaders: RepeatedHeaderLine[] } {
  const placed: ({ kind: 'line'; line: PdfLine } | { kind: 'table'; parts: PdfTable[] })[] = [];
  for (const { tables, body } of pages) {
    const onPage = [
      ...body.map((line) => ({ y: line.baseline, item: { kind: 'line' as const, line } })),
      ...tables.map((table) => ({ y: table.rows[0]!, item: { kind: 'table' as const, parts: [table] } })),
    ];
    for (const { item } of onPage.sort((a, b) => a.y - b.y)) {
      const last = placed.at(-1);
      const open = last?.kind === 'table' ? last : undefined;
      const end = open?.parts.at(-1);
      if (item.kind === 'table' && open && end && item.parts[0]!.page === end.page + 1 && sameColumns(end, item.parts[0]!)) open.parts.push(item.parts[0]!);
      else placed.push(item);
    }
  }
  // Each table's parts are joined once all its pages are known.
  const items = placed.map((item): FlowItem => (item.kind === 'table' ? { ...item, table: joinTable(item.parts) } : item));
  const repeatedHeaders = items.flatMap((item) =>
    item.kind === 'table' ? item.table.repeatedHeaders.flatMap((row) => pageLines(row.lines.flatMap((l) => l.runs)).map((line) => ({ page: row.page, line }))) : [],
  );
  return { items, repeatedHeaders };
}
