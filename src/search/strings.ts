// The UI strings the search page's script needs, picked from src/i18n/zh-CN.json at build time and embedded in the page.

export const SEARCH_STRING_KEYS = [
  'search.loading',
  'search.loadFailed',
  'search.prompt',
  'search.count',
  'search.none',
  'search.converted',
  'search.exact',
  'search.exactOpen',
  'search.citedOnly',
  'search.citedOnlyMore',
  'search.unknown',
  'search.citedOnlyStatus',
  'search.quotedTitleNote',
  'search.citedBy',
  'search.relation.abolishes',
  'search.relation.abolishesPart',
  'search.relation.amends',
  'search.relation.implements',
  'search.relation.cites',
  'search.listedCited',
  'search.unknownHeading',
  'search.unknownStatus',
  'search.unknownPrefix',
  'search.nearest',
  'search.prefixInIndex',
  'search.prefixHeading',
  'search.prefixYearHeading',
  'search.prefixStatus',
  'search.year',
  'search.olderYears',
  'search.bareHeading',
  'search.bareIssue',
  'search.bareNumbers',
  'search.bareNone',
  'search.bareStatus',
  'search.allNumbers',
  'search.allIssues',
  'status.noneShort',
  'search.trySeparately',
  'search.tryShorter',
  'search.tryWithoutFilters',
  'search.tryBrowse',
  'search.results',
  'search.sections',
  'search.more',
  'search.partial',
  'search.filters',
  'search.filter.year',
  'search.filter.issue',
  'search.filter.type',
  'search.filter.count',
  'search.filter.clear',
] as const;
export type SearchStringKey = (typeof SEARCH_STRING_KEYS)[number];
export type SearchStrings = Record<SearchStringKey, string>;

/** A template with its {placeholders} filled, as src/i18n/t.ts does; a missing variable is a bug, so it throws. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`missing {${name}} in ${template}`);
    return String(value);
  });
}
