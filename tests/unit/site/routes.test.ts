import { describe, expect, it } from 'vitest';
import { publicUrl, createRoutes, filePath, normalizeBase, pagePath } from '../../../src/site/routes.ts';

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['gongbao', '/gongbao/'],
    ['/gongbao', '/gongbao/'],
    ['gongbao/', '/gongbao/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (base, expected) => expect(normalizeBase(base)).toBe(expected));
});

describe('pagePath and filePath', () => {
  it('prefixes the base and ends pages with a slash', () => {
    expect(pagePath('/', 'issues', '2024-03')).toBe('/issues/2024-03/');
    expect(pagePath('/gongbao/', 'issues', '2024-03')).toBe('/gongbao/issues/2024-03/');
    expect(pagePath('/gongbao/')).toBe('/gongbao/');
  });

  it('keeps file names without a trailing slash', () => {
    expect(filePath('/gongbao/', 'notices', 'liuzhengfa-2024-3.json')).toBe('/gongbao/notices/liuzhengfa-2024-3.json');
    expect(filePath('/', 'atom.xml')).toBe('/atom.xml');
  });

  it('encodes each segment, so a slash or space in data cannot change the path', () => {
    expect(pagePath('/', 'notices', 'a b/c')).toBe('/notices/a%20b%2Fc/');
  });
});

describe('createRoutes', () => {
  const routes = createRoutes('/gongbao/');

  it('builds every page URL under the base with a trailing slash', () => {
    for (const url of [routes.home, routes.issues, routes.issue('2024-03'), routes.notice('x'), routes.docNumbers, routes.search]) {
      expect(url.startsWith('/gongbao/')).toBe(true);
      expect(url.endsWith('/')).toBe(true);
    }
  });

  it('points doc numbers at their index page and anchor, and files at their names', () => {
    expect(routes.docNumber('liuzhenggui-2022-4')).toBe('/gongbao/doc-numbers/liuzhenggui-2022/#liuzhenggui-2022-4');
    expect(routes.docNumber('liuzhenggui-2022')).toBe('/gongbao/doc-numbers/liuzhenggui-2022/');
    expect(routes.docNumber('liuzhenggui')).toBe('/gongbao/doc-numbers/#liuzhenggui');
    expect(routes.docNumber('liuzhengfa-1')).toBe('/gongbao/doc-numbers/#liuzhengfa-1');
    // An order series has one page; its numbers carry the order mark, so 第2024号 never reads as a year.
    expect(routes.docNumber('liuzhoushirenminzhengfuling-no2024')).toBe('/gongbao/doc-numbers/liuzhoushirenminzhengfuling-no/#liuzhoushirenminzhengfuling-no2024');
    expect(routes.docNumber('liuzhoushirenminzhengfuling-no')).toBe('/gongbao/doc-numbers/liuzhoushirenminzhengfuling-no/');
    expect(routes.noticeAnchor('liuzhengfa-2024-4', 'fujian-1')).toBe('/gongbao/notices/liuzhengfa-2024-4/#fujian-1');
    expect(routes.noticeSource('liuzhengfa-2024-3')).toBe('/gongbao/notices/liuzhengfa-2024-3/source.txt');
    expect(routes.noticeJson('liuzhengfa-2024-3')).toBe('/gongbao/notices/liuzhengfa-2024-3.json');
    expect(routes.noticeCitedBy('liuzhengfa-2022-21')).toBe('/gongbao/notices/liuzhengfa-2022-21/cited-by/');
    expect(routes.noticeCitedBy('liuzhengfa-2022-21', 2)).toBe('/gongbao/notices/liuzhengfa-2022-21/cited-by/2/');
    expect(routes.issueNoticesJson('2024-03')).toBe('/gongbao/issues/2024-03/notices.json');
    expect(routes.feed).toBe('/gongbao/atom.xml');
    expect(routes.sums).toBe('/gongbao/SHA256SUMS');
  });

  it('encodes CJK anchors', () => {
    expect(routes.noticeAnchor('x', '一总则')).toBe('/gongbao/notices/x/#%E4%B8%80%E6%80%BB%E5%88%99');
  });
});

describe('publicUrl', () => {
  it('keeps the base of a base-prefixed path', () => {
    expect(publicUrl('https://example.org', '/gongbao/notices/x/')).toBe('https://example.org/gongbao/notices/x/');
    expect(publicUrl(new URL('https://example.org/'), '/atom.xml')).toBe('https://example.org/atom.xml');
  });

  it('names no host when the site’s origin is not known', () => {
    expect(publicUrl(undefined, '/gongbao/notices/x/')).toBe('/gongbao/notices/x/');
  });
});
