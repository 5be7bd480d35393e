// Characters a text layer must never give: they mean its fonts map glyphs to nothing or to garbage.
import { codePoint } from '../text-shape.ts';

/** Why a character of a text layer cannot be trusted, or undefined when it can. */
export function untrustedKind(char: string): string | undefined {
  const code = char.codePointAt(0)!;
  if (code === 0xfffd) return 'the replacement character';
  if (code === 0) return 'a glyph missing from its font';
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 'a control character';
  if ((code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000) return 'a private-use character';
  return undefined;
}

/** The first untrusted character of a text and why, or undefined when there is none. */
export function firstUntrusted(text: string): { char: string; kind: string } | undefined {
  for (const char of text) {
    const kind = untrustedKind(char);
    if (kind) return { char, kind };
  }
  return undefined;
}

/** The text with each untrusted character written as its code point in braces, so a message shows where it stands. */
export function showUntrusted(text: string): string {
  return [...text].map((char) => (untrustedKind(char) ? `{${codePoint(char)}}` : char)).join('');
}
