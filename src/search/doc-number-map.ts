// The exact doc-number lookup shipped to the browser: a tiny manifest of prefixes in the search page, and
// small shards (one per prefix, year and block of numbers) fetched only for the number being looked up.
import { formatDocNumber, parseDocNumber } from '../pipeline/doc-number/grammar.ts';
import { indexPageKey, prefixSlugOf } from '../pipeline/doc-number/slug-parts.ts';
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
  notice?: { slug: string; title: string; date?: string | undefined } | undefined;
  citedBy: readonly { slug: string; title: string }[];
  /** What the archive says of its status, as a list states it (已被柳政发〔2024〕8号废止 …), set by the site. */
  status?: string | undefined;
  /** The title the citing text quotes, for a number only cited. */
  quotedTitle?: string | undefined;
  /** What archived notices state about it: abolished-by (whole or part), amended-by, implemented-by name the stating notice. */
  relations: readonly { kind: string; slug: string; scope?: 'whole' | 'part' | undefined }[];
}

/** A prefix the archive knows, with the years (and the highest number in each) its shards cover. */
export interface PrefixInfo {
  /** Pinyin of the prefix as used in slugs, e.g. liuzhengfa. */
  slug: string;
  /** Year → highest number seen that year; an order series, numbered across years, has the one key ''. */
  years: Record<string, number>;
}

