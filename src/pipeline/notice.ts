// One notice: its region of lines to the notice model (header, addressee, blocks, attachments, citations).
import { draftBlocks, draftText, quotations, removeWrapSpaces, type DraftBlock } from './body.ts';
import { findDocNumbers } from './doc-number/find.ts';
import { docNumberSlug } from './doc-number/slug.ts';
import { createSlugger, headingLevels } from './headings.ts';
import type { Drop, Line } from './lines.ts';
import { ATTACHMENT_REF } from './markers.ts';
import { isoDate } from './cover.ts';
import type { Attachment, Block, Citation, DocNumber, Notice, Relation, TocEntry } from './model.ts';
import { documentType, issuingAuthority } from './notice-meta.ts';
import { isListItem, listAnnouncement, relationAt, type ListRelation } from './relations.ts';
import type { Part } from './units.ts';
import { toUnits, unitText } from './units.ts';

/** Where a notice's header stands and what it says. */
export interface NoticeHeader {
  /** dated: title, then date and doc number; order: the order's name and number, its date after the signer. */
  form: Notice['form'];
  /** The seed line the notice starts on. */
  firstLine: number;
  /** Lines of the printed title, empty when the title is only in the table of contents. */
  titleLines: Line[];
  /** The table of contents entry of the notice: its title as printed there, its page and its section. */
  tocEntry?: TocEntry;
  /** The header's last line: the notice's text starts after it. */
  bodyAfter: Line;
  /** Absent for an unnumbered item, whose date (if any) stands in its text. */
  dateLine?: Line;
  docLine?: Line;
  dateText?: string;
  docNumber?: DocNumber;
  /** A jointly issued document's further numbers. */
  otherDocNumbers?: DocNumber[];
  docNumberText?: string;
  isoDate?: string;
}

export interface NoticeInput {
  header: NoticeHeader;
  /** Lines after the header to the end of the notice. */
  body: Line[];
  lastLine: number;
  order: number;
  /** For the slug of an item without a doc number. */
  issueId: string;
  /** The date of an item that prints none. */
  issueDate: string;
  section?: string;
  startPage?: number;
  endPage?: number;
  publisher: string;
  isFurniture: (no: number) => boolean;
}

/** Builds a notice; citations are filled in later, once every prefix in the issue is known. */
export function buildNotice(input: NoticeInput, drops: Drop[]): Notice {
  const { header } = input;
  const titleParts: Part[] = header.titleLines.map((line) => ({ line, column: 0, text: line.text }));
  const title = titleParts.length
    ? draftText(removeWrapSpaces(titleParts, header.tocEntry ? [header.tocEntry.title] : [], drops))
    : '';
  const units = toUnits(input.body, input.isFurniture, drops);
  let addressee: string | undefined;
  const first = units[0];
  if (first?.kind === 'text' && /[：:]$/.test(unitText(first)) && /[，、]/.test(unitText(first))) {
    addressee = unitText(units.shift()!);
  }
  const tocTitleText = header.tocEntry?.title ?? '';
  const finalTitle = title || draftText(removeWrapSpaces([{ line: header.bodyAfter, column: 0, text: tocTitleText }], quotedAndReferenced(units), []));
  const drafts = draftBlocks(units, [finalTitle], drops);
  const { blocks, attachments } = toModelBlocks(drafts);
  const order = header.form === 'order' && header.dateLine ? orderFacts(blocks, header.dateLine.no) : {};
  const dated = header.dateText !== undefined && header.isoDate !== undefined ? { text: header.dateText, iso: header.isoDate } : dateInText(blocks);
  return {
    slug: header.docNumber ? docNumberSlug(header.docNumber) : `${input.issueId}-item-${input.order}`,
    ...(header.docNumber && { docNumber: header.docNumber }),
    ...(header.otherDocNumbers && { otherDocNumbers: header.otherDocNumbers }),
    ...(header.docNumberText !== undefined && { docNumberText: header.docNumberText }),
    form: header.form,
    title: finalTitle,
    titleSource: title ? 'body' : 'toc',
    date: dated?.iso ?? input.issueDate,
    ...(dated && { dateText: dated.text }),
    // An order's authority is its name without 令; its title is the regulation's, so its type is 令.
    authority: header.form === 'order' && header.docNumber ? header.docNumber.prefix.replace(/令$/, '') : issuingAuthority(finalTitle, input.publisher),
    type: header.form === 'order' ? '令' : documentType(finalTitle),
    ...(addressee !== undefined && { addressee }),
    ...order,
    blocks,
    attachments,
    ...(input.startPage !== undefined && { startPage: input.startPage }),
    ...(input.endPage !== undefined && { endPage: input.endPage }),
    order: input.order,
    ...(input.section !== undefined && { section: input.section }),
    cites: [],
    relations: [],
    publishes: [],
    effects: [],
    sourceLines: [header.firstLine, input.lastLine],
  };
}

