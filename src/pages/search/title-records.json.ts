// The titles index's records, written for the search-indexing step, which indexes them and removes this file
// (src/postbuild/search-index.ts): the notices reach it through the content collections like every page.
import { loadArchive } from '../../site/archive.ts';
import { titleRecord } from '../../search/title-record.ts';
import { searchStatusFields } from '../../site/status.ts';

export async function GET(): Promise<Response> {
  const records = (await loadArchive()).notices.map((notice) => titleRecord({ ...notice.data, ...searchStatusFields(notice.data.related) }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
