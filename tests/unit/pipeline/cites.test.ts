// Doc numbers found once per text: kept on the blocks as refs, rendered as links from them, and read as the notice's cites.
import { describe, expect, it } from 'vitest';
import { linkBlocks, noticeCites, refFinder, titleQuotedBefore } from '../../../src/pipeline/cites.ts';
import { parseDocNumber } from '../../../src/pipeline/doc-number/grammar.ts';
import type { UnlinkedBlock } from '../../../src/pipeline/blocks.ts';
import { noticeTexts } from '../../../src/pipeline/notice-texts.ts';
import { noticeToMdx } from '../../../src/pipeline/to-mdx.ts';
import { emptyRelated } from '../../../src/pipeline/related.ts';
import { firstNotice, oneNotice, parse } from './fixture.ts';

const find = refFinder(new Set(['柳政规', '柳政发']));

describe('linkBlocks', () => {
  it('finds the doc numbers of each text it links: a paragraph, an article after its label, each table cell, a list item', () => {
    const blocks: UnlinkedBlock[] = [
      { kind: 'paragraph', text: '根据柳政规〔2022〕4号执行。', lines: [1, 1] },
      { kind: 'article', level: 2, label: '第一条', number: 1, id: 'tiao-1', text: '依照柳政发〔2023〕5号。', lines: [2, 2] },
      { kind: 'table', header: ['序号', '文号'], rows: [{ cells: ['1', '柳政发〔2023〕6号'], line: 4, continuation: false }], lines: [3, 4] },
      { kind: 'list', variant: 'notes', items: [{ text: '见柳政规〔2021〕1号', line: 5 }], lines: [5, 5] },
    ];
    const { blocks: linked } = linkBlocks(blocks, [], find);
    const [paragraph, article, table, list] = linked;
    expect(paragraph?.kind === 'paragraph' && paragraph.refs.map((r) => [r.index, r.length, r.docNumber.text])).toEqual([[2, 11, '柳政规〔2022〕4号']]);
    expect(article?.kind === 'article' && article.refs.map((r) => [r.index, r.docNumber.text])).toEqual([[2, '柳政发〔2023〕5号']]);
    expect(table?.kind === 'table' && table.rows[0]!.refs.map((cell) => cell.map((r) => [r.index, r.docNumber.text]))).toEqual([[], [[0, '柳政发〔2023〕6号']]]);
    expect(list?.kind === 'list' && list.items[0]!.refs.map((r) => r.docNumber.text)).toEqual(['柳政规〔2021〕1号']);
  });
});

describe('noticeTexts of a linked notice', () => {
  it('places each ref in the text the citations read: after an article label, after the cells before it', () => {
    const n = firstNotice(oneNotice(['第一条  依照柳政发〔2023〕5号。', '', '序号\t文号', '1\t柳政规〔2022〕4号']));
    for (const t of noticeTexts(n)) for (const r of t.refs ?? []) expect(t.text.slice(r.index, r.index + r.length)).toBe(r.docNumber.text);
    expect(n.cites.map((c) => c.docNumber.text)).toEqual(['柳政发〔2023〕5号', '柳政规〔2022〕4号']);
  });
});

describe('noticeCites', () => {
  it('never counts the notice\'s own numbers, and finds numbers in texts that hold no links (the title)', () => {
    const n = firstNotice(oneNotice(['本通知（柳政发〔2024〕3号）废止柳政规〔2022〕4号。'], '柳州市人民政府关于废止柳政规〔2020〕1号的通知'));
    const own = [parseDocNumber('柳政发〔2024〕3号')!];
    expect(noticeCites(n, own, find).cites.map((c) => c.docNumber.text)).toEqual(['柳政规〔2020〕1号', '柳政规〔2022〕4号']);
  });
});

describe('links on the page and the notice\'s cites', () => {
  it('are the same numbers: every number linked in a rendered text is cited, or is the notice\'s own', () => {
    const { issue } = parse(oneNotice(['根据《办法》（柳政规〔2022〕4号）和柳政发〔2023〕5号，本通知即柳政发〔2024〕3号。', '', '序号\t文号', '1\t柳政发〔2023〕6号']));
    const n = issue.notices[0]!;
    const linked = [...noticeToMdx(n, issue, emptyRelated()).matchAll(/<DocRef n="([^"]+)">/g)].map((m) => m[1]);
    const rows = /rows=\{(.*)\} \/>/.exec(noticeToMdx(n, issue, emptyRelated()))![1]!;
    const cells = [...rows.matchAll(/\["([^"]+)","([^"]+)"\]/g)].map((m) => m[2]);
    expect([...linked, ...cells]).toEqual(['柳政规〔2022〕4号', '柳政发〔2023〕5号', '柳政发〔2024〕3号', '柳政发〔2023〕6号']);
    expect(n.cites.map((c) => c.docNumber.text)).toEqual(['柳政规〔2022〕4号', '柳政发〔2023〕5号', '柳政发〔2023〕6号']);
  });
});

describe('cites of a parsed notice', () => {
  it('collects cited doc numbers with their positions', () => {
    const n = firstNotice(oneNotice(['为贯彻落实《通知》（国发〔2022〕22号）和《通知》（桂政发〔2023〕9号）精神。']));
    expect(n.cites.map((c) => [c.docNumber.text, c.column])).toEqual([
      ['国发〔2022〕22号', 10],
      ['桂政发〔2023〕9号', 28],
    ]);
  });
});

describe('titleQuotedBefore', () => {
  const text = '废止2022年1月21日印发的《柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知》（柳政规〔2022〕4号）。';
  it('reads 《title》（文号）, keeping inner 〈〉 and brackets', () => {
    expect(titleQuotedBefore(text, text.indexOf('柳政规'))).toBe('柳州市人民政府关于印发〈柳州市国家公务员医疗补助暂行办法（2022年修订）〉的通知');
  });
  it('accepts a half-width bracket and a space', () => {
    const t = '根据《国务院关于开展第五次全国经济普查的通知》 (国发〔2022〕22号)';
    expect(titleQuotedBefore(t, t.indexOf('国发'))).toBe('国务院关于开展第五次全国经济普查的通知');
  });
  it('gives nothing when words stand between the title and the number', () => {
    const t = '按照《条例》规定，根据（国发〔2022〕22号）';
    expect(titleQuotedBefore(t, t.indexOf('国发'))).toBeUndefined();
    expect(titleQuotedBefore('国发〔2022〕22号', 0)).toBeUndefined();
  });
});
