// Every text of a notice in source order, each with the line it starts on: what the fidelity account, the citations,
// the effects and the publications read.
import type { Block, DocRef, Notice, WithoutRefs } from './model.ts';

/** One text of a notice. */
export interface NoticeText {
  text: string;
  line: number;
  /** The doc numbers in it, once the notice is linked; absent for a text that holds no links (a label, a caption). */
  refs?: readonly DocRef[];
}

/** The parts of a notice its texts come from, linked or not yet. */
export type NoticeTextSource = Pick<Notice, 'title' | 'titleSource' | 'addressee' | 'sourceLines'> & {
  blocks: readonly (Block | WithoutRefs<Block>)[];
  attachments: readonly { label: string; title: string; titleRefs?: readonly DocRef[]; lines: readonly number[]; blocks: readonly (Block | WithoutRefs<Block>)[] }[];
};

/** The refs a linked value carries, or undefined before linking. */
function refsOf(value: object): readonly DocRef[] | undefined {
  return 'refs' in value && Array.isArray(value.refs) ? (value.refs as DocRef[]) : undefined;
}

/** Refs of a text placed after `offset` characters of another: an article's text after its label, a cell after the cells before it. */
function shifted(refs: readonly DocRef[] | undefined, offset: number): DocRef[] | undefined {
  return refs?.map((r) => ({ ...r, index: r.index + offset }));
}

function text(value: string, line: number, refs?: readonly DocRef[]): NoticeText {
  return refs ? { text: value, line, refs } : { text: value, line };
}

/** A table row's cells joined by tabs, with each cell's refs placed in the joined text. */
function rowText(cells: readonly string[], line: number, cellRefs: readonly (readonly DocRef[])[] | undefined): NoticeText {
  if (!cellRefs) return text(cells.join('\t'), line);
  let offset = 0;
  const refs = cells.flatMap((cell, k) => {
    const placed = shifted(cellRefs[k] ?? [], offset) ?? [];
    offset += cell.length + 1;
    return placed;
  });
  return text(cells.join('\t'), line, refs);
}

function blockTexts(blocks: NoticeTextSource['blocks']): NoticeText[] {
  return blocks.flatMap((b): NoticeText[] => {
    switch (b.kind) {
      case 'list':
        return b.items.map((i) => text(i.text, i.line, refsOf(i)));
      case 'table':
        return [
          ...(b.caption ? [text(b.caption, b.lines[0]!)] : []),
          text(b.header.join('\t'), b.lines[0]!),
          ...b.rows.map((r) => rowText(r.cells, r.line, 'refs' in r ? r.refs : undefined)),
        ];
      case 'attachment-ref':
        return [text(b.label + b.title, b.lines[0]!, shifted(refsOf(b), b.label.length))];
      case 'article':
        return [text(b.label + b.text, b.lines[0]!, shifted(refsOf(b), b.label.length))];
      default:
        return [text(b.text, b.lines[0]!, refsOf(b))];
    }
  });
}

/** Every text of a notice in source order, with the line each piece starts on. */
export function noticeTexts(notice: NoticeTextSource): NoticeText[] {
  const out: NoticeText[] = [];
  if (notice.titleSource === 'body') out.push(text(notice.title, notice.sourceLines[0]));
  if (notice.addressee) out.push(text(notice.addressee, notice.sourceLines[0]));
  out.push(...blockTexts(notice.blocks));
  for (const a of notice.attachments) {
    out.push(text(a.label, a.lines[0]!), text(a.title, a.lines[0]!, a.titleRefs));
    out.push(...blockTexts(a.blocks));
  }
  return out;
}
