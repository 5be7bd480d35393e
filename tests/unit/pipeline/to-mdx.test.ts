// The MDX writer: text comes out literally, doc numbers and attachments become components, headings keep anchors.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/pipeline/archive.ts';
import { emptyRelated } from '../../../src/pipeline/related.ts';
import { noticeToMdx } from '../../../src/pipeline/to-mdx.ts';
import { oneNotice, parse } from './fixture.ts';
import { bodyText, renderedText } from '../../support/mdx-text.ts';

function mdxOf(body: string[]): string {
  const { issue } = parse(oneNotice(body));
  const archive = buildArchive([issue]);
  return noticeToMdx(issue.notices[0]!, issue, archive.related.get('柳政发〔2024〕3号')!);
}

const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

describe('MDX output', () => {
  it('escapes characters that MDX or Markdown would read as syntax', () => {
    const body = bodyOf(mdxOf(['公式{a}与<b>标签*星*_下划线_#井号|竖线。']));
    expect(body).not.toMatch(/(^|[^\\])[{<]/);
    expect(body).toContain('\\{');
    expect(body).toContain('\\<');
  });

  it('keeps lines starting with import or export from becoming ESM', () => {
    const body = bodyOf(mdxOf(['import 进口商品比上年增长。', '', 'export 出口额大幅增长。']));
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/^export /m);
    expect(body).toContain('&#x69;mport 进口商品');
  });

  it('writes cited doc numbers as DocRef with the canonical number and the printed text', () => {
    const body = bodyOf(mdxOf(['根据《办法》（柳办发[2011]6号），决定如下。']));
    expect(body).toContain('<DocRef n="柳办发〔2011〕6号">柳办发\\[2011]6号</DocRef>');
  });

  it('gives headings their anchors and attachment references their targets', () => {
    const body = bodyOf(mdxOf(['一、总体要求', '', '正文。', '', '附件：甲方案', '', '附件', '', '甲方案', '', '序号\t名称', '1\t甲']));
    expect(body).toContain('## 一、总体要求 {#一总体要求}');
    expect(body).toContain('附件：<AttachmentRef to="fujian-1">甲方案</AttachmentRef>');
    expect(body).toContain('## 甲方案 {#fujian-1}');
    expect(body).toContain('<DocTable header={["序号","名称"]} rows={[["1","甲"]]} />');
  });

  it('splits a table cell at the doc numbers the notice cites, as in its running text, and leaves other cells as text', () => {
    const body = bodyOf(mdxOf(['依据如下。', '', '序号\t依据', '1\t筹建托位（依据柳政发〔2024〕8号）', '2\t无']));
    expect(body).toContain('rows={[["1",["筹建托位（依据",["柳政发〔2024〕8号","柳政发〔2024〕8号"],"）"]],["2","无"]]}');
  });

  it('is deterministic', () => {
    expect(mdxOf(['正文。'])).toBe(mdxOf(['正文。']));
  });
});

describe('MDX rendered by Sätteri', () => {
  it('shows exactly the source text, whatever Markdown or MDX syntax it contains', () => {
    const tricky = ['公式{a}与<b>标签</b>*星*_下划线_ #井号 |竖线| `反引号` [方括号](链接) \\反斜杠 &amp; ~波浪~ ......省略 "引号" \'单引号\' -- ---', '', 'import 进口商品比上年增长。', '', 'export default 出口。', '', '- 不是列表', '', '1. 也不是', '', '> 不是引用', '', '序号\t名称', '1\t{甲}<乙>|丙'];
    const { issue } = parse(oneNotice(tricky));
    const notice = issue.notices[0]!;
    expect(renderedText(noticeToMdx(notice, issue, emptyRelated()))).toBe(bodyText(notice));
    expect(bodyText(notice)).toContain('公式{a}与<b>标签</b>*星*_下划线_ #井号');
  });
});
