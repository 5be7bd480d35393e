// Two clean builds of the same content are byte-identical, and a build without GONGBAO_SITE names no host.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../../src/postbuild/list-files';
import { test, expect } from '../fixtures';
import { TEST_CONTENT_DIR } from '../site-content';
import { build, scratchFolder } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();

test('two builds give byte-identical output', ({ siteBase }) => {
  const [a, b] = ['a', 'b'].map((name) => path.join(scratch.path, name)) as [string, string];
  build(a, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR });
  build(b, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR });
  expect(listFiles(b)).toEqual(listFiles(a));
  const differing = listFiles(a).filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  expect(differing).toEqual([]);
  expect(listFiles(a)).toContain('SHA256SUMS');
});

test('without GONGBAO_SITE no file names a host: links are paths, and the feed and the sitemap are not built', ({ siteBase }) => {
  const dir = path.join(scratch.path, 'no-site');
  build(dir, { GONGBAO_BASE: siteBase, GONGBAO_CONTENT: TEST_CONTENT_DIR, GONGBAO_SITE: '' });
  const names = listFiles(dir);
  expect(names.filter((name) => /atom\.xml|sitemap/.test(name))).toEqual([]);
  const naming = names.filter((name) => /\.(html|json|xml|txt)$/.test(name) && readFileSync(path.join(dir, name), 'utf8').includes('example.org'));
  expect(naming).toEqual([]);
  const notice = readFileSync(path.join(dir, 'notices/liuzhengfa-2024-3/index.html'), 'utf8');
  expect(notice).toContain(`<link rel="canonical" href="${siteBase}notices/liuzhengfa-2024-3/">`);
  expect(notice).not.toContain('atom.xml');
  const record = JSON.parse(readFileSync(path.join(dir, 'notices/liuzhengfa-2024-3.json'), 'utf8')) as { url: string };
  expect(record.url).toBe(`${siteBase}notices/liuzhengfa-2024-3/`);
});
