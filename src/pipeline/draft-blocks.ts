// Units to draft blocks: paragraphs joined across page breaks, headings, lists, tables and attachments.
import type { Drop } from './fidelity-record.ts';
import { dropSpan } from './lines.ts';
import { ARTICLE, ATTACHMENT_LABEL, ATTACHMENT_REF, markerStyle, NOTE_ITEM, NOTES_LABEL, REGULATION_STYLES, startsWithAttribution } from './markers.ts';
import type { HeadingStyle } from './model.ts';
import { numeralValue } from './numerals.ts';
import { compact, endsSentence, hasOpenBracket, visualWidth } from './text-shape.ts';
import type { Part, Unit } from './units.ts';
import { unitText } from './units.ts';
import { removeWrapSpaces } from './wrap-space.ts';

/** A body block before heading levels and anchors are assigned; text keeps its source parts. */
export type DraftBlock =
  | { kind: 'heading'; style: HeadingStyle; parts: Part[]; continued?: boolean }
  | { kind: 'paragraph'; parts: Part[] }
  | { kind: 'article'; label: string; number: number; parts: Part[] }
  | { kind: 'list'; variant: 'roster' | 'notes'; items: Part[][] }
  | { kind: 'table'; caption?: Part[]; header: Part; rows: Part[] }
  | { kind: 'attachment-ref'; label: string; number: string; title: string; parts: Part[] }
  | { kind: 'attachment'; label: Part; title: Part[] };

export function draftText(parts: readonly Part[]): string {
  return parts.map((p) => p.text).join('');
}

// A heading is a marked line of at most this width with no sentence inside it.
const HEADING_WIDTH = 40;
// A line at least this wide may be the first half of a block broken by a page end.
const FULL_LINE = 16;
// A comma or an enumeration comma never ends a paragraph.
const CONTINUING = /[，、,]$/;
// The second half of a broken heading is short.
const HEADING_TAIL = 20;

function isHeadingShaped(text: string): boolean {
  const inner = text.slice(0, -1);
  return markerStyle(text) !== undefined && visualWidth(text) <= HEADING_WIDTH && !/[。！？；]/.test(inner) && !text.endsWith('：');
}

/**
 * Per unit, the marker styles that its section (the span under one 一、 heading) uses as run-in paragraphs
 * (（一）坚定不移…。实施…) more often than as headings.
 */
function runInStyles(units: readonly Unit[]): Set<HeadingStyle>[] {
  const texts = units.map((u) => (u.kind === 'text' ? unitText(u) : ''));
  // 一、 items are tallied over the whole notice: they are what delimits the sections.
  const top = texts.reduce((n, t) => (markerStyle(t) === '一、' ? n + (isHeadingShaped(t) ? -1 : 1) : n), 0);
  const sectionOf: number[] = [];
  const tallies: Map<HeadingStyle, number>[] = [new Map()];
  for (const text of texts) {
    const style = markerStyle(text);
    if (style === '一、' && top <= 0) tallies.push(new Map());
    const tally = tallies.at(-1)!;
    if (style && style !== '一、') tally.set(style, (tally.get(style) ?? 0) + (isHeadingShaped(text) ? -1 : 1));
    sectionOf.push(tallies.length - 1);
  }
  const sets = tallies.map((t) => new Set([...t].filter(([, n]) => n > 0).map(([s]) => s)));
  if (top > 0) for (const set of sets) set.add('一、');
  return sectionOf.map((k) => sets[k]!);
}

/** Titles a notice quotes in 《》, as quoted: a second printing of the titles of embedded documents. */
export function quotations(units: readonly Unit[]): string[] {
  return units.filter((u) => u.kind === 'text').flatMap((u) => [...unitText(u).matchAll(/《([^《》]+)》/g)].map((m) => m[1] ?? ''));
}

/**
 * Builds draft blocks from a notice's units; `references` are texts that print titles joined (the notice title). The
 * characters it leaves out (wrap spaces of titles, spaces after an article's label, repeated table headers) are returned.
 */
