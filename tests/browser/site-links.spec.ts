// Crawls the built site like a visitor on a dumb static host: every same-site link and sitemap page must resolve.
import { test, expect } from './fixtures';
import { SITE_ORIGIN } from './site-content';

test('no broken internal links or anchors, from home and from the sitemap', async ({ page, request, siteUrl, siteBase }) => {
  test.setTimeout(120_000);
  const origin = new URL(siteUrl).origin;
  const queue: string[] = [siteUrl];
  const seen = new Set<string>(queue);
  const anchors = new Map<string, Set<string>>(); // page URL → ids on it
  const wanted: { from: string; url: string; id: string }[] = [];
  const broken: string[] = [];

  const enqueue = (from: string, href: string) => {
    const url = new URL(href, from);
    if (url.origin !== origin) return;
    if (url.hash) wanted.push({ from, url: url.origin + url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
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
    }));
    anchors.set(url, new Set(found.ids));
    for (const link of found.links) enqueue(url, link);
  }

  const missingAnchors = wanted
    .filter(({ url, id }) => anchors.has(url) && !anchors.get(url)!.has(id))
    .map(({ from, url, id }) => `${from} → ${url}#${id}`);
  expect(broken).toEqual([]);
  expect([...new Set(missingAnchors)]).toEqual([]);
  // home, issues, 1 issue, 18 notices, doc-number index, search
  expect(pages).toBeGreaterThanOrEqual(23);
});
