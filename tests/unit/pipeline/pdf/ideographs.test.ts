import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EQUIVALENT_IDEOGRAPHS, EQUIVALENT_IDEOGRAPHS_UNICODE_VERSION } from '../../../../src/pipeline/pdf/equivalent-ideographs.ts';
import { unifiedIdeograph, unifyIdeographs } from '../../../../src/pipeline/pdf/ideographs.ts';

const DEBIAN_TABLE = '/usr/share/unicode/EquivalentUnifiedIdeograph.txt';
const UNIFIED = /^\p{Unified_Ideograph}$/u;
const cpRange = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => String.fromCodePoint(first + k));
const hex = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase();

describe('unifyIdeographs', () => {
  it('reads the radicals Chromium with Noto CJK and Word give for ordinary ideographs as those ideographs', () => {
    // ⼈ U+2F08, ⺠ U+2EA0, ⻅ U+2EC5, ⻓ U+2ED3, ⽅ U+2F45: the cases the PDFs were seen to give.
    const { text, substitutions } = unifyIdeographs('柳州市⼈⺠政府关于征求意⻅的通知　市⻓⽅案');
    expect(text).toBe('柳州市人民政府关于征求意见的通知　市长方案');
    expect(substitutions).toEqual([
      { column: 3, outputColumn: 3, from: '\u2F08', to: '人', kind: 'radical' },
      { column: 4, outputColumn: 4, from: '\u2EA0', to: '民', kind: 'radical' },
      { column: 12, outputColumn: 12, from: '\u2EC5', to: '见', kind: 'radical' },
      { column: 18, outputColumn: 18, from: '\u2ED3', to: '长', kind: 'radical' },
      { column: 19, outputColumn: 19, from: '\u2F45', to: '方', kind: 'radical' },
    ]);
  });

  it('leaves full-width punctuation, the ideographic space and circled numbers as they are, which NFKC would not', () => {
    const text = '（一）根据《柳州市人民政府令》第20号，现通知如下：　①气温不低于25℃；②〔2024〕3号';
    expect(text.normalize('NFKC')).not.toBe(text);
    const result = unifyIdeographs(text);
    expect(result.text).toBe(text);
    expect(result.substitutions).toEqual([]);
  });

  it('returns the text itself and one shared empty list when there is nothing to replace', () => {
    const text = '柳州市人民政府公报'.repeat(10_000);
    const first = unifyIdeographs(text);
    const second = unifyIdeographs('关于印发《方案》的通知');
    expect(first.text).toBe(text);
    expect(first.substitutions).toBe(second.substitutions);
    expect(Object.isFrozen(first.substitutions)).toBe(true);
  });

  it('gives input and output columns in UTF-16 units where astral characters come in or go out', () => {
    // 丽 U+2F800 (two units) becomes 丽 U+4E3D (one); ⺇ U+2E87 and 𤋮 U+FA6C (one unit) become astral ideographs (two).
    const input = '甲\u{2F800}乙\u2E87丙\uFA6C丁⼈';
    const { text, substitutions } = unifyIdeographs(input);
    expect(text).toBe('甲丽乙\u{20628}丙\u{242EE}丁人');
    expect(substitutions.map(({ column, outputColumn, kind }) => [column, outputColumn, kind])).toEqual([
      [1, 1, 'compatibility'], [4, 3, 'radical'], [6, 6, 'compatibility'], [8, 9, 'radical'],
    ]);
    for (const s of substitutions) {
      expect(input.slice(s.column, s.column + s.from.length)).toBe(s.from);
      expect(text.slice(s.outputColumn, s.outputColumn + s.to.length)).toBe(s.to);
    }
  });

  it('replaces every look-alike of a long mixed text and accounts for each at both columns', () => {
    const lookAlikes = [...cpRange(0x2e80, 0x2fdf), ...cpRange(0x31c0, 0x31ef), ...cpRange(0xf900, 0xfaff), ...cpRange(0x2f800, 0x2fa1f)];
    const input = lookAlikes.map((ch, k) => `${ch}${'市政府（）　'[k % 6]}`).join('');
    const { text, substitutions } = unifyIdeographs(input);
    expect(substitutions.length).toBe(348 + 460 + 542);
    for (const s of substitutions) {
      expect(input.slice(s.column, s.column + s.from.length)).toBe(s.from);
      expect(text.slice(s.outputColumn, s.outputColumn + s.to.length)).toBe(s.to);
    }
    // The substitutions account for every difference: applied to the input they give the output.
    let rebuilt = '';
    let at = 0;
    for (const s of substitutions) {
      rebuilt += input.slice(at, s.column) + s.to;
      at = s.column + s.from.length;
    }
    expect(rebuilt + input.slice(at)).toBe(text);
  });
});

