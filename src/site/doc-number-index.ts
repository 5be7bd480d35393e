// Groups doc numbers for the index page: prefix → year → number, with numbers in numeric order (2 before 10).
import type { DocNumberEntry } from '../pipeline/content-schema.ts';
import { compareDocNumbers } from '../pipeline/doc-number/grammar.ts';
import { indexPageKey, prefixSlugOf } from '../pipeline/doc-number/slug-parts.ts';
import { compareText } from '../pipeline/text-shape.ts';

export interface YearGroup {
  /** Absent for an order series, whose numbers carry no year: one group holds them all. */
  year?: number;
  /** The key of its page, e.g. liuzhengfa-2024 (an order series: liuzhoushirenminzhengfuling-no): its entries' slugs without their number. */
  id: string;
  entries: DocNumberEntry[];
}

export interface PrefixGroup {
  prefix: string;
  /** Anchor id, the prefix part of its doc numbers' slugs, e.g. liuzhengfa. */
  id: string;
  /** Count of doc numbers under the prefix. */
  count: number;
  years: YearGroup[];
}

/** Issuer rank by the prefix's first character: city (柳), region (桂), state (国), then others. */
function issuerRank(prefix: string): number {
  const rank = ['柳', '桂', '国'].indexOf(prefix.charAt(0));
  return rank === -1 ? 3 : rank;
}

/**
 * Index groups: prefixes with notices archived here come first (the gazette's own series), then by issuer
 * rank, then by pinyin; years ascending; numbers ascending.
 */
export function groupDocNumbers(entries: readonly DocNumberEntry[]): PrefixGroup[] {
  const byPrefix = new Map<string, DocNumberEntry[]>();
  for (const entry of entries) {
    const list = byPrefix.get(entry.prefix) ?? [];
    list.push(entry);
    byPrefix.set(entry.prefix, list);
  }

  const groups = [...byPrefix].map(([prefix, list]): PrefixGroup & { archived: boolean } => {
    const sorted = [...list].sort(compareDocNumbers);
    const id = prefixSlugOf(sorted[0]!);
    const years: YearGroup[] = [];
    for (const entry of sorted) {
      const last = years.at(-1);
      if (last && last.year === entry.year) last.entries.push(entry);
      else years.push({ ...(entry.year !== undefined && { year: entry.year }), id: indexPageKey(id, entry.year), entries: [entry] });
    }
    return { prefix, id, count: sorted.length, years, archived: sorted.some((e) => e.notice) };
  });

  groups.sort(
    (a, b) =>
      Number(b.archived) - Number(a.archived) ||
      issuerRank(a.prefix) - issuerRank(b.prefix) ||
      compareText(a.id, b.id) ||
      compareText(a.prefix, b.prefix),
  );
  // Two prefixes with the same pinyin (e.g. homophones) would share an anchor; later ones get a counter.
  const seen = new Map<string, number>();
  return groups.map(({ archived: _, ...group }) => {
    const n = seen.get(group.id) ?? 0;
    seen.set(group.id, n + 1);
    if (n === 0) return group;
    return { ...group, id: `${group.id}-${n}` };
  });
}

/** One page of the index: a prefix's numbers of one year (two homophone prefixes share the page their slugs name). */
export interface DocNumberPage {
  /** e.g. liuzhengfa-2024. */
  key: string;
  year?: number;
  /** The prefixes on the page, each with only this year. */
  groups: PrefixGroup[];
  /** Every year of the page's first prefix, to move between years. */
  years: YearGroup[];
}

/** The index's pages, one per prefix and year. */
export function docNumberPages(groups: readonly PrefixGroup[]): DocNumberPage[] {
  const pages = new Map<string, DocNumberPage>();
  for (const group of groups) {
    for (const year of group.years) {
      const page = pages.get(year.id) ?? { key: year.id, ...(year.year !== undefined && { year: year.year }), groups: [], years: group.years };
      page.groups.push({ ...group, count: year.entries.length, years: [year] });
      pages.set(year.id, page);
    }
  }
  return [...pages.values()];
}

/** Where a doc number links: its notice when archived here, else its entry in the index. */
export function docNumberHref(
  routes: { notice: (slug: string) => string; docNumber: (slug: string) => string },
  entry: Pick<DocNumberEntry, 'slug' | 'notice'>,
): string {
  return entry.notice ? routes.notice(entry.notice.slug) : routes.docNumber(entry.slug);
}

/** Where a related document links: its notice when archived, else its entry in the doc-number index. */
export function relatedDocumentHref(routes: { notice: (slug: string) => string; docNumber: (slug: string) => string }, doc: { archived: boolean; slug: string }): string {
  return doc.archived ? routes.notice(doc.slug) : routes.docNumber(doc.slug);
}
