import { describe, expect, it } from 'vitest';
import { dropSpan, splitLines } from '../../../src/pipeline/lines.ts';

describe('splitLines', () => {
  it('takes invisible characters out of the text and records each at its raw column', () => {
    const { lines, drops } = splitLines('柳州\u200b市人民\u2060政府\n\ufeff　主 管：柳州市人民政府　');
    expect(lines.map((l) => l.text)).toEqual(['柳州市人民政府', '主 管：柳州市人民政府']);
    expect(drops).toEqual([
      { line: 1, column: 2, text: '\u200b', reason: 'invisible' },
      { line: 1, column: 6, text: '\u2060', reason: 'invisible' },
      { line: 2, column: 0, text: '\ufeff', reason: 'invisible' },
      { line: 2, column: 1, text: '　', reason: 'whitespace' },
      { line: 2, column: 13, text: '　', reason: 'whitespace' },
    ]);
  });

  it('keeps variation selectors, which choose a glyph, and takes direction marks and soft hyphens out', () => {
    const { lines, drops } = splitLines('葛\u{e0100}\ufe00\u200e\u00ad');
    expect(lines[0]!.text).toBe('葛\u{e0100}\ufe00');
    expect(drops.map((d) => d.text)).toEqual(['\u200e', '\u00ad']);
  });
});

describe('dropSpan', () => {
  it('cuts a span where invisible characters stood, so each piece is whole in the raw line', () => {
    const [line] = splitLines('　柳州市\u200b\u200b人民政府公报').lines;
    expect(dropSpan(line!, { column: 0, text: line!.text }, 'running-header')).toEqual([
      { line: 1, column: 1, text: '柳州市', reason: 'running-header' },
      { line: 1, column: 6, text: '人民政府公报', reason: 'running-header' },
    ]);
    expect(dropSpan(line!, { column: 4, text: '民政' }, 'markup')).toEqual([{ line: 1, column: 7, text: '民政', reason: 'markup' }]);
  });
});
