// What a notice address the archive cannot serve names: the doc number its slug spells, read back with the archive's prefixes.
import { formatDocNumber } from '../pipeline/doc-number/grammar.ts';
import { SLUG_CHARS, splitSlug } from '../pipeline/doc-number/slug-parts.ts';

/** The archive's prefixes by the pinyin of their slugs: liuzhengfa → 柳政发. */
export type PrefixesBySlug = Record<string, string>;

/** A missing notice: its doc number and the index key of its prefix. */
export interface MissingNotice {
  docNumber: string;
  prefixSlug: string;
}

const NOTICE_PATH = new RegExp(`^notices/(${SLUG_CHARS})/?`);

/** The doc number a notice path names (…/notices/liuzhengfa-2024-99/), when its prefix is one the archive knows. */
export function missingNotice(pathname: string, base: string, prefixes: PrefixesBySlug): MissingNotice | undefined {
  const tail = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const slug = NOTICE_PATH.exec(decodeURIComponent(tail))?.[1];
  if (!slug) return undefined;
  const parts = splitSlug(slug);
  const prefix = parts && prefixes[parts.prefixSlug];
  if (!parts || prefix === undefined || parts.number < 1) return undefined;
  return { docNumber: formatDocNumber({ prefix, year: parts.year, number: parts.number }), prefixSlug: parts.prefixSlug };
}
