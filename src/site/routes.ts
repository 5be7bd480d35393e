// Every site URL is built here from the base, so no link can forget the base or the trailing slash.
import { indexKeyOf } from '../pipeline/doc-number/slug-parts.ts';

/** Normalises a base ('', '/x', 'x/', '/x/') to '/' or '/x/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Base-prefixed path of a page: segments joined and encoded, ending in '/'. */
export function pagePath(base: string, ...segments: string[]): string {
  const path = segments.map(encodeURIComponent).join('/');
  return normalizeBase(base) + (path ? `${path}/` : '');
}

/** Base-prefixed path of a file such as feed.xml: no trailing slash. */
export function filePath(base: string, ...segments: string[]): string {
  return normalizeBase(base) + segments.map(encodeURIComponent).join('/');
}

/** The site's routes under one base. */
export function createRoutes(base: string) {
  return {
    home: pagePath(base),
    issues: pagePath(base, 'issues'),
    issuesCoverageJson: filePath(base, 'issues', 'coverage.json'),
    issue: (id: string) => pagePath(base, 'issues', id),
    issueYear: (year: number) => pagePath(base, 'issues', String(year)),
    issueFidelity: (id: string) => filePath(base, 'issues', id, 'fidelity.json'),
    issueNoticesJson: (id: string) => filePath(base, 'issues', id, 'notices.json'),
    /** The PDF an issue was read from, served as it is; `page` (1-based, the PDF's own count) opens it there in PDF viewers. */
    issueOriginal: (id: string, page?: number) => filePath(base, 'issues', id, `${id}.pdf`) + (page === undefined ? '' : `#page=${page}`),
    notice: (slug: string) => pagePath(base, 'notices', slug),
    /** A heading or attachment inside a notice. */
    noticeAnchor: (slug: string, id: string) => `${pagePath(base, 'notices', slug)}#${encodeURIComponent(id)}`,
    noticeSource: (slug: string) => filePath(base, 'notices', slug, 'source.txt'),
    noticeJson: (slug: string) => filePath(base, 'notices', `${slug}.json`),
    noticeCsl: (slug: string) => filePath(base, 'notices', `${slug}.csl.json`),
    /** The whole list of notices citing a notice, a page of LIST_PAGE_SIZE entries each; page 1 has no number. */
    noticeCitedBy: (slug: string, page = 1) => (page > 1 ? pagePath(base, 'notices', slug, 'cited-by', String(page)) : pagePath(base, 'notices', slug, 'cited-by')),
    noticesJson: filePath(base, 'notices.json'),
    docNumbers: pagePath(base, 'doc-numbers'),
    /**
     * A key of the doc-number index: an entry (liuzhengfa-2024-3) is on the page of its prefix and year, anchored by its
     * slug; a prefix and year (liuzhengfa-2024) is that page; an order (liuzhoushirenminzhengfuling-no20) is on its series'
     * page (liuzhoushirenminzhengfuling-no); a prefix (liuzhengfa) is its section of the index's first page.
     */
    docNumber: (key: string) => {
      const kind = indexKeyOf(key);
      if (kind.kind === 'number') return `${pagePath(base, 'doc-numbers', kind.page)}#${encodeURIComponent(key)}`;
      if (kind.kind === 'page') return pagePath(base, 'doc-numbers', key);
      return `${pagePath(base, 'doc-numbers')}#${encodeURIComponent(key)}`;
    },
    search: pagePath(base, 'search'),
    feed: filePath(base, 'atom.xml'),
    sitemap: filePath(base, 'sitemap-index.xml'),
    sums: filePath(base, 'SHA256SUMS'),
    favicon: filePath(base, 'favicon.svg'),
  };
}
export type Routes = ReturnType<typeof createRoutes>;

/** Where the site is served: its public origin when known (GONGBAO_SITE) and its base path. */
export interface SiteAddress {
  site: URL | string | undefined;
  base: string;
}

/**
 * The public address of a base-prefixed path: absolute on the site's origin (GONGBAO_SITE), or the path alone when the
 * origin is not known, so no page names a host that is not the site's.
 */
export function publicUrl(site: URL | string | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}
