// The search page's box for a doc-number answer (see src/search/doc-number-answer.ts), built from text only.
import { indexPageKey } from '../pipeline/doc-number/slug-parts.ts';
import type { DocNumberAnswer } from '../search/doc-number-answer.ts';
import type { CitingRelation, ListedNumber } from '../search/doc-number-map.ts';
import type { SearchStringKey } from '../search/strings.ts';
import type { Routes } from '../site/routes.ts';
import { formatDate } from '../site/dates.ts';
import { el } from './dom.ts';
import { statusTag } from './status-tag.ts';

export interface AnswerViewDeps {
  s: (key: SearchStringKey, vars?: Record<string, string | number>) => string;
  routes: Routes;
}

const RELATION_KEYS: Record<CitingRelation, SearchStringKey> = {
  abolishes: 'search.relation.abolishes',
  abolishesPart: 'search.relation.abolishesPart',
  amends: 'search.relation.amends',
  implements: 'search.relation.implements',
  cites: 'search.relation.cites',
};

/** One number of a listing: archived ones link to their notice, cited ones to their index entry. */
function listedItem(listed: ListedNumber, { s, routes }: AnswerViewDeps): HTMLLIElement {
  const { target } = listed;
  if ('notice' in target) {
    return el('li', {}, el('a', { href: routes.notice(target.notice.slug), 'data-result-link': '' }, el('span', { class: 'doc-number' }, listed.docNumber), ' ', target.notice.title));
  }
  const title = target.title ? ` 《${target.title}》` : '';
  return el('li', {}, el('a', { href: routes.docNumber(target.indexSlug), 'data-index-link': '' }, el('span', { class: 'doc-number' }, listed.docNumber), ' ', s('search.listedCited'), title));
}

function list(numbers: readonly ListedNumber[], deps: AnswerViewDeps): HTMLOListElement {
  return el('ol', { class: 'search-numbers' }, ...numbers.map((n) => listedItem(n, deps)));
}

/** The box for an answer, with its heading (the line the page announces is answerStatus, in search-view.ts). */
export function renderAnswer(answer: DocNumberAnswer, deps: AnswerViewDeps): HTMLElement {
  const { s, routes } = deps;
  const section = (cls: string, heading: string, ...children: (Node | string)[]) =>
    el('section', { class: `search-answer ${cls}`, 'aria-labelledby': 'search-answer-heading' }, el('h2', { id: 'search-answer-heading' }, heading), ...children);
  switch (answer.kind) {
    case 'archived': {
      const { notice } = answer;
      const meta: (Node | string)[] = [el('span', { class: 'doc-number' }, answer.docNumber)];
      if (notice.date) meta.push(el('time', { datetime: notice.date }, formatDate(notice.date)));
      if (notice.status) meta.push(statusTag(notice.status, s));
      return section(
        'search-exact',
        s('search.exact'),
        el('p', {}, el('a', { href: routes.notice(notice.slug), 'data-result-link': '', class: 'search-exact-link' }, notice.title)),
        el('p', { class: 'search-result-meta' }, ...meta.flatMap((bit, i) => (i > 0 ? [' · ', bit] : [bit]))),
        el('p', { class: 'search-enter-tip' }, s('search.exactOpen')),
      );
    }
    case 'cited': {
      const items = answer.citedBy.map((notice) =>
        el('li', {}, el('span', { class: 'tag' }, s(RELATION_KEYS[notice.relation])), ' ', el('a', { href: routes.notice(notice.slug), 'data-result-link': '' }, notice.title)),
      );
      return section(
        'search-cited',
        s('search.citedOnly'),
        el('p', {}, el('span', { class: 'doc-number' }, answer.docNumber), answer.title ? ` 《${answer.title}》` : ''),
        ...(answer.status ? [el('p', { class: 'search-answer-status' }, s('search.citedStatus'), statusTag(answer.status, s))] : []),
        ...(answer.title ? [el('p', { class: 'muted' }, s('search.quotedTitleNote'))] : []),
        el('p', {}, s('search.citedBy')),
        el('ul', { class: 'search-citing' }, ...items),
        el('p', {}, el('a', { href: routes.docNumber(answer.indexSlug), 'data-index-link': '' }, s('search.citedOnlyMore', { count: answer.citedByCount }))),
      );
    }
    case 'unknown': {
      const children: (Node | string)[] = [el('p', {}, s('search.unknown', { docNumber: answer.docNumber }))];
      if (answer.prefixSlug && answer.nearest.length > 0) children.push(el('p', {}, s('search.nearest', { prefix: answer.prefix })), list(answer.nearest, deps));
      const index = answer.prefixSlug
        ? el('a', { href: routes.docNumber(answer.prefixSlug), 'data-index-link': '' }, s('search.prefixInIndex', { prefix: answer.prefix }))
        : el('a', { href: routes.docNumbers, 'data-index-link': '' }, s('search.unknownPrefix', { prefix: answer.prefix }));
      children.push(el('p', {}, index));
      return section('search-unknown', s('search.unknownHeading'), ...children);
    }
    case 'prefix': {
      const children: (Node | string)[] = answer.years.flatMap(({ year, numbers }) => [...(year === undefined ? [] : [el('h3', {}, s('search.year', { year }))]), list(numbers, deps)]);
      if (answer.olderYears.length > 0) {
        const links = answer.olderYears.flatMap((year, i) => [...(i > 0 ? ['、'] : []), el('a', { href: routes.docNumber(indexPageKey(answer.prefixSlug, year)), 'data-index-link': '' }, s('search.year', { year }))]);
        children.push(el('p', {}, s('search.olderYears'), ...links));
      }
      children.push(el('p', {}, el('a', { href: routes.docNumber(answer.prefixSlug), 'data-index-link': '' }, s('search.prefixInIndex', { prefix: answer.prefix }))));
      const heading = answer.year === undefined ? s('search.prefixHeading', { prefix: answer.prefix }) : s('search.prefixYearHeading', { prefix: answer.prefix, year: answer.year });
      return section('search-prefix', heading, ...children);
    }
    case 'bare': {
      const children: (Node | string)[] = [];
      if (answer.issue) children.push(el('p', {}, s('search.bareIssue'), el('a', { href: routes.issue(answer.issue.id), 'data-issue-link': '' }, answer.issue.label)));
      if (answer.matches.length > 0) children.push(el('p', {}, s('search.bareNumbers')), list(answer.matches, deps));
      if (children.length === 0) children.push(el('p', {}, s('search.bareNone', { year: answer.year, number: answer.number })));
      children.push(el('p', {}, el('a', { href: routes.docNumbers, 'data-index-link': '' }, s('search.allNumbers'))));
      return section('search-bare', s('search.bareHeading', { year: answer.year, number: answer.number }), ...children);
    }
  }
}
