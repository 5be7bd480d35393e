// What a full-text query asks for: its words (separated by spaces), the forms each word is searched in, and the
// terms the opened notice marks. A word is a phrase: 稳增长 means those three characters together.
import { expandAbbreviations } from './abbreviations.ts';

export interface QueryWord {
  /** The word as typed (normalised, simplified). */
  text: string;
  /** The forms searched for it: the word, and its full form when it holds an abbreviation. */
  forms: string[];
  /**
   * Each form cut into the parts a notice must hold, apart or together: the words Pagefind's Chinese segmentation
   * cuts (经济普查 → 经济, 普查), with a lone character joined to its neighbour (稳增长 stays whole, 高质量发展 →
   * 高质量, 发展), since a single character somewhere in a notice says nothing of the word.
   */
  segments: string[][];
}

export interface QueryPlan {
  words: QueryWord[];
  /** The whole query in each form, for Pagefind's ranked search: as typed, then with abbreviations spelt out. */
  variants: string[];
  /** Every form of every word, longest first: what the opened notice marks, each as a whole. */
  highlights: string[];
}

/** The plan for a normalised, simplified query; an empty query has no words. */
export function planQuery(query: string): QueryPlan {
  // Quotes ask for a phrase, which every word already is; inside a Pagefind term they would change its meaning.
  const texts = query.replace(/["“”]/g, ' ').split(' ').filter(Boolean);
  const words = texts.map((text) => {
    const forms = [...new Set([text, expandAbbreviations(text)])];
    return { text, forms, segments: forms.map((form) => joinLoneCharacters(segment(form))) };
  });
  const expanded = words.map((word) => word.forms.at(-1)).join(' ');
  const variants = [...new Set([texts.join(' '), expanded])].filter(Boolean);
  const highlights = [...new Set(words.flatMap((word) => word.forms))].sort((a, b) => b.length - a.length);
  return { words, variants, highlights };
}

/** A form cut into words by the browser's segmenter for Chinese (the one Pagefind's script uses); punctuation is dropped. */
export function segment(form: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [form];
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(form)].filter((s) => s.isWordLike).map((s) => s.segment);
  return words.length > 0 ? words : [form];
}

/** Each single-character part joined to the next part, or to the one before when it ends the form. */
export function joinLoneCharacters(parts: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const part of parts) {
    if ([...part].length === 1) pending += part;
    else {
      joined.push(pending + part);
      pending = '';
    }
  }
  if (pending) {
    if (joined.length > 0) joined[joined.length - 1] += pending;
    else joined.push(pending);
  }
  return joined;
}

/** Text compared for phrases: NFKC, lower case, without whitespace (titles keep the spaces where a printed line wrapped). */
export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** True when every word of the plan occurs, in one of its forms, somewhere in the texts. */
export function holdsEveryWord(plan: QueryPlan, texts: readonly string[]): boolean {
  const haystack = texts.map(comparable);
  return plan.words.every((word) => word.forms.some((form) => haystack.some((text) => text.includes(comparable(form)))));
}
