// The exact doc-number lookup shipped to the browser: a tiny manifest of prefixes in the search page, and
// small shards (one per prefix, year and block of numbers) fetched only for the number being looked up.
import { formatDocNumber } from '../pipeline/doc-number.ts';
import type { DocNumberParts } from '../pipeline/model.ts';

/** Numbers per shard: 16 keeps a shard to a few KB even when every number of a year is archived. */
export const SHARD_SIZE = 16;

/** Notices listed for a cited-only number; the doc-number index page has the full list. */
export const MAX_CITED_BY = 10;

/** What the map needs of a content/doc-numbers.json entry. */
export interface DocNumberRecord extends DocNumberParts {
  docNumber: string;
  /** liuzhengfa-2024-3; its prefix part names the shard. */
  slug: string;
  notice?: { slug: string; title: string } | undefined;
  citedBy: readonly { slug: string; title: string }[];
}

/** A prefix the archive knows, with the years (and the highest number in each) its shards cover. */
export interface PrefixInfo {
  /** Pinyin of the prefix as used in slugs, e.g. liuzhengfa. */
  slug: string;
  /** Year → highest number seen that year. */
  years: Record<string, number>;
}

/** Embedded in the search page: every known prefix, so recognising a doc number needs no request. */
export interface DocNumberManifest {
  shardSize: number;
  prefixes: Record<string, PrefixInfo>;
}

/** A notice as the lookup lists it: its slug (the URL is built from the base in the browser) and title. */
export interface NoticeRef {
  slug: string;
  title: string;
}

/** One doc number in a shard: archived (notice) or only cited (citedBy, at most MAX_CITED_BY, and the total). */
export type DocNumberTarget =
  | { notice: NoticeRef }
  | { citedBy: NoticeRef[]; citedByCount: number; indexSlug: string };

/** Canonical doc number → target. */
export type DocNumberShard = Record<string, DocNumberTarget>;

/** The pinyin prefix of a record's slug: liuzhengfa-2024-3 → liuzhengfa. */
export function prefixSlugOf(record: Pick<DocNumberRecord, 'slug' | 'year' | 'number'>): string {
  const suffix = `-${record.year}-${record.number}`;
  if (!record.slug.endsWith(suffix)) throw new Error(`doc-number slug ${record.slug} does not end in ${suffix}`);
  return record.slug.slice(0, -suffix.length);
}

/** Shard file name (without .json) holding a number: liuzhengfa-2024-0 holds 柳政发〔2024〕1号 … 15号. */
export function shardName(prefixSlug: string, year: number, number: number, shardSize: number): string {
  return `${prefixSlug}-${year}-${Math.floor(number / shardSize)}`;
}

/** The manifest from every doc number of the archive. */
export function buildManifest(records: readonly DocNumberRecord[], shardSize = SHARD_SIZE): DocNumberManifest {
  const prefixes: Record<string, PrefixInfo> = {};
  for (const record of records) {
    const slug = prefixSlugOf(record);
    const info = (prefixes[record.prefix] ??= { slug, years: {} });
    if (info.slug !== slug) throw new Error(`prefix ${record.prefix} has two slugs: ${info.slug}, ${slug}`);
    info.years[record.year] = Math.max(info.years[record.year] ?? 0, record.number);
  }
  return { shardSize, prefixes };
}

/** Every shard, including empty ones inside a year's range, so a lookup never meets a 404. */
export function buildShards(records: readonly DocNumberRecord[], shardSize = SHARD_SIZE): Map<string, DocNumberShard> {
  const shards = new Map<string, DocNumberShard>();
  const manifest = buildManifest(records, shardSize);
  for (const { slug, years } of Object.values(manifest.prefixes)) {
    for (const [year, max] of Object.entries(years)) {
      for (let block = 0; block <= Math.floor(max / shardSize); block++) shards.set(`${slug}-${year}-${block}`, {});
    }
  }
  for (const record of records) {
    if (formatDocNumber(record) !== record.docNumber) throw new Error(`${record.docNumber} is not canonical`);
    const shard = shards.get(shardName(prefixSlugOf(record), record.year, record.number, shardSize));
    if (!shard) throw new Error(`no shard for ${record.docNumber}`);
    shard[record.docNumber] = targetOf(record);
  }
  return shards;
}

function targetOf(record: DocNumberRecord): DocNumberTarget {
  if (record.notice) return { notice: { slug: record.notice.slug, title: record.notice.title } };
  return {
    citedBy: record.citedBy.slice(0, MAX_CITED_BY).map(({ slug, title }) => ({ slug, title })),
    citedByCount: record.citedBy.length,
    indexSlug: record.slug,
  };
}

/** The result of looking a recognised doc number up. */
export type DocNumberLookup =
  | { kind: 'archived'; docNumber: string; notice: NoticeRef }
  | { kind: 'cited'; docNumber: string; citedBy: NoticeRef[]; citedByCount: number; indexSlug: string }
  | { kind: 'unknown'; docNumber: string };

/** The shard to fetch for a doc number, or null when the manifest already shows it is not in the data. */
export function shardFor(manifest: DocNumberManifest, parts: DocNumberParts): string | null {
  const info = manifest.prefixes[parts.prefix];
  const max = info?.years[parts.year];
  if (!info || max === undefined || parts.number > max) return null;
  return shardName(info.slug, parts.year, parts.number, manifest.shardSize);
}

/** Reads a doc number's entry out of its shard (null shard: nothing to read, so unknown). */
export function lookupInShard(shard: DocNumberShard | null, docNumber: string): DocNumberLookup {
  const target = shard && Object.hasOwn(shard, docNumber) ? shard[docNumber] : undefined;
  if (!target) return { kind: 'unknown', docNumber };
  return 'notice' in target ? { kind: 'archived', docNumber, notice: target.notice } : { kind: 'cited', docNumber, ...target };
}

/**
 * A lookup over the manifest that fetches each shard at most once (fetchShard gets the shard name);
 * a doc number the manifest rules out costs no request.
 */
export function createLookup(
  manifest: DocNumberManifest,
  fetchShard: (name: string) => Promise<DocNumberShard>,
): (parts: DocNumberParts) => Promise<DocNumberLookup> {
  const shards = new Map<string, Promise<DocNumberShard>>();
  return async (parts) => {
    const docNumber = formatDocNumber(parts);
    const name = shardFor(manifest, parts);
    if (name === null) return { kind: 'unknown', docNumber };
    let shard = shards.get(name);
    if (!shard) {
      shard = fetchShard(name);
      shards.set(name, shard);
      shard.catch(() => shards.delete(name)); // a failed request may be retried by the next lookup.
    }
    return lookupInShard(await shard, docNumber);
  };
}
