// One notice drafted from its lines: the addressee between the header and the text.
import { describe, expect, it } from 'vitest';
import { firstNotice, issueText, tocLine } from './fixture.ts';

describe('notice', () => {
  it('reads the addressee line', () => {
    const n = firstNotice(issueText([tocLine('柳州市人民政府关于甲的通知', '柳政发〔2024〕3号', 3)], ['柳州市人民政府关于甲的通知', '2024年2月8日 柳政发〔2024〕3号', '', '各县、区人民政府，各有关单位：', '', '正文。']));
    expect(n.addressee).toBe('各县、区人民政府，各有关单位：');
    expect(n.blocks).toHaveLength(1);
  });
});