/** An unnumbered item's date: the last paragraph that is a date alone (its 落款), if any. */
function dateInText(blocks: readonly Block[]): { text: string; iso: string } | undefined {
  for (const b of [...blocks].reverse()) {
    if (b.kind !== 'paragraph') continue;
    const iso = isoDate(b.text);
    if (iso) return { text: b.text, iso };
  }
  return undefined;
}

// The signer of an order, on the line above its date: 市长  某某某.
const SIGNER = /^(?:代理?)?(?:市长|副市长|省长|主席|区长|县长|州长)[\s\u3000]+\S.{0,10}$/;
// The meeting that passed an order, in its promulgation sentence: 已经2024年3月1日市人民政府第30次常务会议审议通过.
const PASSED_AT = /已经\s*(.+?会议)\s*(?:审议)?(?:通过|决定)/;

/** What an order's own lines say: its signer (the paragraph above its date) and the meeting that passed it. */
function orderFacts(blocks: readonly Block[], dateLine: number): { signer?: string; passedAt?: string } {
  const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.lines[0] === dateLine);
  // A post and a name read as a one-line roster as well.
  const above = blocks[at - 1];
  const line = above?.kind === 'paragraph' ? above.text : above?.kind === 'list' && above.items.length === 1 ? above.items[0]!.text : '';
  const signer = SIGNER.test(line) ? line : undefined;
  const passedAt = blocks.slice(0, Math.max(0, at)).flatMap((b) => (b.kind === 'paragraph' ? (PASSED_AT.exec(b.text)?.[1] ?? []) : []))[0];
  return { ...(signer !== undefined && { signer }), ...(passedAt !== undefined && { passedAt }) };
}

/** Texts inside a notice that print titles joined: 《》 quotations and attachment references. */
function quotedAndReferenced(units: ReturnType<typeof toUnits>): string[] {
  const refs = units.flatMap((u) => ATTACHMENT_REF.exec(unitText(u))?.[3] ?? []);
  return [...quotations(units), ...refs];
}

function range(parts: readonly Part[]): [number, number] {
  const nos = parts.map((p) => p.line.no);
  return [Math.min(...nos), Math.max(...nos)];
}

/** Draft blocks to model blocks: levels, anchors, attachment sections and their references resolved. */
function toModelBlocks(drafts: DraftBlock[]): { blocks: Block[]; attachments: Attachment[] } {
  const slug = createSlugger();
  const sections: { attachment?: Attachment; drafts: DraftBlock[] }[] = [{ drafts: [] }];
  const attachments: Attachment[] = [];
  for (const d of drafts) {
    if (d.kind === 'attachment') {
      const title = draftText(d.title);
      const attachment: Attachment = {
        label: d.label.text,
        title,
        id: `fujian-${attachments.length + 1}`,
        blocks: [],
        lines: range([d.label, ...d.title]),
      };
      attachments.push(attachment);
      sections.push({ attachment, drafts: [] });
    } else sections.at(-1)!.drafts.push(d);
  }
  const refTarget = (d: Extract<DraftBlock, { kind: 'attachment-ref' }>, all: DraftBlock[]) => {
    const refs = all.filter((x) => x.kind === 'attachment-ref');
    const byTitle = attachments.find((a) => a.title.replace(/\s/g, '') === d.title.replace(/\s/g, ''));
    const byNumber = d.number ? attachments.find((a) => a.label.replace(/\D/g, '') === d.number) : undefined;
    const byOrder = refs.length === attachments.length ? attachments[refs.indexOf(d)] : undefined;
    return (byTitle ?? byNumber ?? byOrder)?.id;
  };
  const convert = (section: (typeof sections)[number], top: number): Block[] => {
    const styles = section.drafts.flatMap((d) => (d.kind === 'heading' ? [d.style] : []));
    const levels = headingLevels(styles, top);
    let h = 0;
    // An article's label ranks one below the 章 or 节 (or title) it stands under.
    let articleLevel = top;
    return section.drafts.map((d): Block => {
      switch (d.kind) {
        case 'heading': {
          const text = draftText(d.parts);
          const level = levels[h++] ?? top;
          articleLevel = Math.min(6, level + 1);
          return { kind: 'heading', level, style: d.style, text, id: slug(text), lines: range(d.parts) };
        }
        case 'article':
          return { kind: 'article', level: articleLevel, label: d.label, number: d.number, id: slug(`tiao-${d.number}`), text: draftText(d.parts), lines: range(d.parts) };
        case 'paragraph':
          return { kind: 'paragraph', text: draftText(d.parts), lines: range(d.parts) };
        case 'list':
          return {
            kind: 'list',
            variant: d.variant,
            items: d.items.map((parts) => ({ text: draftText(parts), line: parts[0]!.line.no })),
            lines: range(d.items.flat()),
          };
        case 'table':
          return {
            kind: 'table',
            ...(d.caption && { caption: draftText(d.caption) }),
            header: d.header.text.split('\t'),
            rows: d.rows.map((r) => {
              const cells = r.text.split('\t');
              return { cells, line: r.line.no, continuation: cells[0] === '' };
            }),
            lines: range([...(d.caption ?? []), d.header, ...d.rows]),
          };
        case 'attachment-ref': {
          const target = refTarget(d, drafts);
          return {
            kind: 'attachment-ref',
            label: d.label,
            title: d.title,
            ...(target && { target }),
            lines: range(d.parts),
          };
        }
        case 'attachment':
          throw new Error('attachments are split out before conversion');
      }
    });
  };
  const blocks = convert(sections[0]!, 2);
  sections.slice(1).forEach((s) => {
    const a = s.attachment!;
    a.blocks = convert(s, 3);
    a.lines = [a.lines[0], Math.max(a.lines[1], ...a.blocks.map((b) => b.lines[1]))];
  });
  return { blocks, attachments };
}

