import { describe, expect, it } from 'vitest';
import { withoutWrapSpaces, wrapSpaceColumns } from '../../../src/pipeline/wrap-space.ts';

describe('wrap spaces of titles', () => {
  it('takes out a space between two Chinese characters, whatever else prints the title the same way', () => {
    expect(withoutWrapSpaces('柳州市人民政府关于韦某某等同志职务任免的 通知')).toBe('柳州市人民政府关于韦某某等同志职务任免的通知');
    expect(withoutWrapSpaces('关于开展柳州市2024年 春季植树造林活动的通知')).toBe('关于开展柳州市2024年春季植树造林活动的通知');
    expect(withoutWrapSpaces('柳州市市级　 重点项目管理办法')).toBe('柳州市市级重点项目管理办法');
    // The contents wrap the title at the same place: still a wrap.
    expect(wrapSpaceColumns('柳州市市级 重点项目管理办法', ['柳州市市级 重点项目管理办法'])).toEqual([5]);
    // Beside full-width punctuation too.
    expect(withoutWrapSpaces('关于公布权责清单（2022年版） 的通知')).toBe('关于公布权责清单（2022年版）的通知');
  });

  it('keeps the space between two joint issuers, and one between words or digits no reference joins', () => {
    expect(withoutWrapSpaces('柳州市财政局 柳州市教育局关于规范学生资助资金管理的通知')).toBe('柳州市财政局 柳州市教育局关于规范学生资助资金管理的通知');
    expect(withoutWrapSpaces('关于印发 2024 年工作要点的通知')).toBe('关于印发 2024 年工作要点的通知');
    expect(withoutWrapSpaces('MPV 产品开发')).toBe('MPV 产品开发');
  });

  it('takes out a space between digits or words where a reference prints them joined', () => {
    expect(wrapSpaceColumns('关于印发 2024 年工作要点的通知', ['关于印发2024年工作要点的通知'])).toEqual([4, 9]);
  });
});
