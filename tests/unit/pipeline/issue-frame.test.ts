// Cover, table of contents and colophon: the parts of an issue around its notices.
import { describe, expect, it } from 'vitest';
import { COLOPHON, issueText, oneNotice, parse, tocLine } from './fixture.ts';

describe('cover', () => {
  it('gives the issue identity and date from the text', () => {
    const { issue } = parse(oneNotice(['正文。']));
    expect([issue.gazette, issue.year, issue.number, issue.cumulative, issue.date, issue.id]).toEqual(['柳州市人民政府公报', 2024, 3, 153, '2024-03-15', '2024-03']);
  });
});

describe('colophon', () => {
  it('belongs to the issue, not to the last notice', () => {
    const { issue } = parse(oneNotice(['最后一段。']));
    expect(issue.colophon).toMatchObject({ supervisor: '柳州市人民政府', publisher: '柳州市人民政府办公室', phone: '0772-2825328' });
    expect(issue.colophon.fields.map((f) => f.label)).toEqual(['主 管', '主 办', '联系电话']);
    const last = issue.notices[0]!.blocks.at(-1);
    expect(last).toMatchObject({ kind: 'paragraph', text: '最后一段。' });
    expect(COLOPHON.at(-1)).toContain('0772');
  });
});

describe('table of contents', () => {
  it('reads two 目 录 blocks, with and without dot leaders, keeping the wrap spaces of printed titles', () => {
    const text = [
      '柳州市人民政府公报', '(2024年第3期，总第153期)', '2024年3月15日', '',
      '目 录', '', tocLine('柳州市人民政府关于甲 的通知', '柳政发〔2024〕3号', 3), '',
      '目 录', '', '柳州市人民政府关于乙的 通知.....\t柳政发〔2023〕5号(29)', '',
      '柳州市人民政府关于甲的通知', '', '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '',
      '柳州市人民政府关于乙的通知', '', '2023年1月29日', '', '柳政发〔2023〕5号', '', '正文。',
      ...COLOPHON,
    ].join('\n');
    const { issue } = parse(text);
    expect(issue.toc.map((e) => [e.title, e.docNumber, e.page])).toEqual([
      ['柳州市人民政府关于甲 的通知', '柳政发〔2024〕3号', 3],
      ['柳州市人民政府关于乙的 通知', '柳政发〔2023〕5号', 29],
    ]);
    expect(issue.notices.map((n) => [n.title, n.startPage])).toEqual([
      ['柳州市人民政府关于甲的通知', 3],
      ['柳州市人民政府关于乙的通知', 29],
    ]);
  });

  it('gives each notice its printed start page and an end page before the next notice', () => {
    const text = issueText(
      [tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3), tocLine('柳州市人民政府关于乙的通知', '柳政发〔2024〕4号', 7)],
      ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '', '柳州市人民政府关于乙的通知', '2024年2月9日 柳政发〔2024〕4号', '', '正文。'],
    );
    expect(parse(text).issue.notices.map((n) => [n.startPage, n.endPage])).toEqual([[3, 6], [7, undefined]]);
  });
});
