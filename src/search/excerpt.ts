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

/**
 * An excerpt of `content` (a page's plain text, blocks joined by ". ") around the first whole occurrence of a phrase,
 * `length` characters long, or null when no phrase occurs: Pagefind picks its excerpt by word density and may miss it.
 */
export function phraseExcerpt(content: string, phrases: readonly string[], length: number): ExcerptPart[] | null {
  const found = phrases
    .filter(Boolean)
    .map((phrase) => ({ phrase, at: content.indexOf(phrase) }))
    .filter((hit) => hit.at !== -1)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return null;
  const start = Math.max(0, found.at - Math.floor((length - found.phrase.length) / 2));
  const window = content.slice(start, Math.max(start + length, found.at + found.phrase.length)).replace(BLOCK_JOIN, BLOCK_SEPARATOR);
  return markPhrases([{ text: window, marked: false }], phrases);
}