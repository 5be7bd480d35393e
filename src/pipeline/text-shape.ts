// Character classes and shapes of printed Chinese text that the parser's rules rely on.
import { diffChars } from 'diff';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True for a CJK ideograph. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Printed width in em: full-width characters count 1, ASCII half. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Number of characters (code points), the unit the fidelity report counts in. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '[': '〔', ']': '〕' };

/** Folds half-width punctuation to full-width and drops spaces, so printed variants compare equal. */
export function compact(text: string): string {
  return text
    .replace(/[ \u3000\t]/g, '')
    .replace(/[():,;[\]]/g, (ch) => HALF_TO_FULL[ch] ?? ch)
    .replace(/\.{2,}|…+/g, '');
}

/** Sentence-final punctuation: a line ending with one of these is complete. */
export const TERMINAL = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);

/** True when the text ends with sentence-final punctuation (ignoring closing quotes after it). */
export function endsSentence(text: string): boolean {
  const trimmed = text.replace(/[”’」』"']+$/, '');
  const last = trimmed.at(-1);
  return last !== undefined && TERMINAL.has(last);
}

const OPENERS: Record<string, string> = { '（': '）', '(': ')', '《': '》', '〈': '〉', '“': '”', '【': '】', '〔': '〕', '「': '」', '『': '』' };

/** True when the text opens a bracket or quote it does not close: it must continue. */
export function hasOpenBracket(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    const close = OPENERS[ch];
    if (close) stack.push(close);
    else if (stack.at(-1) === ch) stack.pop();
  }
  return stack.length > 0;
}

/** Codepoint order, so no sort depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The share of characters two texts have in common, in order, of the longer one: 1 for equal texts. */
export function likeness(a: string, b: string): number {
  const common = diffChars(a, b).reduce((n, part) => n + (part.added || part.removed ? 0 : part.value.length), 0);
  return common / Math.max(a.length, b.length, 1);
}

/** `U+200B`, the form a message or a report names a character by. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
