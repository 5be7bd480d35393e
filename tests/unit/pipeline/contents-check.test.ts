// The notices found against the table of contents: every entry has its notice.
import { describe, expect, it } from 'vitest';
import { parse, withItem } from './fixture.ts';

describe('an item without a doc number', () => {
  it('stops the build when the text has no item with the title, naming the table of contents line', () => {
    expect(() => parse(withItem(['另一个标题', '', '正文。']))).toThrow(/seeds\/test\.txt:\d+: the table of contents lists "《柳州市某某办法》政策解读" \(page 9\) without a doc number, and the text has no item with that title/);
  });
});
