// Crawls the built site like a visitor on a dumb static host: every same-site link and sitemap page must resolve.
import { test, expect } from './fixtures';
import { SITE_ORIGIN } from './site-content';

test('no broken internal links or anchors, from home and from the sitemap', async ({ page, request, siteUrl, siteBase }) => {
  test.setTimeout(120_000);
  const origin = new URL(siteUrl).origin;
  const queue: string[] = [siteUrl];
  const seen = new Set<string>(queue);
  const anchors = new Map<string, Set<string>>(); // page URL → ids on it
  const texts = new Map<string, string>(); // page URL → its article's text (title and body), where a text fragment must find its words
  const wanted: { from: string; url: string; id: string }[] = [];
  const broken: string[] = [];

  const enqueue = (from: string, href: string) => {
    const url = new URL(href, from);
    if (url.origin !== origin) return;
    // A text fragment's parts are decoded one by one: a comma inside its words is escaped, one between them is not.
    if (url.hash) wanted.push({ from, url: url.origin + url.pathname, id: url.hash.startsWith('#:~:') ? url.hash.slice(1) : decodeURIComponent(url.hash.slice(1)) });
    url.hash = '';
    url.search = ''; // the search form's query is read by the page itself
    if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push(url.href);
    }
  };

  // The sitemap's absolute URLs point at the configured site; map them onto this server.
  const sitemap = await (await request.get(`${siteUrl}sitemap-0.xml`)).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    expect(loc!.startsWith(`${SITE_ORIGIN}${siteBase}`)).toBe(true);
    enqueue(siteUrl, origin + new URL(loc!).pathname);
  }

  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const head = await request.get(url);
    if (head.status() !== 200) {
      broken.push(`${head.status()} ${url}`);
      continue;
    }
    if (!(head.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    pages += 1;
    await page.goto(url);
    const found = await page.evaluate(() => ({
      links: [
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => (e as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('[src]')].map((e) => (e as HTMLImageElement).src),
        ...[...document.querySelectorAll('form[action]')].map((f) => (f as HTMLFormElement).action),
      ],
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      article: (document.querySelector('article')?.textContent ?? '').replace(/\s/gu, ''),
    }));
    anchors.set(url, new Set(found.ids));
    texts.set(url, found.article);
    for (const link of found.links) enqueue(url, link);
  }

  // A text fragment (#:~:text=start,end) must find its words, in order, in the target's article.
  const TEXT = ':~:text=';
  const finds = (url: string, directive: string) => {
    const [start = '', end] = directive.split(',').map((part) => decodeURIComponent(part).replace(/\s/gu, ''));
    const text = texts.get(url) ?? '';
    const at = text.indexOf(start);
    return at >= 0 && (end === undefined || text.indexOf(end, at + start.length) >= 0);
  };
  const missingAnchors = wanted
    .filter(({ url, id }) => anchors.has(url) && (id.startsWith(TEXT) ? !finds(url, id.slice(TEXT.length)) : !anchors.get(url)!.has(id)))
    .map(({ from, url, id }) => `${from} → ${url}#${id}`);
  expect(wanted.filter(({ id }) => id.startsWith(TEXT)).length).toBeGreaterThan(0);
  expect(broken).toEqual([]);
  expect([...new Set(missingAnchors)]).toEqual([]);
  // home, issues, 1 issue, 18 notices, doc-number index, search
  expect(pages).toBeGreaterThanOrEqual(23);
});
