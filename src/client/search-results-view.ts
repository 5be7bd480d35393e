// Full-text results as DOM: each notice with its title link, doc number, date, issue, excerpt and matching sections;
// a line before the notices that hold only some words; and what to try when nothing matched.
import { bodyText, excerptParts, framedExcerpt, holdsPhrase, leadExcerpt, markPhrases, partsText, phraseExcerpt, withoutHeading, type ExcerptPart } from '../search/excerpt.ts';
import { withHighlights } from '../search/highlight-url.ts';
import type { PagefindPage } from '../search/pagefind-client.ts';
import type { QueryPlan } from '../search/query-plan.ts';
import type { SearchStringKey } from '../search/strings.ts';
import { formatDate } from '../site/dates.ts';
import type { Routes } from '../site/routes.ts';
import { el } from './dom.ts';
import { statusTag } from './status-tag.ts';

export interface ResultViewDeps {
  s: (key: SearchStringKey, vars?: Record<string, string | number>) => string;
  routes: Routes;
  highlightParam: string;
}

/** Characters in an excerpt the page builds around a phrase, as Pagefind's excerptLength (36 words) shows of Chinese. */
const EXCERPT_CHARS = 48;

/** Excerpt parts as text and <mark> nodes. */
function excerptNode(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const p = el('p', { class: 'search-excerpt' });
  for (const part of parts) p.append(part.marked ? el('mark', {}, part.text) : part.text);
  return p;
}

/**
 * A result's excerpt from its text after the title and doc number the result shows already: around the first whole
 * phrase; else Pagefind's, framed with ellipses; else, where Pagefind's is the title again, the text's opening words.
 */
function resultExcerpt(page: PagefindPage, terms: readonly string[]): ExcerptPart[] {
  const heads = [page.meta.title, page.meta.docNumber];
  const body = bodyText(page.content ?? '', heads);
  const phrase = phraseExcerpt(body, terms, EXCERPT_CHARS);
  if (phrase) return phrase;
  const parts = markPhrases(excerptParts(page.excerpt), terms);
  const flat = partsText(parts).replace(/\s/gu, '');
  if (heads.some((head) => head && flat.startsWith(head.replace(/\s/gu, '')))) return leadExcerpt(body, EXCERPT_CHARS);
  return framedExcerpt(parts, body);
}

/** One result; its links carry the terms to mark on the opened notice. */
export function renderResult(page: PagefindPage, terms: readonly string[], { s, highlightParam }: ResultViewDeps): HTMLLIElement {
  const link = (url: string) => withHighlights(url, terms, highlightParam);
  const { docNumber, date, issue, title } = page.meta;
  const meta = el('p', { class: 'search-result-meta' });
  const bits: (Node | string)[] = [];
  if (docNumber) bits.push(el('span', { class: 'doc-number' }, docNumber));
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) bits.push(el('time', { datetime: date }, formatDate(date)));
  if (issue) bits.push(issue);
  if (page.meta['status']) bits.push(statusTag(page.meta['status'], s));
  if (page.meta['acts']) bits.push(el('span', { class: 'tag acts-tag' }, page.meta['acts']));
  bits.forEach((bit, i) => meta.append(...(i > 0 ? [' · ', bit] : [bit])));
  const item = el('li', { class: 'search-result' }, el('h3', {}, el('a', { href: link(page.url), 'data-result-link': '' }, title ?? page.url)), meta);
  item.append(excerptNode(resultExcerpt(page, terms)));
  // A section is listed only where its excerpt holds a phrase whole: Pagefind lists every section holding any of the
  // query's characters (第 and 条 for 第七条 are in every article).
  const sections = (page.sub_results ?? [])
    .filter((sub) => sub.anchor && sub.anchor.element !== 'h1' && sub.url.includes('#'))
    .map((sub) => ({ sub, parts: markPhrases(excerptParts(sub.excerpt), terms) }))
    .filter(({ parts }) => holdsPhrase(parts, terms))
    .map(({ sub, parts }) => ({ sub, parts: withoutHeading(parts, sub.title) }))
    .slice(0, 3);
  if (sections.length > 0) {
    const subs = sections.map(({ sub, parts }) => el('li', {}, el('a', { href: link(sub.url), 'data-result-link': '' }, sub.title), excerptNode(framedExcerpt(parts, page.content ?? ''))));
    item.append(el('ul', { class: 'search-sections', 'aria-label': s('search.sections') }, ...subs));
  }
  return item;
}

/** The line before the first notice that holds only some of the words. */
export function partialDivider({ s }: Pick<ResultViewDeps, 's'>): HTMLLIElement {
  return el('li', { class: 'search-partial' }, s('search.partial'));
}

/** Shorter queries to try: each word alone, or a long word cut into the words it is made of; none for a single word. */
export function suggestions(plan: QueryPlan): string[] {
  if (plan.words.length > 1) return plan.words.map((w) => w.text);
  const parts = plan.words[0]?.segments[0] ?? [];
  return parts.length > 1 ? parts : [];
}

/** What the page offers when nothing matched: shorter or split queries, and the ways to browse. */
export function renderNoResults(plan: QueryPlan, filtered: boolean, { s, routes }: ResultViewDeps): HTMLElement {
  const box = el('div', { class: 'search-empty' });
  const tries = suggestions(plan);
  if (tries.length > 0) {
    const links = tries.flatMap((q, i) => [...(i > 0 ? ['、'] : []), el('a', { href: `${routes.search}?${new URLSearchParams({ q })}` }, q)]);
    box.append(el('p', {}, s(plan.words.length > 1 ? 'search.trySeparately' : 'search.tryShorter'), ...links));
  }
  if (filtered) box.append(el('p', {}, s('search.tryWithoutFilters')));
  box.append(
    el('p', {}, s('search.tryBrowse')),
    el('ul', { class: 'link-list' }, el('li', {}, el('a', { href: routes.docNumbers }, s('search.allNumbers'))), el('li', {}, el('a', { href: routes.issues }, s('search.allIssues')))),
  );
  return box;
}
