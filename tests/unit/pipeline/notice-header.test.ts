// Notice headers: title, date and doc number on one line or two, titles only in the TOC, wrap spaces.
import { describe, expect, it } from 'vitest';
import { firstNotice, issueText, parse, tocLine } from './fixture.ts';

describe('notice header', () => {
  it('reads the date and doc number on one line', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3)], ['柳州市人民政府关于甲的通知', '', '2024年2月8日 柳政发〔2024〕3号', '', '正文。']));
    expect([n.date, n.dateText, n.docNumber?.text, n.docNumberText]).toEqual(['2024-02-08', '2024年2月8日', '柳政发〔2024〕3号', '柳政发〔2024〕3号']);
  });

  it('reads the date and doc number on two lines', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于甲的决定', '柳政发〔2023〕7号', 3)], ['柳州市人民政府关于甲的决定', '', '2023年2月5日', '', '柳政发〔2023〕7号', '', '正文。']));
    expect([n.date, n.docNumber?.text, n.type]).toEqual(['2023-02-05', '柳政发〔2023〕7号', '决定']);
  });

  it('takes a title printed only in the TOC from the TOC and records that it did', () => {
    const text = issueText(
      [tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3), tocLine('柳州市人民政府关于印发《乙方 案》的通知', '柳政发〔2024〕4号', 5)],
      ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文最后一段没有句号', '', '2024年2月18日', '', '柳政发〔2024〕4号', '', '现将《乙方案》印发给你们。'],
    );
    const [first, second] = parse(text).issue.notices;
    expect(first!.blocks.at(-1)).toMatchObject({ text: '正文最后一段没有句号' });
    expect([second!.title, second!.titleSource]).toEqual(['柳州市人民政府关于印发《乙方案》的通知', 'toc']);
  });

  it('drops a wrap space the TOC prints joined, and keeps the body title over the TOC’s parentheses', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于公布清单(2022年版)的通知', '柳政发〔2024〕3号', 3)], ['柳州市人民政府关于公布 清单（2022年版）的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文。']));
    expect(n.title).toBe('柳州市人民政府关于公布清单（2022年版）的通知');
  });

  it('keeps a space the TOC prints too', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于 X Y 的通知', '柳政发〔2024〕3号', 3)], ['柳州市人民政府关于 X Y 的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文。']));
    expect(n.title).toBe('柳州市人民政府关于 X Y 的通知');
  });

  it('reads the addressee line', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3)], ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '各县、区人民政府，各有关单位：', '', '正文。']));
    expect(n.addressee).toBe('各县、区人民政府，各有关单位：');
    expect(n.blocks).toHaveLength(1);
  });
});
