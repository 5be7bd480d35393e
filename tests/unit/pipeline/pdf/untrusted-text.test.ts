import { describe, expect, it } from 'vitest';
import { firstUntrusted, showUntrusted, untrustedKind } from '../../../../src/pipeline/pdf/untrusted-text.ts';
import { codePoint } from '../../../../src/pipeline/text-shape.ts';

describe('untrustedKind', () => {
  it.each([
    ['\ufffd', 'the replacement character'],
    ['\u0000', 'a glyph missing from its font'],
    ['\u0007', 'a control character'],
    ['\u001f', 'a control character'],
    ['\u0085', 'a control character'],
    ['\ue000', 'a private-use character'],
    ['\uf8ff', 'a private-use character'],
    ['\u{f0000}', 'a private-use character'],
    ['\u{10fffd}', 'a private-use character'],
  ])('names %j as untrusted', (char, kind) => {
    expect(untrustedKind(char)).toBe(kind);
  });

  it('trusts ideographs, radicals, CJK punctuation, full-width forms and compatibility ideographs', () => {
    for (const char of ['柳', '⼈', '⺠', '〔', '　', '，', '（', '①', '℃', '\uf900', '\u{20000}', '—']) expect(untrustedKind(char)).toBeUndefined();
  });
});

describe('firstUntrusted and showUntrusted', () => {
  it('find the first untrusted character and write each as its code point', () => {
    expect(firstUntrusted('柳州\ue012市\ufffd')).toEqual({ char: '\ue012', kind: 'a private-use character' });
    expect(firstUntrusted('柳州市')).toBeUndefined();
    expect(showUntrusted('柳州\ue012市\u0000')).toBe('柳州{U+E012}市{U+0000}');
    expect(codePoint('\u{f0001}')).toBe('U+F0001');
  });
});
