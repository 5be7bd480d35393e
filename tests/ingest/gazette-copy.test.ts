import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Notice } from '../../src/pipeline/model.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { blockTexts, gazetteCopy, titleLines, type NoticeCopy } from '../support/gazette-copy.ts';
import { ROOT, SEED_FILE, seedLines, seedText } from '../support/real-seed.ts';

const visible = (texts: readonly string[]) => texts.join('').replace(/\s/gu, '');

/** A model block's texts, read from the model itself rather than from the copy. */
function modelTexts(block: Block): string[] {
  if (block.kind === 'list') return block.items.map((i) => i.text);
  if (block.kind === 'table') return [block.caption ?? '', ...block.header, ...block.rows.flatMap((r) => r.cells)];
  if (block.kind === 'article') return [block.label, block.text];
  if (block.kind === 'attachment-ref') return [block.label, block.title];
  return [block.text];
}

/** Every character of a notice's text: title (an order's is one of its blocks), addressee, blocks, attachments. */
function noticeCharacters(notice: Notice): string {
  return visible([
    notice.form === 'order' ? '' : notice.title,
    notice.addressee ?? '',
    ...notice.blocks.flatMap(modelTexts),
    ...notice.attachments.flatMap((a) => [a.label, a.title, ...a.blocks.flatMap(modelTexts)]),
  ]);
}

/** The characters the copy prints for a notice, its head line left out. */
function copyCharacters(copy: NoticeCopy): string {
  return visible([
    ...copy.titleLines,
    copy.addressee ?? '',
    ...copy.blocks.flatMap(blockTexts),
    ...copy.attachments.flatMap((a) => [a.label, ...a.titleLines, ...a.blocks.flatMap(blockTexts)]),
  ]);
}

describe('gazetteCopy', () => {
  const { issue } = parseIssue(seedText, SEED_FILE);
  const copy = gazetteCopy(issue, { seedLines });

  it('prints every character of each notice of the real issue once, in order', () => {
    expect(copy.notices).toHaveLength(issue.notices.length);
    issue.notices.forEach((notice, k) => expect(copyCharacters(copy.notices[k]!), notice.slug).toBe(noticeCharacters(notice)));
  });

  it('prints the cover, the contents and the colophon from the issue', () => {
    expect(copy.cover).toEqual(['柳州市人民政府公报', '2024', '(2024年第3期，总第153期)', '柳州市人民政府', '2024年3月15日', '总第153期']);
    expect(copy.issue).toBe('2024年第3期');
    expect(copy.contents.map((e) => e.notice)).toEqual(issue.notices.map((_, k) => k));
    expect(copy.contents[0]).toEqual({ titleLines: ['柳州市人民政府关于落实2024年《政府工作', '报告》重点工作分工的意见'], docNumber: '柳政发〔2024〕3号', notice: 0 });
    expect(copy.colophon).toEqual(['主 管：柳州市人民政府', '主 办：柳州市人民政府办公室', '联系电话：0772-2825328']);
  });

  it('breaks a title where the seed wraps it, a part wider than the measure again, and heads it with the date and doc number', () => {
    expect(copy.notices[0]!.titleLines).toEqual(['柳州市人民政府关于落实', '2024年《政府工作报告》重点工作分工的意见']);
    expect(copy.notices[7]!.titleLines).toEqual(['柳州市人民政府关于', '印发市县乡三级权责清单', '规范化通用目录（2022年版）的通知']);
    expect(copy.notices[0]!.head).toEqual(['2024年2月8日 柳政发〔2024〕3号']);
    expect(titleLines('柳州市人民政府关于印发《柳州市促进民营经济发展壮大的若干措施》的通知')).toEqual(['柳州市人民政府关于印发《柳州市促进', '民营经济发展壮大的若干措施》的通知']);
  });

  it('prints the constructed issue\'s order under its name and number, its title one of its blocks', () => {
    const constructed = parseIssue(readFileSync(join(ROOT, 'tests/fixtures/constructed/2024-04.txt'), 'utf8'), 'seeds/2024-04.txt').issue;
    const printed = gazetteCopy(constructed);
    expect(printed.notices[0]!.head).toEqual(['柳州市人民政府令', '第20号']);
    expect(printed.notices[0]!.titleLines).toEqual([]);
    constructed.notices.forEach((notice, k) => expect(copyCharacters(printed.notices[k]!), notice.slug).toBe(noticeCharacters(notice)));
  });
});
