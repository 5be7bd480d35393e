// Moving between the matches of a page: forward and back, wrapping at both ends.
import { describe, expect, it } from 'vitest';
import { stepMatch } from '../../../src/search/match-steps.ts';

describe('stepMatch', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepMatch(-1, 1, 3)).toBe(0);
    expect(stepMatch(-1, -1, 3)).toBe(2);
    expect(stepMatch(2, 1, 3)).toBe(0);
    expect(stepMatch(0, -1, 3)).toBe(2);
    expect(stepMatch(0, 1, 0)).toBe(-1);
  });
});
