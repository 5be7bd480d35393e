// Units to draft blocks: paragraphs and headings joined across page breaks and hard wraps with nothing inserted, lists that keep their lines, tables, and the articles of a regulation.
import { describe, expect, it } from 'vitest';
import { blocksOf, oneNotice, ORDER, orderIssue, parse, shape } from './fixture.ts';


const H = '——柳州市人民政府——';

describe('joining broken blocks', () => {
  it('joins a paragraph broken by a page break with a running header between the halves', () => {
    const text = oneNotice(['3.坚持打好“创新牌”。积极推进科技成果转化。（市教育局、市发展改', '', H, '', '革委、市科技局按职责分别牵头，12月底前完成当年任务）', '', '4.加快升级“老字号”。强力推动传统产业换新，加快推进以汽车、钢铁、机械为主的传统产业高端化、智能化、绿色化发展。']);
    expect(shape(blocksOf(text))).toEqual(['p 3.坚持打好“创新牌”。积极推进科技成果转化。（市教育局、市发展改革委、市科技局按职责分别牵头，12月底前完成当年任务）', 'p 4.加快升级“老字号”。强力推动传统产业换新，加快推进以汽车、钢铁、机械为主的传统产业高端化、智能化、绿色化发展。']);
  });

  it('joins a paragraph broken by a page break without a running header', () => {
    const text = oneNotice(['2.做好强产业的文章，大力实施传统产业焕新、新兴产业壮大三年行动，发展新质生产力，毫不动摇筑牢制造业根基，努力打造', '', '国家级产业集群，争做广西工业高质量发展排头兵。']);
    expect(shape(blocksOf(text))).toEqual(['p 2.做好强产业的文章，大力实施传统产业焕新、新兴产业壮大三年行动，发展新质生产力，毫不动摇筑牢制造业根基，努力打造国家级产业集群，争做广西工业高质量发展排头兵。']);
  });

  it('joins a heading broken by a page break', () => {
    const item = '落实防止返贫动态监测和帮扶机制，健全防止返贫致贫工作体系。（市乡村振兴局牵头，12月底前完成当年任务）';
    const text = oneNotice(['一、工作安排', '', '（一）坚定不移推进新型工业化', '', `1.${item}`, '', '（五）坚定不移推进乡村振兴，扎实推', '', '进农业农村现代化建设', '', `15.${item}`]);
    expect(shape(blocksOf(text))).toEqual(['h2 一、工作安排', 'h3 （一）坚定不移推进新型工业化', `p 1.${item}`, 'h3 （五）坚定不移推进乡村振兴，扎实推进农业农村现代化建设', `p 15.${item}`]);
  });

  it('joins a heading whose bracket the page break left open', () => {
    const text = oneNotice(['一、地方性法规审议类立法项目（名称', '', H, '', '暂定，3件）', '', '项目由市公安局起草。']);
    expect(shape(blocksOf(text))).toEqual(['h2 一、地方性法规审议类立法项目（名称暂定，3件）', 'p 项目由市公安局起草。']);
  });

  it('does not join a complete short heading to the paragraph after it', () => {
    const text = oneNotice(['一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导', '', '（二）强化组织领导，密切协同配合', '', '各级各部门要增强责任感和紧迫感，主要负责同志要亲自抓。']);
    expect(shape(blocksOf(text))).toEqual(['h2 一、指导思想', 'p 以习近平新时代中国特色社会主义思想为指导', 'h3 （二）强化组织领导，密切协同配合', 'p 各级各部门要增强责任感和紧迫感，主要负责同志要亲自抓。']);
  });

  it('joins a run-in item broken after its heading words when its siblings are run-in paragraphs', () => {
    const text = oneNotice(['（一）坚定不移壮大实体经济。实施工业振兴。', '', '（二）千方百计扩大有效投资。突出招商。', '', '（三）持之以恒保障改善民生，提升高', '', '质量发展的幸福成色。始终践行以人民为中心的发展思想。']);
    expect(shape(blocksOf(text))).toEqual(['p （一）坚定不移壮大实体经济。实施工业振兴。', 'p （二）千方百计扩大有效投资。突出招商。', 'p （三）持之以恒保障改善民生，提升高质量发展的幸福成色。始终践行以人民为中心的发展思想。']);
  });

  it('keeps a short item a paragraph when its siblings are run-in paragraphs', () => {
    const text = oneNotice(['一、修订后的全市各有关部门权责清单，在市人民政府门户网站公布。各有关部门要严格履职。', '', '二、各有关部门权责清单实行动态管理。根据法律法规的颁布及时调整。', '', '三、各部门旧版权责清单同时废止。']);
    expect(shape(blocksOf(text)).map((s) => s.slice(0, 2))).toEqual(['p ', 'p ', 'p ']);
  });

  it('joins a responsibility parenthetical to the sentence it belongs to', () => {
    const text = oneNotice(['12.不断巩固脱贫成果。拓宽农民增收致富渠道。', '', '（市乡村振兴局、市农业农村局按职责分别牵头，12月底前完成当年任务）大力发展乡村特色产业。', '', '13.加快发展现代农业。落实粮食安全和耕地保护党政同责，全面推行田长制。']);
    expect(shape(blocksOf(text))).toEqual(['p 12.不断巩固脱贫成果。拓宽农民增收致富渠道。（市乡村振兴局、市农业农村局按职责分别牵头，12月底前完成当年任务）大力发展乡村特色产业。', 'p 13.加快发展现代农业。落实粮食安全和耕地保护党政同责，全面推行田长制。']);
  });

  it('joins lines hard-wrapped inside one paragraph', () => {
    const text = oneNotice(['(四)列入调研类的立法项目，负责调', '研的单位应按照《柳州市政府规章制定程序', '办法》第九条第三款的规定完成起草。']);
    expect(shape(blocksOf(text))).toEqual(['p (四)列入调研类的立法项目，负责调研的单位应按照《柳州市政府规章制定程序办法》第九条第三款的规定完成起草。']);
  });

  it('keeps a wide line and the short line under it apart', () => {
    const text = oneNotice(['——2023年1月4日在柳州市第十五届人民代表大会第四次会议上', '市长 张壮']);
    expect(shape(blocksOf(text))).toEqual(['p ——2023年1月4日在柳州市第十五届人民代表大会第四次会议上', 'p 市长 张壮']);
  });
});

