// The Atom document: self link, absolute entry links, text that decodes to exactly the notice's words.
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { atomXml } from '../../../src/site/atom.ts';
import { feedEntries } from '../../../src/site/notice-feed.ts';
import { feedNotice as notice } from './feed-notice.ts';


describe('atomXml', () => {
  const feed = {
    homeUrl: 'https://example.org/gongbao/',
    selfUrl: 'https://example.org/gongbao/atom.xml',
    title: 'T & <T>',
    subtitle: 's',
    author: '柳州市人民政府公报',
    updated: '2024-03-15T00:00:00+08:00',
    entries: feedEntries([notice('a', '2024-02-08', '2024-03-15')]),
  };
  const xml = atomXml(feed);

  it('is an Atom document with a self link and absolute entry links', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain('<link rel="self" href="https://example.org/gongbao/atom.xml"/>');
    expect(xml).toContain('<id>https://example.org/gongbao/notices/a/</id>');
    expect(xml).toContain('<updated>2024-03-14T16:00:00.000Z</updated>');
  });

  it('gives entry titles and summaries as text: their html content decodes to exactly the notice’s words', () => {
    const [entry] = feedEntries([{ ...notice('a', '2024-02-08', '2024-03-15'), title: '关于<b>加粗</b>与&amp;的通知' }]);
    const one = atomXml({ ...feed, entries: [entry!] });
    const html = /<entry>[\s\S]*?<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/.exec(one)?.[1];
    expect(html).toBeDefined();
    expect(html).not.toContain('<b>');
    expect(decodeHTML(html!)).toBe(entry!.title);
  });

  it('escapes markup in text', () => {
    expect(xml).toContain('<title>T &amp; &lt;T&gt;</title>');
    expect(xml).not.toContain('<T>');
  });
});
