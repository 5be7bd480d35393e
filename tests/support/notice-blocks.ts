// A notice as a reader meets it, block by block (title, header, addressee, paragraphs, headings, articles, list
// items, table cells, attachments), without the page and line references that differ between two seeds of one issue.
import type { Block, Issue, Notice } from '../../src/pipeline/model.ts';

// Whitespace next to an ideograph or full-width sign is layout (a wrap, justification, a gap the print left); between
// two Latin letters or digits it is a word space, and counts.
const WIDE = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2018-\\u201d\\u2014\\u2026\\u00b7]';
const LAYOUT_SPACE = new RegExp(`\\s+(?=${WIDE})|(?<=${WIDE})\\s+`, 'gu');

/** The text with layout whitespace taken out and word spaces as one U+0020. */
export function readerText(text: string): string {
  return text.replace(LAYOUT_SPACE, '').replace(/\s+/gu, ' ').trim();
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`heading ${block.style}: ${readerText(block.text)}`];
    case 'paragraph':
      return [`paragraph: ${readerText(block.text)}`];
    case 'article':
      return [`article ${block.label}: ${readerText(block.text)}`];
    case 'list':
      return block.items.map((item) => `list ${block.variant} item: ${readerText(item.text)}`);
    case 'table':
      return [
        ...(block.caption !== undefined ? [`table caption: ${readerText(block.caption)}`] : []),
        `table header: ${block.header.map(readerText).join(' | ')}`,
        ...block.rows.map((row) => `table ${row.continuation ? 'continued ' : ''}row: ${row.cells.map(readerText).join(' | ')}`),
      ];
    case 'attachment-ref':
      return [`attachment-ref ${block.label} ${readerText(block.title)}`];
  }
}

/** The notice block by block, one line each; two seeds of one issue must give the same lines. */
export function noticeBlocks(notice: Notice): string[] {
  return [
    `title: ${readerText(notice.title)}`,
    `doc number: ${notice.docNumberText?.replace(/\s+/gu, ' ') ?? '–'} · date: ${notice.date} · form: ${notice.form}`,
    ...(notice.addressee !== undefined ? [`addressee: ${readerText(notice.addressee)}`] : []),
    ...(notice.signer !== undefined ? [`signer: ${readerText(notice.signer)}`] : []),
    ...notice.blocks.flatMap(blockLines),
    ...notice.attachments.flatMap((a) => [`attachment ${a.label}: ${readerText(a.title)}`, ...a.blocks.flatMap(blockLines)]),
  ];
}

/** Each notice of the issue block by block, keyed by its doc number or title, in printed order. */
export function issueBlocks(issue: Issue): Map<string, string[]> {
  return new Map(issue.notices.map((notice) => [notice.docNumber?.text ?? readerText(notice.title), noticeBlocks(notice)]));
}