describe('lists whose lines are separate items', () => {
  it('keeps a roster of experts one item per line', () => {
    const text = oneNotice(['高级经营管理人才：', '', '唐 竟 东风柳州汽车有限公司', '李 斌 广西柳州钢铁集团有限公司', '何逸波 上汽通用五菱汽车股份有限公司']);
    expect(shape(blocksOf(text))).toEqual(['p 高级经营管理人才：', 'roster 唐 竟 东风柳州汽车有限公司 | 李 斌 广西柳州钢铁集团有限公司 | 何逸波 上汽通用五菱汽车股份有限公司']);
  });

  it('keeps a leadership group one member per line across blank lines and a page break', () => {
    const text = oneNotice(['组 长：何 国 市委常委、常务副市长', '', '副组长：韦以辉 市人民政府副秘书长', '', '方 华 市统计局局长', '', H, '', '成 员：张占良 市委政法委四级调研员']);
    expect(shape(blocksOf(text))).toEqual(['roster 组 长：何 国 市委常委、常务副市长 | 副组长：韦以辉 市人民政府副秘书长 | 方 华 市统计局局长 | 成 员：张占良 市委政法委四级调研员']);
  });

  it('reads numbered paragraphs under 附注 as its items, unmarked as a PDF gives them, until a paragraph that is not one', () => {
    const text = oneNotice(['附注', '', '1.链长制：是指招商。', '', '2.桂惠贷：是指贷款。', '', '本报告完。']);
    expect(shape(blocksOf(text))).toEqual(['p 附注', 'notes 1.链长制：是指招商。 | 2.桂惠贷：是指贷款。', 'p 本报告完。']);
  });

  it('leaves numbered paragraphs paragraphs where no notes label stands before them', () => {
    const text = oneNotice(['工作要求', '', '1.强化招商。推行链长制。', '', '2.扩大贷款。用好桂惠贷。']);
    expect(shape(blocksOf(text))).toEqual(['p 工作要求', 'p 1.强化招商。推行链长制。', 'p 2.扩大贷款。用好桂惠贷。']);
  });
});

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

describe('articles', () => {
  it('opens no article at a numeral that reads as no number: 第零条 stays the text of a paragraph', () => {
    const body = [...ORDER, '', '第零条  本条不是条文。'];
    const blocks = shape(orderIssue(body).issue.notices[0]!.blocks);
    expect(blocks.slice(-2)).toEqual(['h5 第十二条 #tiao-12 本办法自2024年5月1日起施行。', 'p 第零条  本条不是条文。']);
  });
});
