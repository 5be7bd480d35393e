// One notice: its region of lines to a draft (header, title, addressee, blocks, attachments), then, once the issue's
// doc-number prefixes are known, to the finished notice with its citations, relations, effects and publications.
import { toModelBlocks, type UnlinkedAttachment, type UnlinkedBlock } from './blocks.ts';
import { linkBlocks, noticeCites, refFinder } from './cites.ts';
import { isoDate } from './dates.ts';
import { docNumberSlug } from './doc-number/slug.ts';
import { draftBlocks, draftText, quotations } from './draft-blocks.ts';
import { noticeEffects } from './effects.ts';
import type { Drop } from './fidelity-record.ts';
import type { Line } from './lines.ts';
import { ATTACHMENT_REF } from './markers.ts';
import type { Notice } from './model.ts';
import type { NoticeHeader } from './notice-headers.ts';
import { noticeTexts } from './notice-texts.ts';
import { documentType, issuingAuthority } from './notice-title.ts';
import { noticePublications } from './publications.ts';
import type { Part, Unit } from './units.ts';
import { toUnits, unitText } from './units.ts';
import { removeWrapSpaces } from './wrap-space.ts';

/** What a notice is drafted from: its header, its lines and where it stands in the issue. */
export interface NoticeInput {
  header: NoticeHeader;
  /** Lines after the header to the end of the notice. */
  body: Line[];
  lastLine: number;
  /** 1-based place of the notice in its issue (the model's `order`). */
  position: number;
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

/** A notice before the doc numbers in its texts are read: everything but its citations and what they imply. */
export type NoticeDraft = Omit<Notice, 'blocks' | 'attachments' | 'cites' | 'relations' | 'publishes' | 'effects'> & {
  blocks: UnlinkedBlock[];
  attachments: UnlinkedAttachment[];
};

/** Drafts a notice from its lines; the characters it leaves out as furniture or markup are returned beside it. */
export function draftNotice(input: NoticeInput): { draft: NoticeDraft; drops: Drop[] } {
  const { header } = input;
  const drops: Drop[] = [];
  const titleParts: Part[] = header.titleLines.map((line) => ({ line, column: 0, text: line.text }));
  const printed = removeWrapSpaces(titleParts, header.tocEntry ? [header.tocEntry.title] : []);
  drops.push(...printed.drops);
  const title = titleParts.length ? draftText(printed.parts) : '';
  const unitsFound = toUnits(input.body, input.isFurniture);
  drops.push(...unitsFound.drops);
  const units = unitsFound.units;
  let addressee: string | undefined;
  const first = units[0];
  if (first?.kind === 'text' && /[：:]$/.test(unitText(first)) && /[，、]/.test(unitText(first))) {
    addressee = unitText(units.shift()!);
  }
  // Only the table of contents prints the title: the notice's quotations decide its wrap spaces, and none is dropped from the text.
  const finalTitle = title || draftText(removeWrapSpaces([{ line: header.bodyAfter, column: 0, text: header.tocEntry?.title ?? '' }], quotedAndReferenced(units)).parts);
  const drafted = draftBlocks(units, [finalTitle]);
  drops.push(...drafted.drops);
  const { blocks, attachments } = toModelBlocks(drafted.blocks);
  const promulgation = header.form === 'order' && header.dateLine ? orderFacts(blocks, header.dateLine.no) : {};
  const dated = header.dateText !== undefined && header.isoDate !== undefined ? { text: header.dateText, iso: header.isoDate } : dateInText(blocks);
  const draft: NoticeDraft = {
    slug: header.docNumber ? docNumberSlug(header.docNumber) : `${input.issueId}-item-${input.position}`,
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
    ...promulgation,
    blocks,
    attachments,
    ...(input.startPage !== undefined && { startPage: input.startPage }),
    ...(input.endPage !== undefined && { endPage: input.endPage }),
    order: input.position,
    ...(input.section !== undefined && { section: input.section }),
    sourceLines: [header.firstLine, input.lastLine],
  };
  return { draft, drops };
}

/** The finished notice: its doc numbers found with the prefixes known in the issue, and what its texts say. */
export function finishNotice(draft: NoticeDraft, knownPrefixes: ReadonlySet<string>): Notice {
  const find = refFinder(knownPrefixes);
  const { blocks, attachments } = linkBlocks(draft.blocks, draft.attachments, find);
  const linked = { ...draft, blocks, attachments };
  const own = [...(draft.docNumber ? [draft.docNumber] : []), ...(draft.otherDocNumbers ?? [])];
  const { cites, relations } = noticeCites(linked, own, find);
  const texts = noticeTexts(linked);
  return { ...linked, cites, relations, publishes: noticePublications(linked, texts), effects: noticeEffects(texts, draft.date) };
}

/** An unnumbered item's date: the last paragraph that is a date alone (its 落款), if any. */
function dateInText(blocks: readonly UnlinkedBlock[]): { text: string; iso: string } | undefined {
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
function orderFacts(blocks: readonly UnlinkedBlock[], dateLine: number): { signer?: string; passedAt?: string } {
  const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.lines[0] === dateLine);
  // A post and a name read as a one-line roster as well.
  const above = blocks[at - 1];
  const line = above?.kind === 'paragraph' ? above.text : above?.kind === 'list' && above.items.length === 1 ? above.items[0]!.text : '';
  const signer = SIGNER.test(line) ? line : undefined;
  const passedAt = blocks.slice(0, Math.max(0, at)).flatMap((b) => (b.kind === 'paragraph' ? (PASSED_AT.exec(b.text)?.[1] ?? []) : []))[0];
  return { ...(signer !== undefined && { signer }), ...(passedAt !== undefined && { passedAt }) };
}

/** Texts inside a notice that print titles joined: 《》 quotations and attachment references. */
function quotedAndReferenced(units: readonly Unit[]): string[] {
  const refs = units.flatMap((u) => ATTACHMENT_REF.exec(unitText(u))?.[3] ?? []);
  return [...quotations(units), ...refs];
}
