// What a cited doc number stands for in its sentence: a document this notice abolishes, amends, or rests on.
import { holdsBracketedYear } from './doc-number/grammar.ts';
import type { DocRef, Relation } from './model.ts';

/** 根据《办法》（文号）, 为贯彻落实《通知》（文号）和《通知》（文号）精神: the verb that makes the cited document a basis. */
const BASIS = /贯彻落实|贯彻执行|贯彻|落实|根据|依据|依照|按照|遵照/g;

/** The text with every 《…》 title blanked out (same length), so words inside a quoted title (关于废止…) are not read as the sentence's verb. */
export function withoutQuotedTitles(text: string): string {
  return text.replace(/《[^《》]*(?:《[^《》]*》[^《》]*)*》/g, (title) => '　'.repeat(title.length));
}

/** [start, end) of the run around `index` bounded by any of `stops`, in `text`. */
function spanAround(text: string, [index, end]: readonly [number, number], stops: RegExp): [number, number] {
  let start = index;
  while (start > 0 && !stops.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !stops.test(text[stop]!)) stop++;
  return [start, stop];
}

/** The last match of `pattern` (global) in `text`, or undefined. */
function lastMatch(text: string, pattern: RegExp): string | undefined {
  return [...text.matchAll(pattern)].at(-1)?.[0];
}

/** The sentence (to its 。) around text[index, end), trimmed; a 。 inside a quoted title does not end it. */
export function sentenceAround(text: string, index: number, end: number): string {
  const [start, stop] = spanAround(withoutQuotedTitles(text), [index, end], /[。]/);
  return text.slice(start, Math.min(stop + 1, text.length)).trim();
}

/**
 * The relation the doc number `ref` found in `text` (on seed `line`) stands in, with its sentence as evidence:
 * abolishes when its sentence says 废止 before it or its clause says so after it (wholly, or in part when the sentence
 * says 部分 or names provisions after the number); amends when its clause says 修改 or 修正; implements when its clause
 * opens with 根据, 按照, 贯彻落实 …; otherwise a plain citation (undefined).
 */
export function relationAt(text: string, { index, length, docNumber: target }: DocRef, line: number): Relation | undefined {
  const plain = withoutQuotedTitles(text);
  const end = index + length;
  const [sentenceStart, sentenceEnd] = spanAround(plain, [index, end], /[。]/);
  const [clauseStart, clauseEnd] = spanAround(plain, [index, end], /[。；，：]/);
  const sentence = sentenceAround(text, index, end);
  const clauseBefore = plain.slice(clauseStart, index);
  const clauseAfter = plain.slice(end, clauseEnd);
  const after = plain.slice(end, sentenceEnd);
  if (plain.slice(sentenceStart, index).includes('废止') || clauseAfter.includes('废止')) {
    const part = /部分/.test(plain.slice(sentenceStart, sentenceEnd)) || /^[）)]?\s*(?:关于|第|中的?)/.test(after);
    return { kind: 'abolishes', target, scope: part ? 'part' : 'whole', sentence, line };
  }
  if (/修改|修正/.test(clauseBefore) || /修改|修正/.test(clauseAfter)) return { kind: 'amends', target, sentence, line };
  const verb = lastMatch(clauseBefore, BASIS);
  if (verb) return { kind: 'implements', target, verb, sentence, line };
  return undefined;
}

/** What a list's announcement says of the documents listed after it. */
export type ListRelation = Pick<Relation, 'kind' | 'scope'>;

/**
 * 决定废止下列规范性文件：, 对以下文件作部分修改：, or a title such as 决定废止的规范性文件目录 (no full stop):
 * the documents listed after it are abolished or amended. Undefined for any other text.
 */
export function listAnnouncement(text: string): ListRelation | undefined {
  const plain = withoutQuotedTitles(text).trim();
  if (holdsBracketedYear(plain) || plain.includes('。')) return undefined;
  const opensList = /[：:]$/.test(plain) && /下列|以下|如下|文件|规章|目录/.test(plain);
  const titlesList = plain.length <= 40 && /(?:目录|清单|一览表|文件)(?:[（(][^）)]*[）)])?$/.test(plain);
  if (!opensList && !titlesList) return undefined;
  if (/废止/.test(plain)) return { kind: 'abolishes', scope: /部分/.test(plain) ? 'part' : 'whole' };
  if (/修改|修正/.test(plain)) return { kind: 'amends' };
  return undefined;
}

/** A listed item: a table row (cells joined by tabs) or a numbered entry (1. 1、 （1） 一、). */
export function isListItem(text: string): boolean {
  return text.includes('\t') || /^\s*(?:\d+\s*[.、．]|[（(]\s*\d+\s*[）)]|[一二三四五六七八九十]+、)/.test(text);
}
