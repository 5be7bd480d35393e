// A typed query normalised: half-width Latin and digits, one space, no invisible characters, bounded length.
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../../src/search/query.ts';

describe('normalizeQuery', () => {
  it('turns full-width Latin and digits half-width, collapses spaces and drops invisible characters', () => {
    expect(normalizeQuery('  ＡＢＣ　１２３\u200b 经济  普查 ')).toBe('ABC 123 经济 普查');
  });

  it('cuts long input', () => {
    expect([...normalizeQuery('经'.repeat(500))].length).toBe(100);
  });
});
