// Traditional → simplified: the shipped table converts queries as OpenCC does, and the bitmap says when it is needed.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { openccSimplifiedTable } from '../../../src/search/opencc-table.ts';
import { buildSimplifiedTable, needsConversion, simplifier, traditionalBitmap } from '../../../src/search/simplified.ts';

const table = openccSimplifiedTable();
const convert = simplifier(table);
const needs = needsConversion(traditionalBitmap(table));
const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('the shipped table', () => {
  it.each(['經濟普查', '螺螄粉', '非物質文化遺產', '權責清單', '托育機構', '柳政發〔2024〕3號', '乾燥', '乾坤', '頭髮', '發展', '臺灣', '立法工作計劃'])(
    'converts %s as OpenCC does',
    (text) => expect(convert(text)).toBe(opencc(text)),
  );

  it('leaves simplified text, Latin and digits alone', () => {
    expect(convert('经济普查 2024 ABC')).toBe('经济普查 2024 ABC');
  });

  it('holds one code point per side', () => {
    expect([...table.from].length).toBe([...table.to].length);
  });
});

describe('needsConversion', () => {
  it('asks for the table only when a character has a simplified form', () => {
    expect(needs('经济普查')).toBe(false);
    expect(needs('柳政发〔2024〕3号')).toBe(false);
    expect(needs('經濟普查')).toBe(true);
    expect(needs('柳政發')).toBe(true);
  });

  it('treats ideographs outside the bitmap as possibly traditional', () => {
    expect(needs('\u{20000}')).toBe(true);
    expect(needs('\u3400')).toBe(true);
  });
});

describe('buildSimplifiedTable', () => {
  it('keeps a phrase only where it converts differently from its characters', () => {
    const chars: Record<string, string> = { 乾: '干', 燥: '燥', 經: '经' };
    const fake = (text: string) => (text === '乾坤' ? '乾坤' : [...text].map((c) => chars[c] ?? c).join(''));
    const built = buildSimplifiedTable([fake], ['乾坤', '乾燥', '經']);
    expect(built.phrases).toEqual([['乾坤', '乾坤']]);
    expect(simplifier(built)('乾坤乾燥經')).toBe('乾坤干燥经');
  });
});
