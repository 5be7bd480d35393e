// The titles index's records, written for the Pagefind integration, which indexes them and removes this file
// (src/integrations/pagefind.ts): the notices reach it through the content collections like every page.
import { getCollection } from 'astro:content';
import { titleRecord } from '../../search/title-record.ts';

export async function GET(): Promise<Response> {
  const records = (await getCollection('notices')).map((notice) => titleRecord(notice.data));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
