// An order (政府令) and the regulation it publishes: its number without a year, its date after the signer, 章 节 条.
import { describe, expect, it } from 'vitest';
import { issueText, parse, shape, tocLine } from './fixture.ts';

const TITLE = '柳州市城市道路桥梁管理办法';
const ORDER = [
  '柳州市人民政府令', '', '第20号', '',
  `《${TITLE}》已经2024年3月1日市人民政府第30次常务会议审议通过，现予公布，自2024年5月1日起施行。`, '',
  '市长  张某某', '', '2024年3月20日', '',
  TITLE, '',
  '第一章  总  则', '',
  '第一条  为了加强城市道路桥梁管理，根据有关法律法规，结合本市实际，制定本办法。', '',
  '第二条  本办法适用于本市城市道路桥梁的管理。', '',
  '本办法所称城市道路桥梁包括：', '',
  '（一）城市道路；', '',
  '（二）城市桥梁。', '',
  '第二章  养护', '',
  '第一节  一般规定', '',
  '第三条 养护单位应当定期巡查。', '',
  '第十二条  本办法自2024年5月1日起施行。',
];

function orderIssue(body = ORDER, toc = [tocLine(TITLE, '柳州市人民政府令第20号', 3)]) {
  return parse(issueText(toc, body));
}

describe('an order', () => {
  it('is headed by its name and number, dated by the line below its signer, titled from the table of contents', () => {
    const { issue, fidelity } = orderIssue();
    const n = issue.notices[0]!;
    expect([n.docNumber?.text, n.docNumber?.year, n.slug, n.docNumberText]).toEqual(['柳州市人民政府令第20号', undefined, 'liuzhoushirenminzhengfuling-no20', '柳州市人民政府令第20号']);
    expect([n.form, n.title, n.titleSource, n.date, n.dateText, n.type, n.authority]).toEqual(['order', TITLE, 'toc', '2024-03-20', '2024年3月20日', '令', '柳州市人民政府']);
    expect([n.signer, n.passedAt]).toEqual(['市长  张某某', '2024年3月1日市人民政府第30次常务会议']);
    expect(n.effects.find((e) => e.kind === 'in-force-from')?.date).toBe('2024-05-01');
    const heading = n.blocks.find((b) => b.kind === 'heading' && b.style === 'title');
    expect(n.publishes).toMatchObject([{ title: TITLE, target: heading?.kind === 'heading' ? heading.id : 'none' }]);
    expect(n.sourceLines[0]).toBe(issue.toc.length + 12);
    expect(fidelity.unaccounted).toBe(0);
  });

  it('keeps the regulation\'s 章 and 节 as headings and each 条 with its own anchor; its 项 stay paragraphs', () => {
    const n = orderIssue().issue.notices[0]!;
    expect(shape(n.blocks)).toEqual([
      'p 《柳州市城市道路桥梁管理办法》已经2024年3月1日市人民政府第30次常务会议审议通过，现予公布，自2024年5月1日起施行。',
      'roster 市长  张某某',
      'p 2024年3月20日',
      `h2 ${TITLE}`,
      'h3 第一章  总  则',
      'h4 第一条 #tiao-1 为了加强城市道路桥梁管理，根据有关法律法规，结合本市实际，制定本办法。',
      'h4 第二条 #tiao-2 本办法适用于本市城市道路桥梁的管理。',
      'p 本办法所称城市道路桥梁包括：',
      'p （一）城市道路；',
      'p （二）城市桥梁。',
      'h3 第二章  养护',
      'h4 第一节  一般规定',
      'h5 第三条 #tiao-3 养护单位应当定期巡查。',
      'h5 第十二条 #tiao-12 本办法自2024年5月1日起施行。',
    ]);
  });

  it('opens no article at a numeral that reads as no number: 第零条 stays the text of a paragraph', () => {
    const body = [...ORDER, '', '第零条  本条不是条文。'];
    const blocks = shape(orderIssue(body).issue.notices[0]!.blocks);
    expect(blocks.slice(-2)).toEqual(['h5 第十二条 #tiao-12 本办法自2024年5月1日起施行。', 'p 第零条  本条不是条文。']);
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
