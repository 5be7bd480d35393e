// The print copy of an issue: what a typesetter sets, in reading order — cover, contents, each notice block by block, colophon.
import type { Block, HeadingStyle, Issue, Notice, TableRow } from '../../src/pipeline/model.ts';

/** One block of a notice as print sets it. */
export type CopyBlock =
  | { kind: 'heading'; style: HeadingStyle; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'article'; label: string; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'table'; caption?: string; header: string[]; rows: Pick<TableRow, 'cells' | 'continuation'>[] }
  | { kind: 'attachment-ref'; label: string; title: string };

/** An attachment: its label alone on the first line, its title centred, then its blocks. */
export interface AttachmentCopy {
  label: string;
  titleLines: string[];
  blocks: CopyBlock[];
}

/** A notice: its centred title (none for an order, whose title is a block), head lines, addressee, blocks and attachments. */
export interface NoticeCopy {
  titleLines: string[];
  /** Centred under the title: `2024年2月8日 柳政发〔2024〕3号`; an order's name and number on two lines. */
  head: string[];
  addressee?: string;
  blocks: CopyBlock[];
  attachments: AttachmentCopy[];
}

/** A contents entry: the title over the lines the contents print it on, the doc number, and the notice it points at. */
export interface ContentsEntryCopy {
  titleLines: string[];
  docNumber?: string;
  /** Index of the notice in `notices`, whose first printed page the layout fills in. */
  notice: number;
}

export interface GazetteCopy {
  gazette: string;
  /** `2024年第3期`: the running head's second half. */
  issue: string;
  cover: string[];
  contents: ContentsEntryCopy[];
  notices: NoticeCopy[];
  colophon: string[];
}

export interface CopyOptions {
  /** The seed's lines, for each title as the seed prints it (a wrap space where print broke the line). */
  seedLines?: readonly string[];
}

/** How many ems of a 22 pt title fit the 28-character measure of 16 pt. */
export const TITLE_EMS = 20;
// Characters that may not start a line, and those that may not end one (simple 禁则).
export const NO_START = new Set('，。、；：？！）》」』〕】”’…—·％%,.;:?!)]'.split(''));
export const NO_END = new Set('（《「『〔【“‘([' .split(''));

