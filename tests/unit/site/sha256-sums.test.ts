// SHA256SUMS as sha256sum writes it: sorted by path, leaving itself out, refusing names it would escape.
import { describe, expect, it } from 'vitest';
import { sha256SumsText } from '../../../src/site/sha256-sums.ts';

const hex = (c: string) => c.repeat(64);

describe('sha256SumsText', () => {
  it('writes sha256sum lines sorted by path and leaves itself out', () => {
    const text = sha256SumsText([
      { path: 'notices/b/index.html', sha256: hex('b') },
      { path: 'SHA256SUMS', sha256: hex('0') },
      { path: '404.html', sha256: hex('a') },
      { path: 'notices/a.json', sha256: hex('c') },
    ]);
    expect(text).toBe(`${hex('a')}  404.html\n${hex('c')}  notices/a.json\n${hex('b')}  notices/b/index.html\n`);
  });

  it('refuses names sha256sum would have to escape', () => {
    expect(() => sha256SumsText([{ path: 'a\nb', sha256: hex('a') }])).toThrow();
  });
});
