// UI strings: placeholders filled or refused, templates split for markup, and no string of zh-CN.json unused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/postbuild/list-files.ts';
import strings from '../../../src/i18n/zh-CN.json';
import { t, templateParts } from '../../../src/i18n/t.ts';

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('toc.pageValue', { page: 3 })).toBe('第3页');
  });

  it('throws on a missing placeholder rather than showing {page}', () => {
    expect(() => t('toc.pageValue')).toThrow(/page/);
  });

  it('splits templates at placeholders for callers that render markup there', () => {
    expect(templateParts('relation.abolished-by.part')).toEqual([{ text: '被' }, { name: 'docNumber' }, { text: '部分废止' }]);
  });
});

describe('zh-CN.json', () => {
  // Keys used only through a computed name (relation.${kind}.${scope}, search.sort.${sort}) are listed by their prefix.
  const dynamicPrefixes = ['relation.', 'search.scope.', 'search.sort.'];
  const sources = (dir: string): string[] =>
    listFiles(dir)
      .filter((name) => /\.(astro|ts)$/.test(name))
      .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  const code = sources(path.join(import.meta.dirname, '../../../src')).join('\n');

  it('has no unused strings', () => {
    const unused = Object.keys(strings).filter((key) => !dynamicPrefixes.some((p) => key.startsWith(p)) && !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
