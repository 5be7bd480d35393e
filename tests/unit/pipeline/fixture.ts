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

/** The title of the regulation an order publishes, which the order's table of contents entry gives. */
export const ORDER_TITLE = '柳州市城市道路桥梁管理办法';
/** An order (政府令) and the regulation it publishes, as an issue prints them. */
export const ORDER = [
  '柳州市人民政府令', '', '第20号', '',
  `《${ORDER_TITLE}》已经2024年3月1日市人民政府第30次常务会议审议通过，现予公布，自2024年5月1日起施行。`, '',
  '市长  张某某', '', '2024年3月20日', '',
  ORDER_TITLE, '',
  '第一章  总  则', '',
  '第一条  为了加强城市道路桥梁管理，根据有关法律法规，结合本市实际，制定本办法。', '',
  '第二条  本办法适用于本市城市道路桥梁的管理。', '',
  '本办法所称城市道路桥梁包括：', '',
  '（一）城市道路；', '',
  '（二）城市桥梁。', '',
  '第二章  养护', '',
  '第一节  一般规定', '',
  '第三条 养护单位应当定期巡查。', '',
  '第十二条  本办法自2024年5月1日起施行。',
];

/** An issue holding only `body` (by default the order), listed in its table of contents by `toc`. */
export function orderIssue(body: string[] = ORDER, toc = [tocLine(ORDER_TITLE, '柳州市人民政府令第20号', 3)]): ParsedIssue {
  return parse(issueText(toc, body));
}

/** A notice, then an item printed without a doc number. */
export const NOTICE_BEFORE_ITEM = '柳州市人民政府关于甲的通知';
export const ITEM = '《柳州市某某办法》政策解读';

/** An issue of the notice and, after it, `body`: the item's text, listed by `itemEntry` (a title and page, no number). */
export function withItem(body: string[], itemEntry = `${ITEM}\t(9)`): string {
  return issueText([tocLine(NOTICE_BEFORE_ITEM, '柳政发〔2024〕3号', 3), itemEntry], [NOTICE_BEFORE_ITEM, '2024年2月8日 柳政发〔2024〕3号', '', '正文。', '', ...body]);
}
