// The grammar of doc numbers: every bracket variant to one canonical form, orders without a year, joint numbers, order.
import { describe, expect, it } from 'vitest';
import { compareDocNumbers, formatDocNumber, parseDocNumber, parseDocNumberList } from '../../../../src/pipeline/doc-number/grammar.ts';

describe('parseDocNumber', () => {
  it.each(['柳政发〔2024〕3号', '柳政发[2024]3号', '柳政发（2024）3号', '柳政发(2024)第3号', '柳政发【2024】03号', '柳政发 〔2024〕 3 号'])('reads %s as 柳政发〔2024〕3号', (text) => {
    expect(parseDocNumber(text)).toEqual({ text: '柳政发〔2024〕3号', prefix: '柳政发', year: 2024, number: 3 });
  });

  it('refuses text that is not one doc number', () => {
    expect(parseDocNumber('柳政发〔2024〕')).toBeUndefined();
    expect(parseDocNumber('见柳政发〔2024〕3号文')).toBeUndefined();
  });

  it.each(['柳州市人民政府令第20号', '柳州市人民政府令 第 20 号', '柳州市人民政府令第020号'])('reads the order number %s without a year', (text) => {
    expect(parseDocNumber(text)).toEqual({ text: '柳州市人民政府令第20号', prefix: '柳州市人民政府令', number: 20 });
  });
});

describe('parseDocNumberList', () => {
  it('reads the numbers of a jointly issued document, one after another, and nothing else as a list', () => {
    expect(parseDocNumberList('柳财规〔2024〕2号  柳教规〔2024〕1号')?.map((d) => d.text)).toEqual(['柳财规〔2024〕2号', '柳教规〔2024〕1号']);
    expect(parseDocNumberList('柳财规〔2024〕2号、柳教规〔2024〕1号')?.map((d) => d.text)).toEqual(['柳财规〔2024〕2号', '柳教规〔2024〕1号']);
    expect(parseDocNumberList('柳政发 〔2024〕 3 号')?.map((d) => d.text)).toEqual(['柳政发〔2024〕3号']);
    expect(parseDocNumberList('柳财规〔2024〕2号 和柳教规')).toBeUndefined();
  });
});

describe('compareDocNumbers', () => {
  it('orders numbers numerically, not as text (2 before 10)', () => {
    const sorted = [{ prefix: '柳政发', year: 2023, number: 10 }, { prefix: '柳政发', year: 2023, number: 2 }, { prefix: '柳政发', year: 2022, number: 21 }].sort(compareDocNumbers);
    expect(sorted.map(formatDocNumber)).toEqual(['柳政发〔2022〕21号', '柳政发〔2023〕2号', '柳政发〔2023〕10号']);
  });
});
