// The full-text index is built in shards, each by its own Pagefind process, so indexing memory is bounded by the shard,
// not the archive. Shards hold whole runs of notices by 成文日期, newest first, so that listing every notice newest first
// across the merged shards is shard order, then each shard's own date order.
import { compareText } from '../pipeline/text-shape.ts';

/** The first (newest) shard's folder: its pagefind.js is the one the site loads, and it merges the others in. */
export const PRIMARY_BUNDLE = 'pagefind';
/** The synthetic filter each bundle's pages carry (Pagefind's mergeFilter), valued with the bundle's folder: it lists a shard alone. */
export const SHARD_FILTER = 'shard';
/** Where the site writes the shard plan for the indexing step (removed once indexed). */
export const SHARD_PLAN_FILE = 'search/shards.json';
/** Notices per shard: at INDEXING_BYTES_PER_NOTICE, a shard's indexing stays near 3.5 GB. */
export const DEFAULT_SHARD_SIZE = 2500;

/** One shard: its folder under the site root and the notice pages it indexes (site-relative HTML files). */
export interface SearchShard {
  bundle: string;
  /** Oldest and newest 成文日期 it holds, yyyy-mm-dd. */
  from: string;
  to: string;
  pages: string[];
}

export interface ShardedNotice {
  slug: string;
  /** 成文日期, yyyy-mm-dd. */
  date: string;
}

/** The HTML file of a notice page, relative to the site root (Pagefind derives the page's URL from it). */
export const noticeHtmlFile = (slug: string) => `notices/${slug}/index.html`;

/** Runs of at most `size` notices each, newest first; a year is split only when it alone holds more than `size`. */
function pack(notices: readonly ShardedNotice[], size: number): ShardedNotice[][] {
  const years = Map.groupBy(notices, (notice) => notice.date.slice(0, 4));
  const runs: ShardedNotice[][] = [];
  let run: ShardedNotice[] = [];
  const close = () => {
    runs.push(run);
    run = [];
  };
  for (const year of years.values()) {
    if (run.length > 0 && run.length + year.length > size) close();
    for (let start = 0; start < year.length; start += size) {
      if (run.length === size) close();
      run.push(...year.slice(start, start + size));
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The shards of an archive; the first is PRIMARY_BUNDLE, the others `pagefind-1`, `pagefind-2` … going back in time. */
export function planShards(notices: readonly ShardedNotice[], size = DEFAULT_SHARD_SIZE): SearchShard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`search shard size must be a whole number of notices ≥ 1, not ${size}`);
  const newestFirst = [...notices].sort((a, b) => compareText(b.date, a.date) || compareText(a.slug, b.slug));
  return pack(newestFirst, size).map((run, i) => ({
    bundle: i === 0 ? PRIMARY_BUNDLE : `${PRIMARY_BUNDLE}-${i}`,
    from: run.at(-1)!.date,
    to: run[0]!.date,
    pages: run.map((notice) => noticeHtmlFile(notice.slug)),
  }));
}

/** Pagefind's memory per notice while indexing, as measured on this archive's pages (3.0 GB for 2,254 notices). */
export const INDEXING_BYTES_PER_NOTICE = 1.4 * 1024 ** 2;

/** How many shards to index at once: as many as there are cores, while their estimated memory fits in half of `memory`. */
export function indexingJobs(shards: readonly SearchShard[], { cores, memory }: { cores: number; memory: number }): number {
  const largest = Math.max(1, ...shards.map((shard) => shard.pages.length));
  const fit = Math.floor(memory / 2 / (largest * INDEXING_BYTES_PER_NOTICE));
  return Math.max(1, Math.min(cores, shards.length, fit));
}
