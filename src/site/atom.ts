// The Atom 1.0 feed of notices (@astrojs/rss writes only RSS; the `feed` library writes Atom).
import { escapeUTF8 } from 'entities';
import { Feed } from 'feed';

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

/** The feed document, entries in the given order, written by the `feed` library. */
export function atomXml(atom: AtomFeed): string {
  const feed = new Feed({
    id: atom.homeUrl,
    link: atom.homeUrl,
    title: atom.title,
    description: atom.subtitle,
    language: 'zh-CN',
    copyright: '',
    author: { name: atom.author },
    // Fixed, so two builds of the same content give the same bytes.
    generator: 'gongbao',
    updated: new Date(atom.updated),
    feedLinks: { atom: atom.selfUrl },
  });
  for (const entry of atom.entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      // `feed` writes entries as type="html": escaped, a title holding < or & reads as the text it is.
      title: escapeUTF8(entry.title),
      description: escapeUTF8(entry.summary),
      date: new Date(entry.updated),
      ...(entry.published && { published: new Date(entry.published) }),
      category: entry.categories.map((c) => ({ term: c, name: c })),
    });
  }
  return feed.atom1();
}