/** The key of a year in PrefixInfo.years: '' for an order series, whose numbers carry no year. */
export function yearKey(year: number | undefined): string {
  return year === undefined ? '' : String(year);
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

/** An archived number's notice, with its date and status for the exact-match card. */
export interface ArchivedRef extends NoticeRef {
  date?: string;
  status?: string;
}

/** How a notice cites a number: abolishes it wholly or in part, amends it, rests on it, or only refers to it. */
export type CitingRelation = 'abolishes' | 'abolishesPart' | 'amends' | 'implements' | 'cites';

/** A notice that cites a number, and how. */
export interface CitingRef extends NoticeRef {
  relation: CitingRelation;
}

/** A number only cited: who cites it (at most MAX_CITED_BY), how many do, its index entry and the quoted title. */
export interface CitedTarget {
  citedBy: CitingRef[];
  citedByCount: number;
  indexSlug: string;
  title?: string;
  /** 已被柳政发〔2024〕8号废止 …, where a notice of the archive abolishes or amends it. */
  status?: string;
}

/** One doc number in a shard: archived (notice) or only cited. */
export type DocNumberTarget = { notice: ArchivedRef } | CitedTarget;

/** Canonical doc number → target. */
export type DocNumberShard = Record<string, DocNumberTarget>;

/** Shard file name (without .json) holding a number: liuzhengfa-2024-0 holds 柳政发〔2024〕1号 … 15号; an order series has no year (liuzhoushirenminzhengfuling-no-1). */
export function shardName({ prefixSlug, year, number }: { prefixSlug: string; year: number | string | undefined; number: number }, shardSize: number): string {
  return `${indexPageKey(prefixSlug, year)}-${Math.floor(number / shardSize)}`;
}

/** The manifest from every doc number of the archive. */
export function buildManifest(records: readonly DocNumberRecord[], shardSize = SHARD_SIZE): DocNumberManifest {
  const prefixes: Record<string, PrefixInfo> = {};
  for (const record of records) {
    const slug = prefixSlugOf(record);
    const info = (prefixes[record.prefix] ??= { slug, years: {} });
    if (info.slug !== slug) throw new Error(`prefix ${record.prefix} has two slugs: ${info.slug}, ${slug}`);
    const key = yearKey(record.year);
    info.years[key] = Math.max(info.years[key] ?? 0, record.number);
  }
  return { shardSize, prefixes };
}

/** Every shard, including empty ones inside a year's range, so a lookup never meets a 404. */
export function buildShards(records: readonly DocNumberRecord[], shardSize = SHARD_SIZE): Map<string, DocNumberShard> {
  const shards = new Map<string, DocNumberShard>();
  const manifest = buildManifest(records, shardSize);
  for (const { slug, years } of Object.values(manifest.prefixes)) {
    for (const [year, max] of Object.entries(years)) {
      for (let block = 0; block <= Math.floor(max / shardSize); block++) shards.set(shardName({ prefixSlug: slug, year, number: block * shardSize }, shardSize), {});
    }
  }
  for (const record of records) {
    if (formatDocNumber(record) !== record.docNumber) throw new Error(`${record.docNumber} is not canonical`);
    const shard = shards.get(shardName({ prefixSlug: prefixSlugOf(record), year: record.year, number: record.number }, shardSize));
    if (!shard) throw new Error(`no shard for ${record.docNumber}`);
    shard[record.docNumber] = targetOf(record);
  }
  return shards;
}

/** How the notice `slug` cites the record: the record's abolished-by relations name the notices that abolish it. */
function citingRelation(record: DocNumberRecord, slug: string): CitingRelation {
  const of = (kind: string) => record.relations.find((r) => r.kind === kind && r.slug === slug);
  const abolished = of('abolished-by');
  if (abolished) return abolished.scope === 'part' ? 'abolishesPart' : 'abolishes';
  return of('amended-by') ? 'amends' : of('implemented-by') ? 'implements' : 'cites';
}

function targetOf(record: DocNumberRecord): DocNumberTarget {
  const status = record.status !== undefined && { status: record.status };
  if (record.notice) return { notice: { slug: record.notice.slug, title: record.notice.title, ...(record.notice.date !== undefined && { date: record.notice.date }), ...status } };
  return {
    citedBy: record.citedBy.slice(0, MAX_CITED_BY).map(({ slug, title }) => ({ slug, title, relation: citingRelation(record, slug) })),
    citedByCount: record.citedBy.length,
    indexSlug: record.slug,
    ...(record.quotedTitle && { title: record.quotedTitle }),
    // A number only cited says nothing of its status unless a notice here abolishes or amends it.
    ...(record.relations.some((r) => r.kind === 'abolished-by' || r.kind === 'amended-by') && status),
  };
}

/** The result of looking a recognised doc number up. */
export type DocNumberLookup =
  | { kind: 'archived'; docNumber: string; notice: ArchivedRef }
  | ({ kind: 'cited'; docNumber: string } & CitedTarget)
  | { kind: 'unknown'; docNumber: string };

/** The shard to fetch for a doc number, or null when the manifest already shows it is not in the data. */
export function shardFor(manifest: DocNumberManifest, parts: DocNumberParts): string | null {
  const info = manifest.prefixes[parts.prefix];
  const max = info?.years[yearKey(parts.year)];
  if (!info || max === undefined || parts.number > max) return null;
  return shardName({ prefixSlug: info.slug, year: parts.year, number: parts.number }, manifest.shardSize);
}

/** Reads a doc number's entry out of its shard (null shard: nothing to read, so unknown). */
export function lookupInShard(shard: DocNumberShard | null, docNumber: string): DocNumberLookup {
  const target = shard && Object.hasOwn(shard, docNumber) ? shard[docNumber] : undefined;
  if (!target) return { kind: 'unknown', docNumber };
  return 'notice' in target ? { kind: 'archived', docNumber, notice: target.notice } : { kind: 'cited', docNumber, ...target };
}

/** A number of the archive as a listing shows it: archived (notice) or only cited. */
export interface ListedNumber {
  docNumber: string;
  year?: number;
  number: number;
  target: DocNumberTarget;
}

/** Reads the shards on demand, each at most once: exact lookups, a year's numbers, the numbers nearest to one. */
export interface DocNumberReader {
  lookup(parts: DocNumberParts): Promise<DocNumberLookup>;
  /** Every number of a prefix and year (none for an order series) the archive knows, in numeric order. */
  year(prefix: string, year: number | undefined): Promise<ListedNumber[]>;
  /** Up to `count` numbers of the prefix nearest to `parts`: in its year when the archive has that year, else the nearest year. */
  nearest(parts: DocNumberParts, count: number): Promise<ListedNumber[]>;
}

/** A reader over the manifest (fetchShard gets the shard name); a doc number the manifest rules out costs no request. */
export function createReader(manifest: DocNumberManifest, fetchShard: (name: string) => Promise<DocNumberShard>): DocNumberReader {
  const shards = new Map<string, Promise<DocNumberShard>>();
  const shard = (name: string) => {
    let pending = shards.get(name);
    if (!pending) {
      pending = fetchShard(name);
      shards.set(name, pending);
      pending.catch(() => shards.delete(name)); // a failed request may be retried by the next lookup.
    }
    return pending;
  };
  /** The numbers held by blocks `from`..`to` of a prefix's year. */
  const blocks = async (info: PrefixInfo, year: string, from: number, to: number): Promise<ListedNumber[]> => {
    const names = [];
    for (let block = from; block <= to; block++) names.push(shardName({ prefixSlug: info.slug, year, number: block * manifest.shardSize }, manifest.shardSize));
    const listed: ListedNumber[] = [];
    for (const entries of await Promise.all(names.map(shard))) {
      for (const [docNumber, target] of Object.entries(entries)) {
        const parts = parseDocNumber(docNumber);
        if (parts) listed.push({ docNumber, ...(parts.year !== undefined && { year: parts.year }), number: parts.number, target });
      }
    }
    return listed.sort((a, b) => a.number - b.number);
  };
  return {
    async lookup(parts) {
      const docNumber = formatDocNumber(parts);
      const name = shardFor(manifest, parts);
      return name === null ? { kind: 'unknown', docNumber } : lookupInShard(await shard(name), docNumber);
    },
    async year(prefix, year) {
      const info = manifest.prefixes[prefix];
      const max = info?.years[yearKey(year)];
      return info && max !== undefined ? blocks(info, yearKey(year), 0, Math.floor(max / manifest.shardSize)) : [];
    },
    async nearest(parts, count) {
      const info = manifest.prefixes[parts.prefix];
      if (!info) return [];
      const wanted = yearKey(parts.year);
      const typed = Number(wanted);
      const keys = Object.keys(info.years);
      const key = keys.includes(wanted) ? wanted : keys.sort((a, b) => Math.abs(Number(a) - typed) - Math.abs(Number(b) - typed) || Number(b) - Number(a))[0];
      if (key === undefined) return [];
      const last = Math.floor(info.years[key]! / manifest.shardSize);
      // Another year: its numbers nearest to the one typed are at the end of an earlier year and the start of a later one.
      const target = key === wanted ? parts.number : Number(key) < typed ? Number.MAX_SAFE_INTEGER : 0;
      const block = Math.min(Math.floor(Math.min(target, info.years[key]!) / manifest.shardSize), last);
      const near = await blocks(info, key, Math.max(0, block - 1), Math.min(last, block + 1));
      return near
        .sort((a, b) => Math.abs(a.number - target) - Math.abs(b.number - target) || a.number - b.number)
        .slice(0, count)
        .sort((a, b) => a.number - b.number);
    },
  };
}