export function draftBlocks(units: readonly Unit[], references: readonly string[]): { blocks: DraftBlock[]; drops: Drop[] } {
  const blocks: DraftBlock[] = [];
  const drops: Drop[] = [];
  const runInBySection = runInStyles(units);
  const quoted = quotations(units);
  // An embedded document printed under a title the notice quotes is a title heading.
  const quotedTitles = new Set(quoted.map(compact));
  const attachmentRefs: string[] = [];
  // Set by a regulation's first article (第一条), until an attachment: its 一、 and （一） are items, not headings.
  let inRegulation = false;
  let expectTitle: Extract<DraftBlock, { kind: 'attachment' }> | undefined;

  const titleText = (parts: Part[], refs: readonly string[]): Part[] => {
    const title = removeWrapSpaces(parts, refs);
    drops.push(...title.drops);
    return title.parts;
  };

  for (const [u, unit] of units.entries()) {
    const text = unitText(unit);
    const last = blocks.at(-1);
    const runIn = runInBySection[u]!;

    if (expectTitle && (unit.kind === 'text' || unit.kind === 'title-block')) {
      const { title, rest } = attachmentTitle(unit, attachmentRefs);
      expectTitle.title = titleText(title, attachmentRefs);
      if (rest.length) blocks.push({ kind: 'paragraph', parts: rest });
      expectTitle = undefined;
      continue;
    }
    expectTitle = undefined;

    if (unit.kind === 'row') {
      drops.push(...addRow(blocks, unit.parts[0]!));
      continue;
    }
    const variant = listVariant(unit, text, last);
    if (variant) {
      if (last?.kind === 'list' && last.variant === variant) last.items.push(unit.parts);
      else blocks.push({ kind: 'list', variant, items: [unit.parts] });
      continue;
    }
    if (unit.kind === 'title-block') {
      blocks.push({ kind: 'heading', style: 'title', parts: titleText(unit.parts, [...references, ...attachmentRefs]) });
      continue;
    }

    const label = ATTACHMENT_LABEL.exec(text);
    if (label) {
      inRegulation = false;
      const block: DraftBlock = { kind: 'attachment', label: unit.parts[0]!, title: [] };
      blocks.push(block);
      expectTitle = block;
      continue;
    }
    const ref = ATTACHMENT_REF.exec(text);
    if (ref && unit.parts.length === 1) {
      const title = ref[3] ?? '';
      attachmentRefs.push(title);
      blocks.push({ kind: 'attachment-ref', label: ref[1] ?? '', number: ref[2] ?? '', title, parts: unit.parts });
      continue;
    }

    if (unit.separated && last && continues(last, text, runIn)) {
      const parts = last.kind === 'heading' || last.kind === 'paragraph' || last.kind === 'article' ? last.parts : [];
      parts.push(...unit.parts);
      if (last.kind === 'heading' && !isHeadingShaped(draftText(parts))) {
        blocks[blocks.length - 1] = { kind: 'paragraph', parts };
      } else if (last.kind === 'heading') last.continued = true;
      continue;
    }

    const article = articleAt(text);
    if (article) {
      inRegulation = true;
      const { block, drops: spaces } = articleBlock(unit.parts, article);
      blocks.push(block);
      drops.push(...spaces);
      continue;
    }
    const style = markerStyle(text);
    if (style && isHeadingShaped(text) && !runIn.has(style) && (!inRegulation || REGULATION_STYLES.has(style))) {
      blocks.push({ kind: 'heading', style, parts: unit.parts });
    } else if (!style && quotedTitles.has(compact(text)) && visualWidth(text) <= HEADING_WIDTH) {
      blocks.push({ kind: 'heading', style: 'title', parts: titleText(unit.parts, [...references, ...quoted]) });
    } else {
      blocks.push({ kind: 'paragraph', parts: unit.parts });
    }
  }
  const captioned = attachCaptions(blocks, references);
  return { blocks: captioned.blocks, drops: [...drops, ...captioned.drops] };
}

/** The list a unit is an item of: a marked note or roster line, or a numbered paragraph under 附注, marked or not. */
function listVariant(unit: Unit, text: string, last: DraftBlock | undefined): 'notes' | 'roster' | undefined {
  if (unit.kind === 'note') return 'notes';
  if (unit.kind === 'roster') return 'roster';
  const afterNotesLabel = (last?.kind === 'list' && last.variant === 'notes') || (last?.kind === 'paragraph' && NOTES_LABEL.test(draftText(last.parts)));
  return unit.kind === 'text' && NOTE_ITEM.test(text) && afterNotesLabel ? 'notes' : undefined;
}

