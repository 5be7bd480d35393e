// The notice model to MDX through mdast: text comes out literally, doc numbers and attachments as components.
import { dump } from 'js-yaml';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown, type MdxJsxAttribute, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle } from 'mdast-util-to-markdown';
import type { CatalogueRecord, NoticeFrontmatter, OutlineEntry, Related } from './content-schema.ts';
import { splitAtRefs } from './doc-number/find.ts';
import { issueLabel } from './issue-id.ts';
import type { Block, DocRef, Issue, Notice } from './model.ts';

/** Frontmatter of a notice page: the model's metadata and what the archive knows about the notice. */
export function noticeFrontmatter(notice: Notice, issue: Issue, related: Related): CatalogueRecord {
  return {
    slug: notice.slug,
    title: notice.title,
    titleSource: notice.titleSource,
    ...(notice.docNumber && {
      docNumber: notice.docNumber.text,
      docNumberParts: { prefix: notice.docNumber.prefix, ...(notice.docNumber.year !== undefined && { year: notice.docNumber.year }), number: notice.docNumber.number },
    }),
    ...(notice.otherDocNumbers && { otherDocNumbers: notice.otherDocNumbers.map((d) => d.text) }),
    date: notice.date,
    authority: notice.authority,
    type: notice.type,
    ...(notice.addressee !== undefined && { addressee: notice.addressee }),
    form: notice.form,
    ...(notice.signer !== undefined && { signer: notice.signer }),
    ...(notice.passedAt !== undefined && { passedAt: notice.passedAt }),
    issue: issue.id,
    issueLabel: issueLabel(issue.year, issue.number),
    order: notice.order,
    ...(notice.section !== undefined && { section: notice.section }),
    ...(notice.startPage !== undefined && { startPage: notice.startPage }),
    ...(notice.endPage !== undefined && { endPage: notice.endPage }),
    cites: [...new Set(notice.cites.map((c) => c.docNumber.text))],
    related,
    effects: notice.effects.map((e) => ({ ...e })),
    attachments: notice.attachments.map((a) => ({ label: a.label, title: a.title, id: a.id })),
    sourceLines: notice.sourceLines,
    ...(notice.pdfPages && { pdfPages: notice.pdfPages }),
    sourceFile: issue.source,
  };
}

/** The outline of a notice: its headings and attachment titles, in order. */
export function noticeOutline(notice: Notice): OutlineEntry[] {
  const headings = (blocks: readonly Block[]) =>
    blocks.flatMap((b) => (b.kind === 'heading' ? [{ level: b.level, text: b.text, id: b.id }] : []));
  return [...headings(notice.blocks), ...notice.attachments.flatMap((a) => [{ level: 2, text: a.title, id: a.id }, ...headings(a.blocks)])];
}

/** Writes one notice as MDX: YAML frontmatter, then the body as Markdown with JSX components. */
export function noticeToMdx(notice: Notice, issue: Issue, related: Related): string {
  const data: NoticeFrontmatter = { ...noticeFrontmatter(notice, issue, related), outline: noticeOutline(notice) };
  const children: RootContent[] = [
    { type: 'yaml', value: dump(data, { lineWidth: -1, noRefs: true, sortKeys: false }).trimEnd() },
    ...notice.blocks.flatMap(blockNodes),
    // GB/T 9704 orders the text, 附件说明, 署名 and 成文日期, then the attachments: a dated notice's 落款 goes here.
    ...(notice.form === 'dated' ? [signoffNode(notice)] : []),
  ];
  for (const a of notice.attachments) {
    children.push(
      { type: 'paragraph', children: [jsxText('AttachmentLabel', [], [{ type: 'text', value: a.label }])] },
      { type: 'heading', depth: 2, children: withDocRefs(a.title, a.titleRefs), data: { hProperties: { id: a.id } } },
      ...a.blocks.flatMap(blockNodes),
    );
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, {
    // GFM too, because Astro's processor reads GFM: ~text~ and table pipes must be escaped.
    extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
    handlers: { heading: headingWithId },
    // A paragraph starting with import/export would be read as ESM; its first letter goes out as a character reference.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
    bullet: '-',
    rule: '-',
  });
}

