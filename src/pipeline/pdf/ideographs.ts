// Look-alikes PDF producers give for CJK ideographs (radicals, strokes, compatibility ideographs) and for the CJK
// punctuation that shares their fonts' glyphs, each replaced by the character the source means and recorded.
import { EQUIVALENT_IDEOGRAPHS } from './equivalent-ideographs.ts';

/**
 * Why a character was replaced. radical (U+2E80–2FDF) and stroke (U+31C0–31EF): by Unicode's
 * Equivalent_Unified_Ideograph; compatibility (U+F900–FAFF, U+2F800–2FA1F): by its canonical decomposition;
 * punctuation: a sign a CJK font draws with the glyph of a CJK punctuation mark, read back as the other code point.
 */
export type SubstitutionKind = 'radical' | 'stroke' | 'compatibility' | 'punctuation';

/** One character replaced by its unified ideograph. */
export interface Substitution {
  /** UTF-16 offset of `from` in the input. */
  column: number;
  /** UTF-16 offset of `to` in the output: it moves from `column` after a substitution that is longer or shorter than its original. */
  outputColumn: number;
  from: string;
  to: string;
  kind: SubstitutionKind;
}

/** The text with every look-alike replaced, and each replacement in order. */
export interface UnifiedText {
  text: string;
  /** Empty (one shared frozen array) when nothing was replaced. */
  substitutions: readonly Substitution[];
}

/** The unified ideograph a look-alike stands for, and why. */
export interface UnifiedIdeograph {
  to: string;
  kind: SubstitutionKind;
}

// Where a simplified-Chinese font draws a radical as a simplified ideograph that Unicode's table gives in its
// traditional form: Noto Sans CJK SC's 户 comes out of Chromium's PDFs as ⼾ (U+2F3E), which the table reads 戶.
const SIMPLIFIED_READINGS: ReadonlyMap<number, string> = new Map([[0x2f3e, '户']]);

// The angle brackets U+2329/U+232A are canonical singletons of 〈〉 (U+3008/U+3009), so NFC gives them; the horizontal
// bar U+2015 is the legacy CP936 reading of GB 2312's 破折号 (A1AA), which GB/T 15834 and GB 18030 give as U+2014.
// Noto Sans CJK draws each pair with one glyph, and Chromium's PDFs read that glyph back as the other code point.
const PUNCTUATION: ReadonlyMap<number, Readonly<UnifiedIdeograph>> = new Map(
  [[0x2329, '〈'], [0x232a, '〉'], [0x2015, '—']].map(([cp, to]) => [cp as number, Object.freeze({ to: to as string, kind: 'punctuation' as const })]),
);

const EQUIVALENT: ReadonlyMap<number, Readonly<UnifiedIdeograph>> = new Map(
  EQUIVALENT_IDEOGRAPHS.flatMap(([first, last, ideograph]) => Array.from({ length: last - first + 1 }, (_, k) => {
    const to = SIMPLIFIED_READINGS.get(first + k) ?? String.fromCodePoint(ideograph);
    const found: UnifiedIdeograph = { to, kind: first >= 0x31c0 ? 'stroke' : 'radical' };
    return [first + k, Object.freeze(found)] as const;
  })),
);

// Every block a look-alike can come from; most text has none, and then nothing more is done.
const LOOK_ALIKE = /[\u{2015}\u{2329}\u{232A}\u{2E80}-\u{2FDF}\u{31C0}-\u{31EF}\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}]/gu;
const NONE: readonly Substitution[] = Object.freeze([]);

/** The unified ideograph for the first character (code point) of `char`; undefined when it is none of the look-alikes or has no equivalent. */
export function unifiedIdeograph(char: string): Readonly<UnifiedIdeograph> | undefined {
  const cp = char.codePointAt(0)!;
  const equivalent = EQUIVALENT.get(cp) ?? PUNCTUATION.get(cp);
  if (equivalent) return equivalent;
  if ((cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f)) {
    // NFC one character at a time: on whole text NFKC would also fold full-width punctuation, U+3000 and ①.
    const one = String.fromCodePoint(cp);
    const to = one.normalize('NFC');
    if (to !== one) return { to, kind: 'compatibility' };
  }
  return undefined;
}

/** The text with each radical, stroke and compatibility ideograph replaced by its unified ideograph; the input itself when there is none. */
export function unifyIdeographs(text: string): UnifiedText {
  let substitutions: Substitution[] | undefined;
  let shift = 0;
  const out = text.replace(LOOK_ALIKE, (from: string, column: number) => {
    const found = unifiedIdeograph(from);
    if (!found) return from;
    (substitutions ??= []).push({ column, outputColumn: column + shift, from, to: found.to, kind: found.kind });
    shift += found.to.length - from.length;
    return found.to;
  });
  return { text: out, substitutions: substitutions ?? NONE };
}
