// Draft blocks to the model's blocks: heading levels and anchors, attachment sections and the references to them.
import { describe, expect, it } from 'vitest';
import { firstNotice, oneNotice, ORDER_TITLE, orderIssue, shape } from './fixture.ts';

describe('a regulation', () => {
  it('keeps the regulation\'s 章 and 节 as headings and each 条 with its own anchor; its 项 stay paragraphs', () => {
    const n = orderIssue().issue.notices[0]!;
    expect(shape(n.blocks)).toEqual([
      'p 《柳州市城市道路桥梁管理办法》已经2024年3月1日市人民政府第30次常务会议审议通过，现予公布，自2024年5月1日起施行。',
      'roster 市长  张某某',
      'p 2024年3月20日',
      `h2 ${ORDER_TITLE}`,
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
});

describe('attachments', () => {
  it('links the reference line to the attachment section when the attachment is in the text', () => {
    const n = firstNotice(oneNotice(['现印发给你们。', '', '附件：2023年市政府为民办实事工作任务分工方案', '', '附件', '', '2023年市政务为民办实事工作任务分工方案', '', '序号\t标题', '1\t甲']));
    expect(shape(n.blocks)).toEqual([`p 现印发给你们。`, `ref 附件：2023年市政府为民办实事工作任务分工方案 -> ${n.attachments[0]!.id}`]);
    expect(n.attachments[0]).toMatchObject({ label: '附件', title: '2023年市政务为民办实事工作任务分工方案' });
  });

  it('leaves the reference plain text when the attachment is not in the text', () => {
    const n = firstNotice(oneNotice(['各部门旧版权责清单同时废止。', '', '附件：柳州市人民政府部门权责清单（2022年版）']));
    expect(shape(n.blocks)).toEqual(['p 各部门旧版权责清单同时废止。', 'ref 附件：柳州市人民政府部门权责清单（2022年版）']);
    expect(n.attachments).toEqual([]);
  });

  it('drops the wrap space of an attachment title that the reference prints joined', () => {
    const n = firstNotice(oneNotice(['附件：柳州市领导小组组成人员名单', '', '附件', '', '柳州市领导小组 组成人员名单', '', '正文。']));
    expect(n.attachments[0]!.title).toBe('柳州市领导小组组成人员名单');
  });
});
