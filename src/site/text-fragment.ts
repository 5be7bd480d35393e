// A link to a sentence of a notice page itself: a text fragment (#:~:text=start,end), which the browser scrolls to and
// marks; a citizen sees the sentence in its place rather than a line number of the source text.

// Characters of a sentence's start and end the fragment names: enough to be found once, short enough to match.
const EDGE = 12;

/** The fragment's words percent-encoded, with the '-' and ',' that text directives give a meaning escaped too. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/gu, '%2D');

/** The page's address with a text fragment for the sentence, whole when short, else by its start and end. */
export function sentenceHref(pageHref: string, sentence: string): string {
  const chars = [...sentence.trim()];
  const directive = chars.length <= 2 * EDGE ? encode(chars.join('')) : `${encode(chars.slice(0, EDGE).join(''))},${encode(chars.slice(-EDGE).join(''))}`;
  return `${pageHref}#:~:text=${directive}`;
}
