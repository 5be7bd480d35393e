import { describe, expect, it } from 'vitest';
import { headingFacesCss } from '../../../src/site/heading-faces.ts';

describe('headingFacesCss', () => {
  it('sets each heading in its GB/T 9704 face by its marker, whatever its level', () => {
    const css = headingFacesCss([
      { level: 2, text: '（一）坚持依法普查', id: '一坚持依法普查' },
      { level: 2, text: '一、总体要求', id: '一总体要求' },
      { level: 3, text: '1.加速推进重大项目', id: '1加速推进重大项目' },
      { level: 2, text: '2024年市政府为民办实事工作任务分工方案', id: 'fujian-1' },
    ]);
    expect(css).toBe(
      '.prose :is([id="一坚持依法普查"]){font-family:var(--font-kai)}' +
        '.prose :is([id="一总体要求"]){font-family:var(--font-sans)}' +
        '.prose :is([id="1加速推进重大项目"]){font-family:var(--font-fangsong);font-weight:700}',
    );
    expect(headingFacesCss([{ level: 2, text: '附件标题', id: 'x"y' }])).toBe('');
  });
});
