// The full-text shard plan, written for the search-indexing step, which builds each shard and removes this file
// (scripts/index-search.ts, src/postbuild/search-index.ts).
import { searchShards } from '../../site/search-shards.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await searchShards()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
