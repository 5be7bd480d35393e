// An issue's table of contents as the page shows it: printed order and pages, archived notices' clean titles.
import { describe, expect, it } from 'vitest';
import { displayToc } from '../../../src/site/toc.ts';

describe('displayToc', () => {
  it('keeps printed order and pages, and shows an archived notice’s clean title', () => {
    const toc = [
      { title: '关于落实2024年《政府工作 报告》的意见', docNumber: '柳政发〔2024〕3号', page: 3, slug: 'a' },
      { title: '未收录的文件', page: 9 },
    ];
    const shown = displayToc(toc, (slug) => (slug === 'a' ? '关于落实2024年《政府工作报告》的意见' : undefined));
    expect(shown).toEqual([
      { title: '关于落实2024年《政府工作报告》的意见', docNumber: '柳政发〔2024〕3号', page: 3, slug: 'a' },
      { title: '未收录的文件', page: 9 },
    ]);
  });
});
