// What a title tells: the issuing authority (or authorities) and the document type.
import { describe, expect, it } from 'vitest';
import { documentType, issuingAuthority } from '../../../src/pipeline/notice-title.ts';
import { oneNotice, parse, shape } from './fixture.ts';

const PUBLISHER = '柳州市人民政府';

describe('issuing authority', () => {
  it.each([
    ['柳州市人民政府关于落实2024年《政府工作报告》重点工作分工的意见', '柳州市人民政府'],
    ['柳州市人民政府办公室关于做好2024年防汛工作的通知', '柳州市人民政府办公室'],
    ['柳州市发展和改革委员会关于印发柳州市重点项目管理办法的通知', '柳州市发展和改革委员会'],
    ['柳州市财政局 柳州市教育局关于规范学生资助资金管理的通知', '柳州市财政局、柳州市教育局'],
    ['柳州市财政局柳州市教育局关于规范学生资助资金管理的通知', '柳州市财政局、柳州市教育局'],
    ['柳州市人民 政府关于甲的通知', '柳州市人民政府'],
    ['关于甲的通知', PUBLISHER],
  ])('reads %s as issued by %s', (title, authority) => {
    expect(issuingAuthority(title, PUBLISHER)).toBe(authority);
  });

  it('reads the type from the end of the title', () => {
    expect(['柳州市人民政府关于张某某等同志职务任免的通知', '柳州市人民政府关于表扬的决定', '《柳州市城市道路桥梁管理办法》政策解读', '柳州市城市道路桥梁管理办法'].map(documentType)).toEqual(['通知', '决定', '政策解读', '其他']);
  });
});

describe('appointments', () => {
  it('keeps each appointment line a paragraph of its own, also without blank lines between them', () => {
    const n = parse(oneNotice(['任命张某某为柳州市交通运输局局长；', '免去李某某的柳州市交通运输局副局长职务；', '免去王某某的柳州市财政局局长职务。'], '柳州市人民政府关于张某某等同志职务任免的通知')).issue.notices[0]!;
    expect(shape(n.blocks)).toEqual(['p 任命张某某为柳州市交通运输局局长；', 'p 免去李某某的柳州市交通运输局副局长职务；', 'p 免去王某某的柳州市财政局局长职务。']);
  });

  it('still joins a hard-wrapped line that happens to end with ；', () => {
    const n = parse(oneNotice(['位应于2023年5月中旬前提请市政府审议；', '《柳州市某某条例》起草', '单位应于2023年7月中旬前提请审议。'])).issue.notices[0]!;
    expect(shape(n.blocks)).toEqual(['p 位应于2023年5月中旬前提请市政府审议；《柳州市某某条例》起草单位应于2023年7月中旬前提请审议。']);
  });
});