/** Every text of a notice in source order, with the line each piece starts on. */
export function noticeTexts(notice: Notice): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const blockTexts = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'list') b.items.forEach((i) => out.push({ text: i.text, line: i.line }));
      else if (b.kind === 'table') {
        if (b.caption) out.push({ text: b.caption, line: b.lines[0] });
        out.push({ text: b.header.join('\t'), line: b.lines[0] });
        b.rows.forEach((r) => out.push({ text: r.cells.join('\t'), line: r.line }));
      } else if (b.kind === 'attachment-ref') out.push({ text: b.label + b.title, line: b.lines[0] });
      else if (b.kind === 'article') out.push({ text: b.label + b.text, line: b.lines[0] });
      else out.push({ text: b.text, line: b.lines[0] });
    }
  };
  if (notice.titleSource === 'body') out.push({ text: notice.title, line: notice.sourceLines[0] });
  if (notice.addressee) out.push({ text: notice.addressee, line: notice.sourceLines[0] });
  blockTexts(notice.blocks);
  for (const a of notice.attachments) {
    out.push({ text: a.label, line: a.lines[0] }, { text: a.title, line: a.lines[0] });
    blockTexts(a.blocks);
  }
  return out;
}

/** 《title》 right before an opening bracket that ends at `index`: how official text names the document it cites, 《…》（柳政规〔2022〕4号）. */
const QUOTED_BEFORE = /《([^《》]+)》\s*[（(]\s*$/;

/** The title quoted before the doc number at `index`, or undefined. */
export function titleQuotedBefore(text: string, index: number): string | undefined {
  return QUOTED_BEFORE.exec(text.slice(Math.max(0, index - 200), index))?.[1];
}

/** Fills a notice's citations and the relations it states, given every prefix known in the archive. */
export function citeAndRelate(notice: Notice, knownPrefixes: ReadonlySet<string>): void {
  const cites: Citation[] = [];
  const relations: Relation[] = [];
  // The title cites too, also when only the table of contents prints it.
  const texts = noticeTexts(notice);
  if (notice.titleSource === 'toc') texts.unshift({ text: notice.title, line: notice.sourceLines[0] });
  // Set by 决定废止下列文件： and the like; holds while the texts after it are listed items.
  let listed: ListRelation | undefined;
  for (const { text, line } of texts) {
    if (listed && !isListItem(text)) listed = undefined;
    for (const m of findDocNumbers(text, knownPrefixes)) {
      if (m.docNumber.text === notice.docNumber?.text || notice.otherDocNumbers?.some((d) => d.text === m.docNumber.text)) continue;
      const quotedTitle = titleQuotedBefore(text, m.index);
      cites.push({ docNumber: m.docNumber.text, line, column: m.index, ...(quotedTitle && { quotedTitle }) });
      const rel =
        relationAt(text, m.index, m.verbatim.length, m.docNumber.text, line) ??
        (listed && { ...listed, target: m.docNumber.text, sentence: text.trim(), line });
      const same = rel && relations.find((r) => r.target === rel.target && r.kind === rel.kind);
      // Abolished wholly in one sentence and in part in another: the narrower reading holds.
      if (same && rel.scope === 'part') same.scope = 'part';
      else if (rel && !same) relations.push(rel);
    }
    listed = listAnnouncement(text) ?? listed;
  }
  notice.cites = cites;
  notice.relations = relations;
}
