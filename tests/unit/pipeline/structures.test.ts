// Tables, extraction markup, attachments, citations and relations.
import { describe, expect, it } from 'vitest';
import { blocksOf, firstNotice, oneNotice, parse, shape } from './fixture.ts';

const H = '——柳州市人民政府——';

describe('tables', () => {
  it('is one table across a page break, a running header and a repeated header row', () => {
    const text = oneNotice(['序号\t标题\t内容', '1\t甲\t一', '2\t乙\t二', '', H, '', '序号\t标题\t内容', '3\t丙\t三']);
    expect(shape(blocksOf(text))).toEqual(['table [序号,标题,内容] 1,甲,一 / 2,乙,二 / 3,丙,三']);
    expect(parse(text).fidelity.drops.filter((d) => d.reason === 'repeated-table-header')).toHaveLength(1);
  });

  it('keeps a continuation row that starts with empty cells with its item', () => {
    const [table] = blocksOf(oneNotice(['序号\t项目\t地区', '13\t酸笋\t柳江区', '\t\t柳城县', '', '—柳州市人民政府—', '', '14\t绿茶\t柳城县']));
    expect(table).toMatchObject({
      kind: 'table',
      rows: [
        { cells: ['13', '酸笋', '柳江区'], continuation: false },
        { cells: ['', '', '柳城县'], continuation: true },
        { cells: ['14', '绿茶', '柳城县'], continuation: false },
      ],
    });
  });

  it('takes a short title line right above the table as its caption', () => {
    expect(shape(blocksOf(oneNotice(['现予以公布。', '', '第九批项目名录', '', '序号\t名称', '1\t甲'])))).toEqual(['p 现予以公布。', 'table 第九批项目名录[序号,名称] 1,甲']);
  });
});

describe('extraction markup', () => {
  it('reads **…** around a title block and - before notes as markup, not text', () => {
    const text = oneNotice(['附件：甲名单', '', '附件', '', '**甲', '名单', '(排名不分先后)**', '', '附注', '', '- 1.链长制：是指招商。', '- 2.桂惠贷：是指贷款。']);
    const n = firstNotice(text);
    expect(n.attachments[0]!.title).toBe('甲名单');
    expect(shape(n.attachments[0]!.blocks)).toEqual(['p (排名不分先后)', 'p 附注', 'notes 1.链长制：是指招商。 | 2.桂惠贷：是指贷款。']);
    expect(parse(text).fidelity.dropped.markup).toBe(8);
    expect(parse(text).fidelity.unaccounted).toBe(0);
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

describe('citations and relations', () => {
  it('collects cited doc numbers with their positions', () => {
    const n = firstNotice(oneNotice(['为贯彻落实《通知》（国发〔2022〕22号）和《通知》（桂政发〔2023〕9号）精神。']));
    expect(n.cites.map((c) => [c.docNumber.text, c.column])).toEqual([
      ['国发〔2022〕22号', 10],
      ['桂政发〔2023〕9号', 28],
    ]);
  });

  it('reads an abolition of a whole document', () => {
    const n = firstNotice(oneNotice(['自本通知下发之日起，废止2022年1月21日印发的《办法》（柳政规〔2022〕4号）。'], '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知'));
    expect(n.relations.map((r) => ({ ...r, target: r.target.text }))).toEqual([
      { kind: 'abolishes', target: '柳政规〔2022〕4号', scope: 'whole', sentence: '柳州市人民政府关于废止柳政规〔2022〕4号文件的通知', line: n.sourceLines[0] },
    ]);
  });

  it('reads an abolition of part of a document', () => {
    const n = firstNotice(oneNotice(['现决定废止《措施》（柳政发〔2022〕21号）关于“三、稳建筑业方面”的规定。']));
    expect(n.relations).toMatchObject([{ target: { text: '柳政发〔2022〕21号' }, scope: 'part' }]);
  });

  it('does not read a citation outside an abolition as one', () => {
    expect(firstNotice(oneNotice(['根据《办法》（柳办发〔2011〕6号），决定如下。'])).relations).toMatchObject([{ kind: 'implements', verb: '根据' }]);
    expect(firstNotice(oneNotice(['详见《办法》（柳办发〔2011〕6号）。'])).relations).toEqual([]);
  });
});
