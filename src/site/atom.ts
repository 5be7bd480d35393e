// A minimal Atom 1.0 (RFC 4287) writer: @astrojs/rss only writes RSS, and Atom needs only a few elements.

export interface AtomEntry {
  /** Permanent absolute URL; also the entry's id. */
  url: string;
  title: string;
  /** RFC 3339 timestamp. */
  updated: string;
  published?: string | undefined;
  summary: string;
  categories: readonly string[];
}

export interface AtomFeed {
  /** Absolute URL of the site's home; also the feed's id. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  title: string;
  subtitle: string;
  author: string;
  /** RFC 3339; derived from the content, never the build time, so builds are reproducible. */
  updated: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function entryXml(entry: AtomEntry): string {
  const url = escapeXml(entry.url);
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    `    <updated>${entry.updated}</updated>`,
    ...(entry.published ? [`    <published>${entry.published}</published>`] : []),
    `    <summary>${escapeXml(entry.summary)}</summary>`,
    ...entry.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
    '  </entry>',
  ].join('\n');
}

/** The feed document, entries in the given order. */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.homeUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <updated>${feed.updated}</updated>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
