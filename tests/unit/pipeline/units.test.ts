// A notice's body lines grouped into units: extraction markup read as markup, not text.
import { describe, expect, it } from 'vitest';
import { firstNotice, oneNotice, parse, shape } from './fixture.ts';

describe('extraction markup', () => {
  it('reads **…** around a title block and - before notes as markup, not text', () => {
    const text = oneNotice(['附件：甲名单', '', '附件', '', '**甲', '名单', '(排名不分先后)**', '', '附注', '', '- 1.链长制：是指招商。', '- 2.桂惠贷：是指贷款。']);
    const n = firstNotice(text);
    expect(n.attachments[0]!.title).toBe('甲名单');
    expect(shape(n.attachments[0]!.blocks)).toEqual(['p (排名不分先后)', 'p 附注', 'notes 1.链长制：是指招商。 | 2.桂惠贷：是指贷款。']);
    expect(parse(text).fidelity.dropped.markup).toBe(8);
    expect(parse(text).fidelity.unaccounted).toBe(0);
  });
});
