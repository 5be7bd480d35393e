// Pagefind excerpts are HTML: escaped text with <mark> around matched words. They are cut into plain-text
// pieces here, so the page builds text nodes and <mark> elements itself and never parses markup.

/** A run of excerpt text; `marked` when Pagefind matched it. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an escaped text may hold (&amp; &#39; &#x4e00; …); unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

/** Pagefind joins block elements (table cells, headings and paragraphs) with ". ", which the gazette's text never holds. */
const BLOCK_JOIN = /\. /g;
/** How an excerpt shows the join between blocks: the full-width bar reads as a cell or block boundary in Chinese text. */
export const BLOCK_SEPARATOR = ' ｜ ';

/** The excerpt as text runs; any tag other than <mark> is dropped, so nothing else can reach the page. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) marked = true;
    else if (/^<\/mark/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, '')).replace(BLOCK_JOIN, BLOCK_SEPARATOR);
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * The excerpt re-marked for what was meant: every whole occurrence of a phrase; where none occurs, only Pagefind's
 * marks of two characters or more that are part of a phrase, never a lone character such as 发 inside 发展.
 */
export function markPhrases(parts: readonly ExcerptPart[], phrases: readonly string[]): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const marked = new Array<boolean>(text.length).fill(false);
  for (const phrase of phrases.filter(Boolean)) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) marked.fill(true, at, at + phrase.length);
  }
  if (!marked.includes(true)) {
    let at = 0;
    for (const part of parts) {
      if (part.marked && [...part.text].length >= 2 && phrases.some((phrase) => phrase.includes(part.text))) marked.fill(true, at, at + part.text.length);
      at += part.text.length;
    }
  }
  const out: ExcerptPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out.at(-1);
    if (last && last.marked === marked[i]) last.text += text[i];
    else out.push({ text: text[i]!, marked: marked[i]! });
  }
  return out;
}

/** What an excerpt shows where it starts or ends inside the text rather than at its start or end. */
export const ELLIPSIS = '…';
// How far, in characters, a cut may move to fall between two words rather than inside one.
const SNAP = 6;
const CLOSING = /[）》」』，。、；：！？”’\s]/u;

/** The index nearest `at`, within SNAP, where a word starts (Intl.Segmenter's Chinese words; a block join; punctuation). */
function wordBoundary(text: string, at: number, direction: 'back' | 'forward'): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const from = Math.max(0, at - SNAP);
  const to = Math.min(text.length, at + SNAP);
  const bounds = new Set<number>([from, to]);
  if (typeof Intl.Segmenter === 'function') {
    for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text.slice(from, to))) bounds.add(from + index);
  } else {
    for (let i = from; i < to; i++) if (/[，。、；：！？）》」\s]/u.test(text[i - 1] ?? '')) bounds.add(i);
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  return direction === 'back' ? sorted.filter((b) => b <= at).at(-1)! : sorted.find((b) => b >= at)!;
}

/** The text between `start` and `end` as excerpt parts, with an ellipsis where it is cut from more text. */
function window(content: string, start: number, end: number): ExcerptPart {
  const text = content.slice(start, end).replace(BLOCK_JOIN, BLOCK_SEPARATOR).trim();
  return { text: `${start > 0 ? ELLIPSIS : ''}${text}${end < content.length ? ELLIPSIS : ''}`, marked: false };
}

/**
 * The page's text without the blocks it opens with that a result shows already (its title, its doc number): Pagefind
 * indexes the whole article, heading and all, and a short notice's excerpt would be its title again.
 */
export function bodyText(content: string, heads: readonly (string | undefined)[]): string {
  const known = new Set(heads.filter((h): h is string => !!h).map((h) => h.replace(/\s/gu, '')));
  const blocks = content.split(BLOCK_JOIN);
  let first = 0;
  while (first < blocks.length - 1 && known.has(blocks[first]!.replace(/[\s.]/gu, ''))) first++;
  return blocks.slice(first).join('. ');
}

/**
 * An excerpt of `content` (a page's plain text, blocks joined by ". ") around the first whole occurrence of a phrase,
 * about `length` characters long, cut between words with an ellipsis where text goes on; null when no phrase occurs:
 * Pagefind picks its excerpt by word density and may miss it.
 */
export function phraseExcerpt(content: string, phrases: readonly string[], length: number): ExcerptPart[] | null {
  const found = phrases
    .filter(Boolean)
    .map((phrase) => ({ phrase, at: content.indexOf(phrase) }))
    .filter((hit) => hit.at !== -1)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return null;
  let start = wordBoundary(content, Math.max(0, found.at - Math.floor((length - found.phrase.length) / 2)), 'back');
  // A cut opens on a word, never on the closing mark of the words before it.
  while (start < found.at && CLOSING.test(content[start]!)) start++;
  const end = wordBoundary(content, Math.max(start + length, found.at + found.phrase.length), 'forward');
  return markPhrases([window(content, Math.min(start, found.at), Math.max(end, found.at + found.phrase.length))], phrases);
}

/** The first `length` characters of the text, cut between words, as the excerpt of a notice whose text holds no phrase. */
export function leadExcerpt(content: string, length: number): ExcerptPart[] {
  return [window(content, 0, wordBoundary(content, length, 'forward'))];
}

/** The plain text of excerpt parts. */
export const partsText = (parts: readonly ExcerptPart[]) => parts.map((p) => p.text).join('');

/**
 * Pagefind's excerpt of `content`, framed: an ellipsis before it unless it starts the text, after it unless it ends
 * it (Pagefind cuts a window of words out of the middle and says nothing of it).
 */
export function framedExcerpt(parts: readonly ExcerptPart[], content: string): ExcerptPart[] {
  const flat = (text: string) => text.replace(BLOCK_JOIN, BLOCK_SEPARATOR).replace(/\s/gu, '');
  const text = flat(partsText(parts));
  const whole = flat(content);
  const edge = Math.min(8, text.length);
  const before = whole.startsWith(text.slice(0, edge)) ? [] : [{ text: ELLIPSIS, marked: false }];
  const after = whole.endsWith(text.slice(text.length - edge)) ? [] : [{ text: ELLIPSIS, marked: false }];
  return [...before, ...parts, ...after];
}

/** True when a phrase stands whole in the excerpt: a section Pagefind lists only for stray characters holds none. */
export function holdsPhrase(parts: readonly ExcerptPart[], phrases: readonly string[]): boolean {
  const text = partsText(parts).replace(/\s/gu, '');
  return phrases.some((phrase) => phrase && text.includes(phrase.replace(/\s/gu, '')));
}

/** The parts without their first `count` characters. */
function dropLeading(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left >= part.text.length) {
      left -= part.text.length;
      continue;
    }
    out.push({ ...part, text: part.text.slice(left) });
    left = 0;
  }
  return out;
}

/**
 * A section's excerpt without the end of the section's own heading it opens with (…、普查目的 ｜ 第五次…): the
 * result lists the heading as the section's link already.
 */
export function withoutHeading(parts: readonly ExcerptPart[], heading: string): ExcerptPart[] {
  const text = partsText(parts);
  const cut = text.indexOf(BLOCK_SEPARATOR);
  if (cut < 0) return [...parts];
  const lead = text.slice(0, cut).replace(/^[…\s]+/u, '');
  return lead.length >= 2 && heading.replace(/\s/gu, '').endsWith(lead.replace(/\s/gu, '')) ? dropLeading(parts, cut + BLOCK_SEPARATOR.length) : [...parts];
}
