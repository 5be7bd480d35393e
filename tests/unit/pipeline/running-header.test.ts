// Running page headers are dropped in all their printed variants, and only they are.
import { describe, expect, it } from 'vitest';
import { blocksOf, oneNotice, parse, shape } from './fixture.ts';

describe('running page headers', () => {
  it.each(['——柳州市人民政府——', '——柳州市人民政府', '—柳州市人民政府—', '柳州市人民政府——'])('drops %s between the halves of a paragraph', (header) => {
    const text = oneNotice(['第一段的前半，', '', header, '', '后半。']);
    expect(shape(blocksOf(text))).toEqual(['p 第一段的前半，后半。']);
    expect(parse(text).fidelity.drops.filter((d) => d.reason === 'running-header').map((d) => d.text)).toEqual([header]);
  });

  it('drops a bare 柳州市人民政府 line between a table’s title and its rows', () => {
    const text = oneNotice(['名录', '', '柳州市人民政府', '', '序号\t名称', '1\t甲']);
    expect(shape(blocksOf(text))).toEqual(['table 名录[序号,名称] 1,甲']);
  });

  it('keeps a bare 柳州市人民政府 line that real text follows, and lines that merely contain the name', () => {
    const text = oneNotice(['柳州市人民政府', '', '——柳州市人民政府办公室通报。', '', '正文。']);
    expect(shape(blocksOf(text))).toEqual(['p 柳州市人民政府', 'p ——柳州市人民政府办公室通报。', 'p 正文。']);
    expect(parse(text).fidelity.drops.filter((d) => d.reason === 'running-header')).toEqual([]);
  });
});
