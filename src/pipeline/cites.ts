// The doc numbers a notice cites: found once in each of its texts, kept on its blocks for the MDX writer to link, and
// read with the sentence around each for the relation it states.
import type { UnlinkedAttachment, UnlinkedBlock } from './blocks.ts';
import { findDocNumbers } from './doc-number/find.ts';
import type { Attachment, Block, Cite, DocNumber, DocRef, Relation } from './model.ts';
import { noticeTexts, type NoticeTextSource } from './notice-texts.ts';
import { isListItem, listAnnouncement, relationAt, type ListRelation } from './relations.ts';

/** Finds the doc numbers of one text. */
export type FindRefs = (text: string) => DocRef[];

/** A finder over the prefixes known in the issue. */
export function refFinder(knownPrefixes: ReadonlySet<string>): FindRefs {
  return (text) => findDocNumbers(text, knownPrefixes);
}

/** A block with the doc numbers of each text it links. */
function linkBlock(block: UnlinkedBlock, find: FindRefs): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'article':
      return { ...block, refs: find(block.text) };
    case 'list':
      return { ...block, items: block.items.map((i) => ({ ...i, refs: find(i.text) })) };
    case 'table':
      return { ...block, rows: block.rows.map((r) => ({ ...r, refs: r.cells.map(find) })) };
    case 'attachment-ref':
      return { ...block, refs: find(block.title) };
  }
}

/** A notice's blocks and attachments with their doc numbers found. */
export function linkBlocks(blocks: readonly UnlinkedBlock[], attachments: readonly UnlinkedAttachment[], find: FindRefs): { blocks: Block[]; attachments: Attachment[] } {
  return {
    blocks: blocks.map((b) => linkBlock(b, find)),
    attachments: attachments.map((a) => ({ ...a, titleRefs: find(a.title), blocks: a.blocks.map((b) => linkBlock(b, find)) })),
  };
}

/** 《title》 right before an opening bracket that ends at `index`: how official text names the document it cites, 《…》（柳政规〔2022〕4号）. */
const QUOTED_BEFORE = /《([^《》]+)》\s*[（(]\s*$/;

/** The title quoted before the doc number at `index`, or undefined. */
export function titleQuotedBefore(text: string, index: number): string | undefined {
  return QUOTED_BEFORE.exec(text.slice(Math.max(0, index - 200), index))?.[1];
}

/** What a linked notice cites and the relations it states; `own` are its own numbers, which it never cites. */
export function noticeCites(notice: NoticeTextSource, own: readonly DocNumber[], find: FindRefs): { cites: Cite[]; relations: Relation[] } {
  const cites: Cite[] = [];
  const relations: Relation[] = [];
  // The title cites too, also when only the table of contents prints it.
  const texts = noticeTexts(notice);
  if (notice.titleSource === 'toc') texts.unshift({ text: notice.title, line: notice.sourceLines[0] });
  // Set by 决定废止下列文件： and the like; holds while the texts after it are listed items.
  let listed: ListRelation | undefined;
  for (const { text, line, refs } of texts) {
    if (listed && !isListItem(text)) listed = undefined;
    for (const ref of refs ?? find(text)) {
      if (own.some((d) => d.text === ref.docNumber.text)) continue;
      const quotedTitle = titleQuotedBefore(text, ref.index);
      cites.push({ docNumber: ref.docNumber, line, column: ref.index, ...(quotedTitle && { quotedTitle }) });
      const rel = relationAt(text, ref, line) ?? (listed && { ...listed, target: ref.docNumber, sentence: text.trim(), line });
      const same = rel && relations.find((r) => r.target.text === rel.target.text && r.kind === rel.kind);
      // Abolished wholly in one sentence and in part in another: the narrower reading holds.
      if (same && rel.scope === 'part') same.scope = 'part';
      else if (rel && !same) relations.push(rel);
    }
    listed = listAnnouncement(text) ?? listed;
  }
  return { cites, relations };
}

