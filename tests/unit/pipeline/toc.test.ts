// The table of contents: its 目 录 blocks, printed pages and sections.
import { describe, expect, it } from 'vitest';
import { COLOPHON, issueText, parse, tocLine } from './fixture.ts';

describe('table of contents', () => {
  it('reads two 目 录 blocks, with and without dot leaders, each title without the wrap space its line broke at', () => {
    const text = [
      '柳州市人民政府公报', '(2024年第3期，总第153期)', '2024年3月15日', '',
      '目 录', '', tocLine('柳州市人民政府关于甲 的通知', '柳政发〔2024〕3号', 3), '',
      '目 录', '', '柳州市人民政府关于乙的 通知.....\t柳政发〔2023〕5号(29)', '',
      '柳州市人民政府关于甲的通知', '', '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '',
      '柳州市人民政府关于乙的通知', '', '2023年1月29日', '', '柳政发〔2023〕5号', '', '正文。',
      ...COLOPHON,
    ].join('\n');
    const { issue } = parse(text);
    expect(issue.toc.map((e) => [e.title, e.docNumber?.text, e.page])).toEqual([
      ['柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3],
      ['柳州市人民政府关于乙的通知', '柳政发〔2023〕5号', 29],
    ]);
    expect(issue.notices.map((n) => [n.title, n.startPage])).toEqual([
      ['柳州市人民政府关于甲的通知', 3],
      ['柳州市人民政府关于乙的通知', 29],
    ]);
  });

  it('takes the wrap space out of a title that the contents and the body both wrap at the same place, and records it', () => {
    const text = issueText(
      [tocLine('柳州市人民政府关于韦某某等同志职务任免的 通知', '柳政任〔2024〕5号', 3)],
      ['柳州市人民政府关于韦某某等同志职务任免的 通知', '', '2024年2月8日 柳政任〔2024〕5号', '', '正文。'],
    );
    const parsed = parse(text);
    expect(parsed.issue.toc[0]!.title).toBe('柳州市人民政府关于韦某某等同志职务任免的通知');
    expect(parsed.issue.notices[0]!.title).toBe('柳州市人民政府关于韦某某等同志职务任免的通知');
    expect(parsed.fidelity.drops.filter((d) => d.reason === 'wrap-space').map((d) => d.text)).toEqual([' ']);
  });

  it('gives each notice its printed start page and an end page before the next notice', () => {
    const text = issueText(
      [tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3), tocLine('柳州市人民政府关于乙的通知', '柳政发〔2024〕4号', 7)],
      ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '', '柳州市人民政府关于乙的通知', '2024年2月9日 柳政发〔2024〕4号', '', '正文。'],
    );
    expect(parse(text).issue.notices.map((n) => [n.startPage, n.endPage])).toEqual([[3, 6], [7, undefined]]);
  });

  it('reads section headings, bracketed or bare, and gives each notice its section', () => {
    const text = issueText(
      [
        '【市政府文件】',
        tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3),
        '市政府办公室文件',
        tocLine('柳州市人民政府办公室关于乙的通知', '柳政办发〔2024〕12号', 7),
        '〖 人事任免 〗',
        tocLine('柳州市人民政府关于丙等同志职务任免的通知', '柳政任〔2024〕5号', 9),
      ],
      [
        '【市政府文件】', '',
        '柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '',
        '市政府办公室文件', '',
        '柳州市人民政府办公室关于乙的通知', '2024年2月9日 柳政办发〔2024〕12号', '', '正文。', '',
        '【人事任免】', '',
        '柳州市人民政府关于丙等同志职务任免的通知', '2024年2月10日 柳政任〔2024〕5号', '', '任命丙为柳州市某某局局长。',
      ],
    );
    const { issue, fidelity } = parse(text);
    expect(issue.toc.map((e) => e.section)).toEqual(['市政府文件', '市政府办公室文件', '人事任免']);
    expect(issue.notices.map((n) => n.section)).toEqual(['市政府文件', '市政府办公室文件', '人事任免']);
    // The section lines in the body head the next notice: they are no notice's text.
    expect(issue.notices.map((n) => n.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')))).toEqual([['正文。'], ['正文。'], ['任命丙为柳州市某某局局长。']]);
    expect(fidelity.dropped['section-heading']).toBe('【市政府文件】市政府办公室文件【人事任免】'.length);
    expect(fidelity.unaccounted).toBe(0);
  });

  it('takes a bare line for a section only where an entry follows, and a TOC without sections gives none', () => {
    const text = issueText(
      [tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3)],
      ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '市政府文件', '', '正文。'],
    );
    const { issue } = parse(text);
    expect(issue.toc[0]?.section).toBeUndefined();
    expect(issue.notices[0]?.section).toBeUndefined();
    // Without sections in the TOC, a body line of the same words is text.
    expect(issue.notices[0]?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['市政府文件', '正文。']);
  });
});
