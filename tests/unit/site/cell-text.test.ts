import { describe, expect, it } from 'vitest';
import { cellPieces } from '../../../src/site/cell-text.ts';

describe('cellPieces', () => {
  const known = new Map([['柳政规〔2022〕4号', {}]]);
  it('cuts a cell at the doc numbers the archive knows, keeping the printed form', () => {
    expect(cellPieces('依据柳政规[2022]4号办理', known, new Set(['柳政规']))).toEqual([
      { text: '依据' },
      { text: '柳政规[2022]4号', docNumber: '柳政规〔2022〕4号' },
      { text: '办理' },
    ]);
  });
  it('leaves text without known doc numbers whole, empty cells included', () => {
    expect(cellPieces('柳政发〔2099〕1号', known, new Set(['柳政发']))).toEqual([{ text: '柳政发〔2099〕1号' }]);
    expect(cellPieces('', known, new Set())).toEqual([{ text: '' }]);
  });
});
