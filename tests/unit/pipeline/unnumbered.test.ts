// Items printed without a doc number (政策解读, 公告 …): found by their table of contents title, in printed order.
import { describe, expect, it } from 'vitest';
import { issueText, parse, shape, tocLine } from './fixture.ts';

const NOTICE = '柳州市人民政府关于甲的通知';
const ITEM = '《柳州市某某办法》政策解读';

function twoItems(body: string[], itemEntry = `${ITEM}\t(9)`) {
  return issueText([tocLine(NOTICE, '柳政发〔2024〕3号', 3), itemEntry], [NOTICE, '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '', ...body]);
}

describe('an item without a doc number', () => {
  it('is found by its title after the items listed before it, and dated by the date line of its text', () => {
    const { issue, fidelity } = parse(twoItems([ITEM, '', '一、制定背景', '', '为规范某某，制定本办法。', '', '柳州市某某局', '', '2024年3月1日']));
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
    const { issue } = parse(twoItems(['《柳州市某某办法》', '政策解读', '', '解读正文。']));
    expect(issue.notices[1]).toMatchObject({ title: ITEM, date: '2024-03-15' });
    expect(issue.notices[1]!.dateText).toBeUndefined();
  });

  it('stops the build when the text prints a doc number the table of contents does not give, naming the line', () => {
    const text = twoItems([ITEM, '2024年3月1日 柳政办发〔2024〕2号', '', '正文。']);
    expect(() => parse(text)).toThrow(/seeds\/test\.txt:\d+: the table of contents lists "《柳州市某某办法》政策解读" \(line \d+\) without a doc number, but the text prints 柳政办发〔2024〕2号 under it/);
  });

  it('stops the build when the text has no item with the title, naming the table of contents line', () => {
    expect(() => parse(twoItems(['另一个标题', '', '正文。']))).toThrow(/seeds\/test\.txt:\d+: the table of contents lists "《柳州市某某办法》政策解读" \(page 9\) without a doc number, and the text has no item with that title/);
  });
});
