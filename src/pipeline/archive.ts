// All issues together: the doc-number index, who cites what, and the relations between notices.
import type { DocNumberEntry, DocNumberRelation, Related } from './content-schema.ts';
import { compareDocNumbers } from './doc-number/grammar.ts';
import { docNumberSlug } from './doc-number/slug.ts';
import { IngestError } from './errors.ts';
import { issueLabel } from './issue-id.ts';
import type { DocNumber, Issue, Notice, Relation } from './model.ts';
import { relatedDocuments } from './related.ts';
import { compareText } from './text-shape.ts';

export interface ArchiveModel {
  issues: Issue[];
  docNumbers: DocNumberEntry[];
  /** Each archived notice's related documents, grouped by relation, by its slug. */
  related: Map<string, Related>;
}

/** The relation as the other document sees it. */
const CONVERSE = { abolishes: 'abolished-by', amends: 'amended-by', implements: 'implemented-by' } as const satisfies Record<
  Relation['kind'],
  DocNumberRelation['kind']
>;

/**
 * 总期号 count every issue ever printed: within a year they step with the 期号, and across years they only rise. Which of
 * the two seeds is wrong cannot be told, so the error names both.
 */
function checkCumulative(before: Issue | undefined, issue: Issue): void {
  if (!before) return;
  const label = issueLabel(issue.year, issue.number);
  const stated = `${label} claims 总第${issue.cumulative}期, but ${before.source} has ${issueLabel(before.year, before.number)} as 总第${before.cumulative}期`;
  if (before.year === issue.year && issue.cumulative - before.cumulative !== issue.number - before.number) {
    throw new IngestError({ file: issue.source, line: issue.identityLine }, stated, `总第${before.cumulative + issue.number - before.number}期, or a corrected 总期号 in one of the two files`);
  }
  if (issue.cumulative <= before.cumulative) {
    throw new IngestError({ file: issue.source, line: issue.identityLine }, stated, `a 总期号 above ${before.cumulative}, since ${label} comes later`);
  }
}

/**
 * Joins parsed issues into one archive, refusing two seeds of one issue, a 总期号 that contradicts another issue's, or
 * one doc number in two notices.
 */
export function buildArchive(issues: readonly Issue[]): ArchiveModel {
  const sorted = [...issues].sort((a, b) => a.year - b.year || a.number - b.number);
  const byId = new Map<string, Issue>();
  for (const issue of sorted) {
    const other = byId.get(issue.id);
    if (other) {
      throw new IngestError({ file: issue.source, line: issue.identityLine }, `claims issue ${issueLabel(issue.year, issue.number)}, which ${other.source} also claims`, 'one seed file per issue');
    }
    byId.set(issue.id, issue);
  }
  sorted.forEach((issue, i) => checkCumulative(sorted[i - 1], issue));
  const entries = new Map<string, DocNumberEntry>();
  const entry = (docNumber: DocNumber): DocNumberEntry => {
    let e = entries.get(docNumber.text);
    if (!e) {
      e = { docNumber: docNumber.text, slug: docNumberSlug(docNumber), prefix: docNumber.prefix, year: docNumber.year, number: docNumber.number, citedBy: [], relations: [] };
      entries.set(docNumber.text, e);
    }
    return e;
  };
  const archived = new Map<string, { notice: Notice; issue: Issue }>();
  for (const issue of sorted) {
    for (const notice of issue.notices) {
      // A jointly issued document is archived under each of its numbers; an item without one is in no entry.
      for (const own of [...(notice.docNumber ? [notice.docNumber] : []), ...(notice.otherDocNumbers ?? [])]) {
        const before = archived.get(own.text);
        if (before) {
          throw new IngestError({ file: issue.source, line: notice.sourceLines[0] }, `the doc number ${own.text} is already archived in ${before.issue.source}`, 'each doc number in one notice of the archive');
        }
        archived.set(own.text, { notice, issue });
        entry(own).notice = { slug: notice.slug, title: notice.title, issue: issue.id };
      }
    }
  }
  for (const notice of sorted.flatMap((issue) => issue.notices)) {
    const cited = new Map(notice.cites.map((c) => [c.docNumber.text, c.docNumber]));
    for (const docNumber of cited.values()) entry(docNumber).citedBy.push({ slug: notice.slug, title: notice.title });
    for (const { docNumber, quotedTitle } of notice.cites) {
      if (quotedTitle && !archived.has(docNumber.text)) entry(docNumber).quotedTitle ??= quotedTitle;
    }
    for (const r of notice.relations) {
      const target = entry(r.target);
      const detail = { ...(r.scope && { scope: r.scope }), ...(r.verb && { verb: r.verb }) };
      // The index lists relations between numbers: an item without one states them on its own page only.
      if (!notice.docNumber) continue;
      target.relations.push({ kind: CONVERSE[r.kind], docNumber: notice.docNumber.text, slug: notice.slug, ...detail });
      entry(notice.docNumber).relations.push({ kind: r.kind, docNumber: r.target.text, slug: target.slug, ...detail });
    }
  }
  const slugs = new Map<string, string>();
  for (const e of entries.values()) {
    const other = slugs.get(e.slug);
    if (other && other !== e.docNumber) {
      throw new IngestError({ file: 'seeds', line: 0 }, `the doc numbers ${other} and ${e.docNumber} would share the URL slug ${e.slug}`, 'doc numbers whose prefixes read differently in pinyin');
    }
    slugs.set(e.slug, e.docNumber);
  }
  const docNumbers = [...entries.values()].sort(compareDocNumbers);
  for (const e of docNumbers) {
    e.citedBy.sort((a, b) => compareText(a.slug, b.slug));
    e.relations.sort((a, b) => compareText(a.kind, b.kind) || compareText(a.slug, b.slug));
  }
  const related = relatedDocuments(
    sorted.flatMap((issue) => issue.notices),
    new Map(docNumbers.map((e) => [e.docNumber, e])),
  );
  return { issues: sorted, docNumbers, related };
}
