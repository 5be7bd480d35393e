// The documents a notice publishes (印发): named in its title or in 现将《…》印发, linked to its attachment.
import { describe, expect, it } from 'vitest';
import { firstNotice, oneNotice } from './fixture.ts';

describe('publications', () => {
  const withAttachment = (title: string, body: string, attachment: string) =>
    firstNotice(oneNotice([body, '', `附件：${attachment}`, '', '附件', '', attachment, '', '正文。'], title));

  it('reads 关于印发《X》的通知 and links the attachment of that title', () => {
    const n = withAttachment('柳州市人民政府关于印发《柳州市甲方案》的通知', '现将《柳州市甲方案》印发给你们。', '柳州市甲方案');
    expect(n.publishes).toEqual([{ title: '柳州市甲方案', target: n.attachments[0]!.id, sentence: '柳州市人民政府关于印发《柳州市甲方案》的通知', line: n.sourceLines[0] }]);
  });

  it('reads a title printed without title marks, and the only attachment when its title differs by a misprint', () => {
    const n = withAttachment('柳州市人民政府关于印发2023年市政府甲方案的通知', '现印发给你们。', '2023年市政务甲方案');
    expect(n.publishes).toMatchObject([{ title: '2023年市政府甲方案', target: n.attachments[0]!.id }]);
  });

  it('reads 现将《X》印发 in the text when the title names no publication', () => {
    const n = firstNotice(oneNotice(['现将《乙办法》印发给你们，请遵照执行。'], '柳州市人民政府关于做好乙工作的通知'));
    expect(n.publishes).toEqual([{ title: '乙办法', sentence: '现将《乙办法》印发给你们，请遵照执行。', line: n.sourceLines[0] + 4 }]);
  });

  it('finds nothing in a notice that publishes nothing', () => {
    expect(firstNotice(oneNotice(['请认真贯彻执行。'])).publishes).toEqual([]);
  });
});