describe('unifiedIdeograph: radicals and strokes', () => {
  it('maps every Kangxi radical to a unified ideograph, the one NFKC gives but where simplified text reads another', () => {
    const simplified: Record<string, string> = { '\u2f3e': '户' };
    for (const ch of cpRange(0x2f00, 0x2fd5)) {
      const found = unifiedIdeograph(ch);
      expect(found, `U+${hex(ch)}`).toEqual({ to: simplified[ch] ?? ch.normalize('NFKC'), kind: 'radical' });
      expect(found!.to, `U+${hex(ch)}`).toMatch(UNIFIED);
    }
  });

  it('maps radicals of the supplement that NFKC leaves alone, and CJK strokes, to unified ideographs', () => {
    expect(unifiedIdeograph('\u2EA0')).toEqual({ to: '民', kind: 'radical' });
    expect('\u2EA0'.normalize('NFKC')).toBe('\u2EA0');
    expect(unifiedIdeograph('\u2ECC')).toEqual({ to: '辶', kind: 'radical' });
    expect(unifiedIdeograph('\u31D0')).toEqual({ to: '一', kind: 'stroke' });
    expect(unifiedIdeograph('\u31D5')).toEqual({ to: '\u{200CD}', kind: 'stroke' });
    const mapped = [...cpRange(0x2e80, 0x2fdf), ...cpRange(0x31c0, 0x31ef)].map((ch) => unifiedIdeograph(ch)).filter((f) => f !== undefined);
    expect(mapped.length).toBe(348);
    for (const f of mapped) expect(f.to).toMatch(UNIFIED);
  });

  it('keeps the radicals and strokes Unicode gives no equivalent for, and characters around the blocks', () => {
    for (const ch of ['\u2E80', '\u31C0', '\u31E3', '\u2E9A', '\u2FD6', '\u2FF0', '\u3000', '人', 'A', '\uD87E']) expect(unifiedIdeograph(ch), `U+${hex(ch)}`).toBeUndefined();
    expect(unifyIdeographs('甲\u2E80乙\uD87E丙').substitutions).toEqual([]);
  });
});

describe('unifiedIdeograph: compatibility ideographs', () => {
  it('replaces 460 of the 472 in U+F900–FAFF by their canonical equivalents and keeps the 12 unified ideographs among them', () => {
    const block = cpRange(0xf900, 0xfaff);
    const changed = block.filter((ch) => unifiedIdeograph(ch));
    expect(changed.length).toBe(460);
    const kept = block.filter((ch) => !unifiedIdeograph(ch) && UNIFIED.test(ch)).map(hex);
    expect(kept).toEqual(['FA0E', 'FA0F', 'FA11', 'FA13', 'FA14', 'FA1F', 'FA21', 'FA23', 'FA24', 'FA27', 'FA28', 'FA29']);
    expect(unifiedIdeograph('\uF900')).toEqual({ to: '豈', kind: 'compatibility' });
    expect(unifiedIdeograph('\uF967')).toEqual({ to: '不', kind: 'compatibility' });
    expect(unifiedIdeograph('\uF967\uF900')).toEqual({ to: '不', kind: 'compatibility' });
    for (const ch of changed) expect(unifiedIdeograph(ch)!.to).toMatch(UNIFIED);
  });

  it('replaces every ideograph of the supplement U+2F800–2FA1F, astral ones, by one unified ideograph', () => {
    expect(unifiedIdeograph('\u{2F800}')).toEqual({ to: '丽', kind: 'compatibility' });
    expect(unifiedIdeograph('\u{2F8A6}')).toEqual({ to: '慈', kind: 'compatibility' });
    const changed = cpRange(0x2f800, 0x2fa1f).filter((ch) => unifiedIdeograph(ch));
    expect(changed.length).toBe(542);
    for (const ch of changed) expect(unifiedIdeograph(ch)!.to).toMatch(UNIFIED);
  });
});

describe('unifiedIdeograph: punctuation read back as its look-alike', () => {
  it('gives 〈〉 for the angle brackets U+2329/U+232A and the em dash for the horizontal bar, and leaves the true marks alone', () => {
    expect(unifyIdeographs('废止\u2329办法\u232A，1\u20152个')).toEqual({
      text: '废止〈办法〉，1—2个',
      substitutions: [
        { column: 2, outputColumn: 2, from: '\u2329', to: '〈', kind: 'punctuation' },
        { column: 5, outputColumn: 5, from: '\u232A', to: '〉', kind: 'punctuation' },
        { column: 8, outputColumn: 8, from: '\u2015', to: '—', kind: 'punctuation' },
      ],
    });
    expect(unifyIdeographs('〈办法〉——1—2').substitutions).toEqual([]);
    expect(unifiedIdeograph('\u2014')).toBeUndefined();
  });
});

describe('the equivalent-ideograph table', () => {
  it('is Unicode 15.0.0: 341 rows, 5 of them ranges, 348 code points', () => {
    expect(EQUIVALENT_IDEOGRAPHS_UNICODE_VERSION).toBe('15.0.0');
    expect(EQUIVALENT_IDEOGRAPHS.length).toBe(341);
    expect(EQUIVALENT_IDEOGRAPHS.filter(([first, last]) => last > first).length).toBe(5);
    expect(EQUIVALENT_IDEOGRAPHS.reduce((n, [first, last]) => n + last - first + 1, 0)).toBe(348);
    expect(EQUIVALENT_IDEOGRAPHS).toContainEqual([0x2ebe, 0x2ec0, 0x8279]);
    expect(EQUIVALENT_IDEOGRAPHS).toContainEqual([0x2e87, 0x2e87, 0x20628]);
  });

  it.skipIf(!existsSync(DEBIAN_TABLE))('agrees with the EquivalentUnifiedIdeograph.txt installed by Debian', () => {
    const source = readFileSync(DEBIAN_TABLE, 'utf8');
    const version = /^# EquivalentUnifiedIdeograph-(.+)\.txt$/m.exec(source)?.[1];
    expect(version, 'the installed file is of another Unicode version: regenerate the table').toBe(EQUIVALENT_IDEOGRAPHS_UNICODE_VERSION);
    const rows = source.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => {
      const [cps, to] = l.split(';').map((f) => f.trim());
      const [first, last = first] = cps!.split('..');
      return [parseInt(first!, 16), parseInt(last!, 16), parseInt(to!, 16)];
    });
    expect(EQUIVALENT_IDEOGRAPHS).toEqual(rows);
  });
});