/** The 落款 of a dated notice: its authority and date, from its header. */
function signoffNode(notice: Notice): RootContent {
  return { type: 'mdxJsxFlowElement', name: 'Signoff', attributes: [attr('authority', notice.authority), attr('date', notice.date)], children: [] };
}

// Sätteri's headingAttributes reads `{#id}` after a heading; the slug was given by this pipeline.
const headingWithId: Handle = (node, parent, state, info) => {
  const id = (node as { data?: { hProperties?: { id?: string } } }).data?.hProperties?.id;
  const base = defaultHandlers.heading(node, parent, state, info);
  return id ? `${base} {#${id}}` : base;
};

function blockNodes(block: Block): RootContent[] {
  switch (block.kind) {
    case 'heading':
      return [{ type: 'heading', depth: block.level as 2, children: withDocRefs(block.text, block.refs), data: { hProperties: { id: block.id } } }];
    case 'paragraph':
      return [paragraph(withDocRefs(block.text, block.refs))];
    case 'article':
      return [
        { type: 'mdxJsxFlowElement', name: 'ArticleLabel', attributes: [attr('id', block.id), attr('label', block.label), jsonAttr('level', block.level)], children: [] },
        paragraph(withDocRefs(block.text, block.refs)),
      ];
    case 'list':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(withDocRefs(item.text, item.refs))] })),
        },
      ];
    case 'table':
      return [tableElement(block)];
    case 'attachment-ref': {
      const title: PhrasingContent[] = block.target
        ? [jsxText('AttachmentRef', [attr('to', block.target)], withDocRefs(block.title, block.refs))]
        : withDocRefs(block.title, block.refs);
      return [paragraph([{ type: 'text', value: block.label }, ...title])];
    }
  }
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** A JSX attribute holding JSON, with braces and angle brackets escaped so no parser can misread its end. */
function jsonAttr(name: string, value: unknown): MdxJsxAttribute {
  const json = JSON.stringify(value).replace(/[{}<>]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: json } };
}

function jsxText(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}

/**
 * A body cell as DocTable takes it: its text, or, when it holds a doc number, its pieces, each a text or a doc number
 * as [printed, canonical], which then links as in running text. Arrays only: an object's braces cannot pass the
 * attribute's escaping.
 */
export type DocTableCell = string | (string | [printed: string, docNumber: string])[];

/** A cell split at the doc numbers found in it, as running text is. */
export function docTableCell(text: string, refs: readonly DocRef[]): DocTableCell {
  const pieces = splitAtRefs(text, refs);
  if (!pieces.some((piece) => piece.docNumber)) return text;
  return pieces.map((piece): string | [string, string] => (piece.docNumber ? [piece.text, piece.docNumber] : piece.text));
}

// Cells are passed as data: a table's text is plain and the component renders real header cells and row spans.
function tableElement(block: Extract<Block, { kind: 'table' }>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'DocTable',
    attributes: [
      ...(block.caption !== undefined ? [jsonAttr('caption', block.caption)] : []),
      jsonAttr('header', block.header),
      jsonAttr('rows', block.rows.map((r) => r.cells.map((cell, k) => docTableCell(cell, r.refs[k] ?? [])))),
    ],
    children: [],
  };
}

/** Text with each doc number found in it as <DocRef n="canonical">verbatim</DocRef>. */
export function withDocRefs(text: string, refs: readonly DocRef[]): PhrasingContent[] {
  return splitAtRefs(text, refs).map((piece) =>
    piece.docNumber
      ? jsxText('DocRef', [attr('n', piece.docNumber)], [{ type: 'text', value: piece.text }])
      : { type: 'text', value: piece.text },
  );
}