/** Width of a text in ems: Latin letters, digits and ASCII half an em, everything else one. */
export function ems(text: string): number {
  return [...text].reduce((sum, c) => sum + (c.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);
}

/** The text cut into lines of at most `width` ems, balanced, no line starting with closing punctuation. */
export function balancedLines(text: string, width: number): string[] {
  const chars = [...text];
  const count = Math.ceil(ems(text) / width);
  if (count <= 1) return [text];
  const target = ems(text) / count;
  const lines: string[] = [];
  let line = '';
  for (const c of chars) {
    if (ems(line) + ems(c) > target + 0.5 && lines.length < count - 1 && !NO_START.has(c) && !NO_END.has([...line].at(-1)!)) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  return [...lines, line];
}

/** A title's centred lines: broken where the printed title has a wrap space, each part wider than the measure broken again. */
export function titleLines(printed: string, width = TITLE_EMS): string[] {
  return printed.split(/\s+/u).filter(Boolean).flatMap((part) => balancedLines(part, width));
}

/** The title as the seed prints it on the notice's first line, when that line is the title with wrap spaces. */
function printedTitle(notice: Notice, seedLines: readonly string[] | undefined): string {
  const line = seedLines?.[notice.sourceLines[0] - 1]?.trim();
  return line !== undefined && line.replace(/\s/gu, '') === notice.title.replace(/\s/gu, '') ? line : notice.title;
}

/** A contents entry's title as the seed's contents line prints it, wrap spaces and all, where the seed is given. */
function contentsTitle(title: string, line: string | undefined): string {
  const printed = line?.split('\t')[0]?.replace(/[.…]{2,}$/u, '').trim();
  return printed !== undefined && printed.replace(/\s/gu, '') === title.replace(/\s/gu, '') ? printed : title;
}

/** The blocks of the model as print sets them: a list becomes its items, a table keeps its rows. */
export function copyBlocks(blocks: readonly Block[]): CopyBlock[] {
  return blocks.flatMap((b): CopyBlock[] => {
    switch (b.kind) {
      case 'heading':
        return [{ kind: 'heading', style: b.style, text: b.text }];
      case 'paragraph':
        return [{ kind: 'paragraph', text: b.text }];
      case 'article':
        return [{ kind: 'article', label: b.label, text: b.text }];
      case 'list':
        return b.items.map((item) => ({ kind: 'item', text: item.text }));
      case 'table':
        return [{ kind: 'table', ...(b.caption !== undefined && { caption: b.caption }), header: b.header, rows: b.rows.map((r) => ({ cells: r.cells, continuation: r.continuation })) }];
      case 'attachment-ref':
        return [{ kind: 'attachment-ref', label: b.label, title: b.title }];
    }
  });
}

// An order's name and its number, printed on two lines: 柳州市人民政府令 / 第20号.
const ORDER_NUMBER = /^(.+令)(第.+号)$/u;

/** The centred lines under the title: date and doc number on one line; an order's name and number on two; none without a doc number. */
function headLines(notice: Notice): string[] {
  if (notice.form === 'order') {
    const text = notice.docNumberText ?? notice.docNumber?.text ?? '';
    const parts = ORDER_NUMBER.exec(text.replace(/\s/gu, ''));
    return parts ? [parts[1]!, parts[2]!] : [text];
  }
  // An item without a doc number prints its date, if any, in its text (under its signature), not under its title.
  if (notice.docNumberText === undefined) return [];
  return [[notice.dateText, notice.docNumberText].filter(Boolean).join(' ')];
}

/** One notice's copy. An order prints no title above its head: its text carries its title as a heading. */
export function noticeCopy(notice: Notice, seedLines?: readonly string[]): NoticeCopy {
  return {
    titleLines: notice.form === 'order' ? [] : titleLines(printedTitle(notice, seedLines)),
    head: headLines(notice),
    ...(notice.addressee !== undefined && { addressee: notice.addressee }),
    blocks: copyBlocks(notice.blocks),
    attachments: notice.attachments.map((a) => ({ label: a.label, titleLines: titleLines(a.title), blocks: copyBlocks(a.blocks) })),
  };
}

/** A date `2024-03-15` as print writes it: 2024年3月15日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The print copy of an issue. The contents follow `issue.toc`, each entry pointing at its notice by doc number or order. */
export function gazetteCopy(issue: Issue, options: CopyOptions = {}): GazetteCopy {
  const label = `${issue.year}年第${issue.number}期`;
  const publisher = issue.gazette.replace(/公报$/u, '');
  const byDoc = new Map(issue.notices.flatMap((n, k) => (n.docNumber ? [[n.docNumber.text, k] as const] : [])));
  return {
    gazette: issue.gazette,
    issue: label,
    cover: [issue.gazette, String(issue.year), `(${label}，总第${issue.cumulative}期)`, publisher, chineseDate(issue.date), `总第${issue.cumulative}期`],
    contents: issue.toc.map((entry, k) => ({
      // The contents' own wrap space, in the seed's line, says where its line broke.
      titleLines: contentsTitle(entry.title, options.seedLines?.[entry.line - 1]).split(/\s+/u).filter(Boolean),
      ...(entry.docNumber && { docNumber: [entry.docNumber, ...(entry.otherDocNumbers ?? [])].map((d) => d.text).join(' ') }),
      notice: (entry.docNumber && byDoc.get(entry.docNumber.text)) ?? k,
    })),
    notices: issue.notices.map((n) => noticeCopy(n, options.seedLines)),
    colophon: issue.colophon.fields.map((f) => `${f.label}：${f.value}`),
  };
}

/** The texts a block prints, in order: a table's caption, header and every cell row by row. */
export function blockTexts(block: CopyBlock): string[] {
  switch (block.kind) {
    case 'table':
      return [...(block.caption !== undefined ? [block.caption] : []), ...block.header, ...block.rows.flatMap((r) => r.cells)];
    case 'article':
      return [block.label, block.text];
    case 'attachment-ref':
      return [block.label, block.title];
    default:
      return [block.text];
  }
}

/** Every text a notice's copy prints, in reading order: title, head, addressee, blocks, then each attachment. */
export function noticeTexts(copy: NoticeCopy): string[] {
  return [
    ...copy.titleLines,
    ...copy.head,
    ...(copy.addressee !== undefined ? [copy.addressee] : []),
    ...copy.blocks.flatMap(blockTexts),
    ...copy.attachments.flatMap((a) => [a.label, ...a.titleLines, ...a.blocks.flatMap(blockTexts)]),
  ];
}
