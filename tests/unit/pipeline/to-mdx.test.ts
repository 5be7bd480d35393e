// The MDX writer: text comes out literally, doc numbers and attachments become components, headings keep anchors.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveModel } from '../../../src/pipeline/archive.ts';
import type { NoticeFrontmatter, Related } from '../../../src/pipeline/content-schema.ts';
import type { Notice } from '../../../src/pipeline/model.ts';
import { emptyRelated } from '../../../src/pipeline/related.ts';
import { noticeToMdx } from '../../../src/pipeline/to-mdx.ts';
import { bodyText, renderedText } from '../../support/mdx-text.ts';
import { issueText, oneNotice, parse, tocLine } from './fixture.ts';

/** The related documents the archive holds for a notice: `archive.related` is keyed by slug, and a missing entry is a wrong lookup. */
function relatedOf(archive: ArchiveModel, notice: Notice): Related {
  const related = archive.related.get(notice.slug);
  if (!related) throw new Error(`the archive has no related documents for ${notice.slug}`);
  return related;
}

function mdxOf(body: string[]): string {
  const { issue } = parse(oneNotice(body));
  const notice = issue.notices[0]!;
  return noticeToMdx(notice, issue, relatedOf(buildArchive([issue]), notice));
}

const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
/** The body's text: the 落款 the writer adds after it left out. */
const textOf = (mdx: string) => bodyOf(mdx).replace(/^<Signoff [^\n]*\/>\n/mu, '');
const frontmatterOf = (mdx: string) => load(mdx.slice(4, mdx.indexOf('\n---\n', 4))) as NoticeFrontmatter;

describe('MDX output', () => {
  it('escapes characters that MDX or Markdown would read as syntax', () => {
    const body = textOf(mdxOf(['公式{a}与<b>标签*星*_下划线_#井号|竖线。']));
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

  it('writes a whole notice: frontmatter, anchored heading, DocRef, its 落款, nothing else', () => {
    expect(mdxOf(['一、总体要求', '', '正文依据柳政发〔2023〕7号。'])).toBe(WHOLE_NOTICE);
  });

  it('is deterministic', () => {
    expect(mdxOf(['正文。'])).toBe(mdxOf(['正文。']));
  });
});

describe('related documents in the frontmatter', () => {
  const older = '柳州市人民政府关于印发甲方案的通知';
  const newer = '柳州市人民政府关于废止甲方案的决定';
  const abolition = `现决定废止《${older}》（柳政发〔2023〕7号）。`;
  const { issue } = parse(
    issueText(
      [tocLine(newer, '柳政发〔2024〕3号', 3), tocLine(older, '柳政发〔2023〕7号', 5)],
      [newer, '', '2024年2月8日 柳政发〔2024〕3号', '', abolition, '', older, '', '2023年2月1日 柳政发〔2023〕7号', '', '根据《乙办法》（国发〔2022〕22号），现印发给你们。', ''],
    ),
  );
  const archive = buildArchive([issue]);
  const [abolishing, abolished] = issue.notices.map((n) => noticeToMdx(n, issue, relatedOf(archive, n)));

  it('lists the document a notice abolishes, with its title from the archive and the stating sentence', () => {
    expect(frontmatterOf(abolishing!).related).toEqual({
      ...emptyRelated(),
      abolishes: [{ docNumber: '柳政发〔2023〕7号', slug: 'liuzhengfa-2023-7', title: older, archived: true, scope: 'whole', sentence: abolition, line: 18 }],
    });
  });

  it('lists on the abolished notice the later notice that abolishes it, beside what it rests on and publishes', () => {
    const { related } = frontmatterOf(abolished!);
    expect(related.abolishedBy).toEqual([{ docNumber: '柳政发〔2024〕3号', slug: 'liuzhengfa-2024-3', title: newer, archived: true, scope: 'whole', sentence: abolition, line: 18 }]);
    expect(related.implements.map((r) => [r.docNumber, r.title, r.verb])).toEqual([['国发〔2022〕22号', '乙办法', '根据']]);
    expect(related.publishes.map((p) => p.title)).toEqual(['甲方案']);
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

const WHOLE_NOTICE = `---
slug: liuzhengfa-2024-3
title: 柳州市人民政府关于测试的通知
titleSource: body
docNumber: 柳政发〔2024〕3号
docNumberParts:
  prefix: 柳政发
  year: 2024
  number: 3
date: '2024-02-08'
authority: 柳州市人民政府
type: 通知
form: dated
issue: 2024-03
issueLabel: 2024年第3期
order: 1
startPage: 3
cites:
  - 柳政发〔2023〕7号
related:
  abolishes: []
  abolishedBy: []
  amends: []
  amendedBy: []
  implements:
    - docNumber: 柳政发〔2023〕7号
      slug: liuzhengfa-2023-7
      archived: false
      verb: 依据
      sentence: 正文依据柳政发〔2023〕7号。
      line: 19
  implementedBy: []
  publishes: []
  otherYears: []
effects: []
attachments: []
sourceLines:
  - 13
  - 19
sourceFile: seeds/test.txt
outline:
  - level: 2
    text: 一、总体要求
    id: 一总体要求
---

## 一、总体要求 {#一总体要求}

正文依据<DocRef n="柳政发〔2023〕7号">柳政发〔2023〕7号</DocRef>。

<Signoff authority="柳州市人民政府" date="2024-02-08" />
`;
