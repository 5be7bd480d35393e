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
