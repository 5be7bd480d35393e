// The shape of a doc number's URL slug (liuzhengfa-2024-3, liuzhoushirenminzhengfuling-no20) and of the index keys made
// from it, read and written without pinyin, so the browser can take an address apart.
import type { DocNumberParts } from '../model.ts';

/** The characters of every slug (a notice's, an index key): lower-case ASCII letters, digits and hyphens. */
export const SLUG_CHARS = '[a-z0-9-]+';
export const SLUG = new RegExp(`^${SLUG_CHARS}$`);

/** Marks an order's number in slugs and index keys (liuzhoushirenminzhengfuling-no20), so it never reads as a year. */
export const ORDER_MARK = 'no';

/** The key of a prefix's page for one year, also the stem of its numbers' slugs: liuzhengfa-2024; an order series' page: liuzhoushirenminzhengfuling-no. */
export function indexPageKey(prefixSlug: string, year: number | string | undefined): string {
  return year === undefined || year === '' ? `${prefixSlug}-${ORDER_MARK}` : `${prefixSlug}-${year}`;
}

/** The slug of a doc number whose prefix reads `prefixSlug`: liuzhengfa-2024-3; an order has no year: liuzhoushirenminzhengfuling-no20. */
export function composeSlug(prefixSlug: string, { year, number }: Pick<DocNumberParts, 'year' | 'number'>): string {
  return year === undefined ? `${indexPageKey(prefixSlug, year)}${number}` : `${indexPageKey(prefixSlug, year)}-${number}`;
}

/** A doc-number slug taken apart. */
export interface SlugParts {
  prefixSlug: string;
  year?: number;
  number: number;
}

const DATED_SLUG = /^(.+)-(\d{4})-(\d{1,5})$/;
const ORDER_SLUG = new RegExp(`^(.+)-${ORDER_MARK}(\\d{1,5})$`);

/** The parts a slug spells, or undefined when it is not a doc number's slug. */
export function splitSlug(slug: string): SlugParts | undefined {
  const dated = DATED_SLUG.exec(slug);
  if (dated) return { prefixSlug: dated[1]!, year: Number(dated[2]), number: Number(dated[3]) };
  const order = ORDER_SLUG.exec(slug);
  return order ? { prefixSlug: order[1]!, number: Number(order[2]) } : undefined;
}

/** The pinyin prefix of a doc number's slug, given its year and number: liuzhengfa-2024-3 → liuzhengfa. */
export function prefixSlugOf(entry: { slug: string } & Pick<DocNumberParts, 'year' | 'number'>): string {
  const stem = composeSlug('', entry);
  if (!entry.slug.endsWith(stem)) throw new Error(`doc-number slug ${entry.slug} does not end in ${stem}`);
  return entry.slug.slice(0, -stem.length);
}

/** What a key of the doc-number index names: a number (on its year's page), a year's page, or a prefix. */
export type IndexKey = { kind: 'number'; page: string } | { kind: 'page' } | { kind: 'prefix' };

/** Reads a key of the doc-number index: liuzhengfa-2024-3, liuzhengfa-2024 (or …-no), liuzhengfa. */
export function indexKeyOf(key: string): IndexKey {
  const number = splitSlug(key);
  if (number) return { kind: 'number', page: indexPageKey(number.prefixSlug, number.year) };
  if (/^.+-\d{4}$/.test(key) || key.endsWith(`-${ORDER_MARK}`)) return { kind: 'page' };
  return { kind: 'prefix' };
}
