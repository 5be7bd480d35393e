// What the search page answers when a query names a doc number, a prefix, or a year and number without a prefix:
// the archive's own numbers, never full-text guesses.
import type { BareNumberQuery, DocNumberQuery, PrefixQuery } from '../pipeline/doc-number/typed.ts';
import { yearKey, type CitedTarget, type DocNumberManifest, type DocNumberReader, type ListedNumber, type ArchivedRef } from './doc-number-map.ts';
import { issueId, issueLabel } from '../pipeline/issue-id.ts';

/** Numbers offered beside an unknown one. */
export const NEAREST_COUNT = 5;
/** Years of a prefix listed in full; older years link to the index. */
export const LISTED_YEARS = 3;

/** The issues the archive holds: year → issue numbers. */
export type IssueCalendar = Record<string, number[]>;

/** The calendar of a list of issues. */
export function issueCalendar(issues: readonly { year: number; number: number }[]): IssueCalendar {
  const calendar: IssueCalendar = {};
  for (const { year, number } of issues) (calendar[year] ??= []).push(number);
  for (const numbers of Object.values(calendar)) numbers.sort((a, b) => a - b);
  return calendar;
}

export type DocNumberAnswer =
  | { kind: 'archived'; docNumber: string; notice: ArchivedRef }
  | ({ kind: 'cited'; docNumber: string } & CitedTarget)
  /** Well formed, but nothing in the archive has or cites it; `prefixSlug` is absent for a prefix the archive never saw. */
  | { kind: 'unknown'; docNumber: string; prefix: string; prefixSlug?: string; nearest: ListedNumber[] }
  /** An order series has one group without a year. */
  | { kind: 'prefix'; prefix: string; prefixSlug: string; year?: number; years: { year?: number; numbers: ListedNumber[] }[]; olderYears: number[] }
  | { kind: 'bare'; year: number; number: number; matches: ListedNumber[]; issue?: { id: string; label: string } };

/** The answer to a doc number. */
export async function answerDocNumber(query: DocNumberQuery, manifest: DocNumberManifest, reader: DocNumberReader): Promise<DocNumberAnswer> {
  const found = await reader.lookup(query);
  if (found.kind !== 'unknown') return found;
  const prefixSlug = manifest.prefixes[query.prefix]?.slug;
  const nearest = prefixSlug ? await reader.nearest(query, NEAREST_COUNT) : [];
  return { kind: 'unknown', docNumber: found.docNumber, prefix: query.prefix, ...(prefixSlug && { prefixSlug }), nearest };
}

/** The answer to a prefix alone (its newest years in full) or with a year (that year). */
export async function answerPrefix(query: PrefixQuery, manifest: DocNumberManifest, reader: DocNumberReader): Promise<DocNumberAnswer> {
  const info = manifest.prefixes[query.prefix]!;
  if (Object.hasOwn(info.years, yearKey(undefined))) {
    return { kind: 'prefix', prefix: query.prefix, prefixSlug: info.slug, years: [{ numbers: await reader.year(query.prefix, undefined) }], olderYears: [] };
  }
  const all = Object.keys(info.years).map(Number).sort((a, b) => b - a);
  const chosen = query.year === undefined ? all.slice(0, LISTED_YEARS) : all.filter((year) => year === query.year);
  const years = await Promise.all(chosen.map(async (year) => ({ year, numbers: await reader.year(query.prefix, year) })));
  const olderYears = query.year === undefined ? all.slice(LISTED_YEARS) : [];
  return { kind: 'prefix', prefix: query.prefix, prefixSlug: info.slug, ...(query.year !== undefined && { year: query.year }), years, olderYears };
}

/** The answer to a year and number without a prefix: that number under every prefix that has it, and the issue of that number. */
export async function answerBareNumber(query: BareNumberQuery, manifest: DocNumberManifest, reader: DocNumberReader, issues: IssueCalendar): Promise<DocNumberAnswer> {
  const prefixes = Object.entries(manifest.prefixes).filter(([, info]) => (info.years[query.year] ?? 0) >= query.number);
  const found = await Promise.all(prefixes.map(([prefix]) => reader.lookup({ prefix, year: query.year, number: query.number })));
  const matches = found.flatMap(({ kind, docNumber, ...target }): ListedNumber[] =>
    kind === 'unknown' ? [] : [{ docNumber, year: query.year, number: query.number, target: target as ListedNumber['target'] }],
  );
  const held = issues[query.year]?.includes(query.number);
  return {
    kind: 'bare',
    year: query.year,
    number: query.number,
    matches,
    ...(held && { issue: { id: issueId(query.year, query.number), label: issueLabel(query.year, query.number) } }),
  };
}
