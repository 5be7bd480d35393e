// The colophon (主管, 主办, 联系电话): it belongs to the issue, not to the last notice.
import { describe, expect, it } from 'vitest';
import { COLOPHON, oneNotice, parse } from './fixture.ts';

describe('colophon', () => {
  it('belongs to the issue, not to the last notice', () => {
    const { issue } = parse(oneNotice(['最后一段。']));
    expect(issue.colophon).toMatchObject({ supervisor: '柳州市人民政府', publisher: '柳州市人民政府办公室', phone: '0772-2825328' });
    expect(issue.colophon.fields.map((f) => f.label)).toEqual(['主 管', '主 办', '联系电话']);
    const last = issue.notices[0]!.blocks.at(-1);
    expect(last).toMatchObject({ kind: 'paragraph', text: '最后一段。' });
    expect(COLOPHON.at(-1)).toContain('0772');
  });
});
