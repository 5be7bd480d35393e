// The archive's full-text search shards: the search page merges them, the indexing step builds them (search/shards.json).
import { DEFAULT_SHARD_SIZE, planShards, type SearchShard } from '../search/shards.ts';
import { loadArchive } from './archive.ts';

/** Notices per shard; GONGBAO_SEARCH_SHARD_SIZE changes it (the tests use a small size, so the real issue spans several). */
const size = Number(process.env['GONGBAO_SEARCH_SHARD_SIZE'] || DEFAULT_SHARD_SIZE);

let planned: Promise<SearchShard[]> | undefined;

/** The shards, newest first, planned once per build. */
export function searchShards(): Promise<SearchShard[]> {
  return (planned ??= loadArchive().then((archive) => planShards(archive.notices.map((notice) => ({ slug: notice.id, date: notice.data.date })), size)));
}
