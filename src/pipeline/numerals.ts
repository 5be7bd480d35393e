// Chinese numerals as official text writes them (五, 十二, 一百零五, 两) and Arabic digits, to numbers.
import nzhcn from 'nzh/cn';

/** The number a numeral names, or undefined when the text is not a numeral. */
export function numeralValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  // nzh reads the formal 二 only; 两 is the same number in 有效期两年.
  const value = Number(nzhcn.decodeS(text.replace(/两/g, '二')));
  return value > 0 ? value : undefined;
}
