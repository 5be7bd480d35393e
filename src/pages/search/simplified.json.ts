// The traditional → simplified table, fetched by the search page only for a query with traditional characters.
import { openccSimplifiedTable } from '../../search/opencc-table.ts';

export function GET(): Response {
  return new Response(JSON.stringify(openccSimplifiedTable()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
