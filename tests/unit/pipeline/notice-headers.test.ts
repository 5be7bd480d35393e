// Where each notice starts: its header on one line or two, an order's name and number, an item's title alone.
import { describe, expect, it } from 'vitest';
import { firstNotice, issueText, ITEM, ORDER, ORDER_TITLE, orderIssue, parse, shape, tocLine, withItem } from './fixture.ts';

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
});

describe('an order', () => {
  it('is headed by its name and number, dated by the line below its signer, titled from the table of contents', () => {
    const { issue, fidelity } = orderIssue();
    const n = issue.notices[0]!;
    expect([n.docNumber?.text, n.docNumber?.year, n.slug, n.docNumberText]).toEqual(['柳州市人民政府令第20号', undefined, 'liuzhoushirenminzhengfuling-no20', '柳州市人民政府令第20号']);
    expect([n.form, n.title, n.titleSource, n.date, n.dateText, n.type, n.authority]).toEqual(['order', ORDER_TITLE, 'toc', '2024-03-20', '2024年3月20日', '令', '柳州市人民政府']);
    expect([n.signer, n.passedAt]).toEqual(['市长  张某某', '2024年3月1日市人民政府第30次常务会议']);
    expect(n.effects.find((e) => e.kind === 'in-force-from')?.date).toBe('2024-05-01');
    const heading = n.blocks.find((b) => b.kind === 'heading' && b.style === 'title');
    expect(n.publishes).toMatchObject([{ title: ORDER_TITLE, target: heading?.kind === 'heading' ? heading.id : 'none' }]);
    expect(n.sourceLines[0]).toBe(issue.toc.length + 12);
    expect(fidelity.unaccounted).toBe(0);
  });

  it('reads an order number printed on one line', () => {
    const body = ['柳州市人民政府令 第20号', '', ...ORDER.slice(4)];
    const n = orderIssue(body).issue.notices[0]!;
    expect([n.docNumber?.text, n.docNumberText, n.date]).toEqual(['柳州市人民政府令第20号', '柳州市人民政府令 第20号', '2024-03-20']);
  });

  it('refuses an order without a date below its signer, naming the line', () => {
    const body = ORDER.filter((l) => l !== '2024年3月20日');
    expect(() => orderIssue(body)).toThrow(/seeds\/test\.txt:\d+: the order 柳州市人民政府令第20号 has no date after its promulgation sentence and signer/);
  });

  it('refuses an order the table of contents does not list, since only the table of contents titles it', () => {
    expect(() => orderIssue(ORDER, [tocLine('柳州市人民政府关于甲的通知', '', 3)])).toThrow(/the order 柳州市人民政府令第20号 has no entry in the table of contents/);
  });
});

describe('an item without a doc number', () => {
  it('is found by its title after the items listed before it, and dated by the date line of its text', () => {
    const { issue, fidelity } = parse(withItem([ITEM, '', '一、制定背景', '', '为规范某某，制定本办法。', '', '柳州市某某局', '', '2024年3月1日']));
    const [notice, item] = issue.notices;
    expect(shape(notice!.blocks)).toEqual(['p 正文。']);
    expect([item!.slug, item!.docNumber, item!.form, item!.title, item!.titleSource, item!.type, item!.date, item!.dateText, item!.startPage]).toEqual([
      '2024-03-item-2', undefined, 'unnumbered', ITEM, 'body', '政策解读', '2024-03-01', '2024年3月1日', 9,
    ]);
    expect(shape(item!.blocks)).toEqual(['h2 一、制定背景', 'p 为规范某某，制定本办法。', 'p 柳州市某某局', 'p 2024年3月1日']);
    expect(fidelity.notices.map((n) => n.docNumber)).toEqual(['柳政发〔2024〕3号', ITEM]);
    expect(fidelity.unaccounted).toBe(0);
  });

  it('takes the issue\'s date when its text prints none, and a title wrapped over two lines', () => {
    const { issue } = parse(withItem(['《柳州市某某办法》', '政策解读', '', '解读正文。']));
    expect(issue.notices[1]).toMatchObject({ title: ITEM, date: '2024-03-15' });
    expect(issue.notices[1]!.dateText).toBeUndefined();
  });

  it('stops the build when the text prints a doc number the table of contents does not give, naming the line', () => {
    const text = withItem([ITEM, '2024年3月1日 柳政办发〔2024〕2号', '', '正文。']);
    expect(() => parse(text)).toThrow(/seeds\/test\.txt:\d+: the table of contents lists "《柳州市某某办法》政策解读" \(line \d+\) without a doc number, but the text prints 柳政办发〔2024〕2号 under it/);
  });
});
