// Small synthetic issues for parser rule tests: a cover, a table of contents, notices and a colophon.
import type { Block, Notice } from '../../../src/pipeline/model.ts';
import { parseIssue, type ParsedIssue } from '../../../src/pipeline/parse-issue.ts';

export const COVER = ['柳州市人民政府公报', '', '(2024年第3期，总第153期)', '', '柳州市人民政府', '', '2024年3月15日', ''];
export const COLOPHON = ['', '主 管：柳州市人民政府', '主 办：柳州市人民政府办公室', '联系电话：0772-2825328'];

/** A TOC entry line. */
export const tocLine = (title: string, doc: string, page: number) => `${title}\t${doc}(${page})`;

/** An issue whose body is the given lines, with TOC lines before it. */
export function issueText(toc: string[], body: string[]): string {
  return [...COVER, '目 录', '', ...toc, '', ...body, ...COLOPHON].join('\n');
}

/** One notice 柳政发〔2024〕3号 titled `title` with the given body lines. */
export function oneNotice(body: string[], title = '柳州市人民政府关于测试的通知'): string {
  return issueText([tocLine(title, '柳政发〔2024〕3号', 3)], [title, '', '2024年2月8日 柳政发〔2024〕3号', '', ...body]);
}

export function parse(text: string): ParsedIssue {
  return parseIssue(text, 'seeds/test.txt');
}

/** The blocks of the only notice, attachments' blocks after the body's. */
export function blocksOf(text: string): Block[] {
  const n = parse(text).issue.notices[0]!;
  return [...n.blocks, ...n.attachments.flatMap((a) => a.blocks)];
}

export function firstNotice(text: string): Notice {
  return parse(text).issue.notices[0]!;
}

/** Block kinds and texts in a compact form for assertions. */
export function shape(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `h${b.level} ${b.text}`;
      case 'paragraph':
        return `p ${b.text}`;
      case 'article':
        return `h${b.level} ${b.label} #${b.id} ${b.text}`;
      case 'list':
        return `${b.variant} ${b.items.map((i) => i.text).join(' | ')}`;
      case 'table':
        return `table ${b.caption ?? ''}[${b.header.join(',')}] ${b.rows.map((r) => r.cells.join(',')).join(' / ')}`;
      case 'attachment-ref':
        return `ref ${b.label}${b.title}${b.target ? ` -> ${b.target}` : ''}`;
    }
  });
}
