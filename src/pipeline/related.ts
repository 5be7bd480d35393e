// Each archived notice's related documents, grouped by relation: what it states, what later notices state about it,
// and the same document for other years.
import type { DocNumberEntry, Related, RelatedDocument } from './content-schema.ts';
import type { DocNumber, Notice, Relation } from './model.ts';
import { titleKey } from './publications.ts';
import { compareText } from './text-shape.ts';

/** The groups a stated relation and its converse go in. */
const GROUPS = {
  abolishes: ['abolishes', 'abolishedBy'],
  amends: ['amends', 'amendedBy'],
  implements: ['implements', 'implementedBy'],
} as const satisfies Record<Relation['kind'], readonly [keyof Related, keyof Related]>;

/** A year in a title (2024年, 2023年度, （2022年版）), taken out to find the same document of another year. */
const TITLE_YEAR = /[（(]\s*\d{4}\s*年版\s*[）)]|\d{4}\s*年度?/g;

/** The title with its years taken out, or undefined when it names no year (then no other year can be told apart). */
export function seriesKey(title: string): string | undefined {
  if (!/\d{4}\s*年/.test(title)) return undefined;
  return titleKey(title.replace(TITLE_YEAR, ''));
}

/** The first year a title names (2024 of 关于印发2024年…), the year of its edition. */
function titleYear(title: string): string {
  return /(\d{4})\s*年/.exec(title)?.[1] ?? '';
}

/** A notice with no related documents: every group present and empty. */
export function emptyRelated(): Related {
  return { abolishes: [], abolishedBy: [], amends: [], amendedBy: [], implements: [], implementedBy: [], publishes: [], otherYears: [] };
}

/** One side of a relation: the other document as the index knows it, with the stating sentence. */
function relatedDocument(other: DocNumberEntry, r: Relation): RelatedDocument {
  const title = other.notice?.title ?? other.quotedTitle;
  return {
    docNumber: other.docNumber,
    slug: other.slug,
    ...(title !== undefined && { title }),
    archived: other.notice !== undefined,
    ...(r.scope && { scope: r.scope }),
    ...(r.verb && { verb: r.verb }),
    sentence: r.sentence,
    line: r.line,
  };
}

/**
 * The related documents of every archived notice, by its slug; `entries` is the doc-number index by doc number. What an
 * item without a doc number states shows on its own page only: the index and the other side know documents by number.
 */
export function relatedDocuments(notices: readonly Notice[], entries: ReadonlyMap<string, DocNumberEntry>): Map<string, Related> {
  const related = new Map(notices.map((n) => [n.slug, emptyRelated()]));
  const entryOf = (docNumber: string) => entries.get(docNumber)!;
  const series = new Map<string, (Notice & { docNumber: DocNumber })[]>();
  for (const notice of notices) {
    const own = related.get(notice.slug)!;
    own.publishes = notice.publishes.map((p) => ({ ...p }));
    for (const r of notice.relations) {
      const [stated, converse] = GROUPS[r.kind];
      own[stated].push(relatedDocument(entryOf(r.target.text), r));
      const other = entryOf(r.target.text).notice?.slug;
      if (notice.docNumber && other !== undefined) related.get(other)?.[converse].push(relatedDocument(entryOf(notice.docNumber.text), r));
    }
    const key = seriesKey(notice.title);
    if (key && notice.docNumber) series.set(key, [...(series.get(key) ?? []), { ...notice, docNumber: notice.docNumber }]);
  }
  for (const group of series.values()) {
    // One edition per year, the earliest issued: the list stays as long as the years, however many copies there are.
    const byYear = new Map<string, Notice & { docNumber: DocNumber }>();
    for (const notice of [...group].sort((a, b) => compareText(a.date, b.date) || compareText(a.docNumber.text, b.docNumber.text))) {
      const year = titleYear(notice.title);
      if (!byYear.has(year)) byYear.set(year, notice);
    }
    for (const notice of group) {
      related.get(notice.slug)!.otherYears = [...byYear]
        .filter(([year]) => year !== titleYear(notice.title))
        .map(([, other]) => ({ docNumber: other.docNumber.text, slug: other.slug, title: other.title, date: other.date }));
    }
  }
  for (const groups of related.values()) {
    for (const key of ['abolishedBy', 'amendedBy', 'implementedBy'] as const) groups[key].sort((a, b) => compareText(a.slug, b.slug));
  }
  return related;
}