/** Whether a unit's text continues the block before it, across a blank line or a page break. */
function continues(last: DraftBlock, text: string, runIn: Set<HeadingStyle>): boolean {
  if (last.kind !== 'paragraph' && last.kind !== 'heading' && last.kind !== 'article') return false;
  const before = draftText(last.parts);
  if (startsBlock(text)) return false;
  if (last.kind === 'paragraph' || last.kind === 'article') return runsOn(before, text);
  // A heading breaks across one page end at most.
  if (last.style === 'title' || last.continued || endsSentence(before)) return false;
  if (hasOpenBracket(before)) return true;
  if (visualWidth(before) < FULL_LINE) return false;
  const style = markerStyle(before);
  if (style && runIn.has(style)) return true;
  return visualWidth(text) <= HEADING_TAIL && !/[。！？；]/.test(text.slice(0, -1));
}

/**
 * True when a paragraph `before` and the text `after` it, parted by a blank line or a page break, are read as one
 * paragraph the break cut: `before` stops mid-sentence on a full line or inside brackets, or `after` is its attribution.
 */
export function runsOn(before: string, after: string): boolean {
  if (startsBlock(after)) return false;
  if (startsWithAttribution(after) || CONTINUING.test(before)) return true;
  return !endsSentence(before) && (visualWidth(before) >= FULL_LINE || hasOpenBracket(before));
}

function startsBlock(text: string): boolean {
  return markerStyle(text) !== undefined || articleAt(text) !== undefined || ATTACHMENT_LABEL.test(text) || ATTACHMENT_REF.test(text);
}

/** The article a line opens, with its number; a numeral that reads as no number (第零条) opens none. */
function articleAt(text: string): { match: RegExpExecArray; number: number } | undefined {
  const match = ARTICLE.exec(text);
  const number = match ? numeralValue(match[2] ?? '') : undefined;
  return match && number !== undefined ? { match, number } : undefined;
}

/** An article: its label apart, the spaces after the label dropped, its text the rest of the unit. */
function articleBlock(parts: readonly Part[], { match, number }: { match: RegExpExecArray; number: number }): { block: DraftBlock; drops: Drop[] } {
  const [whole, label = '', , spaces = ''] = match;
  const [first, ...rest] = parts;
  const after = { ...first!, column: first!.column + whole.length, text: first!.text.slice(whole.length) };
  const block: DraftBlock = { kind: 'article', label, number, parts: [after, ...rest] };
  return { block, drops: spaces ? dropSpan(first!.line, { column: first!.column + label.length, text: spaces }, 'whitespace') : [] };
}

/** Adds a row to the table it continues, or starts a table with it as the header; a header row repeated after a page break is dropped. */
function addRow(blocks: DraftBlock[], row: Part): Drop[] {
  const last = blocks.at(-1);
  if (last?.kind !== 'table') {
    blocks.push({ kind: 'table', header: row, rows: [] });
    return [];
  }
  if (sameCells(row.text, last.header.text)) return dropSpan(row.line, { column: row.column, text: row.text }, 'repeated-table-header');
  last.rows.push(row);
  return [];
}

function sameCells(a: string, b: string): boolean {
  return a.split('\t').map(compact).join('\t') === b.split('\t').map(compact).join('\t');
}

/** The lines of an attachment's title after its label, joined as far as an attachment reference prints them, and the lines after it. */
function attachmentTitle(unit: Unit, refs: readonly string[]): { title: Part[]; rest: Part[] } {
  const parts = unit.parts;
  const wanted = new Set(refs.map(compact));
  for (let k = parts.length; k > 1; k--) {
    if (wanted.has(compact(draftText(parts.slice(0, k))))) return { title: parts.slice(0, k), rest: parts.slice(k) };
  }
  return { title: parts.slice(0, 1), rest: parts.slice(1) };
}

/** A short unfinished paragraph right before a table is the table's caption. */
function attachCaptions(blocks: readonly DraftBlock[], references: readonly string[]): { blocks: DraftBlock[]; drops: Drop[] } {
  const out: DraftBlock[] = [];
  const drops: Drop[] = [];
  for (const block of blocks) {
    const before = out.at(-1);
    if (block.kind === 'table' && before?.kind === 'paragraph') {
      const text = draftText(before.parts);
      if (!endsSentence(text) && visualWidth(text) <= HEADING_WIDTH && !markerStyle(text)) {
        out.pop();
        const caption = removeWrapSpaces(before.parts, references);
        block.caption = caption.parts;
        drops.push(...caption.drops);
      }
    }
    out.push(block);
  }
  return { blocks: out, drops };
}
