// Excerpts become text runs and marks, never markup; whole phrases are marked, not Pagefind's single characters.
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, markPhrases, phraseExcerpt } from '../../../src/search/excerpt.ts';

describe('excerptParts', () => {
  it('splits at <mark> and decodes the escaped text', () => {
    expect(excerptParts('做好<mark>经济普查</mark>的通知 &lt;script&gt; &amp; &#39;x&#39;')).toEqual([
      { text: '做好', marked: false },
      { text: '经济普查', marked: true },
      { text: "的通知 <script> & 'x'", marked: false },
    ]);
  });

  it('drops any other tag, so excerpt markup can only ever become text and marks', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>a<mark>b<b>c</b></mark>')).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });

  it('shows the join Pagefind puts between table cells and blocks as a full-width bar', () => {
    expect(excerptParts('31. 民俗. 洛满镇<mark>赶圩日</mark>. 柳南区')).toEqual([
      { text: '31 ｜ 民俗 ｜ 洛满镇', marked: false },
      { text: '赶圩日', marked: true },
      { text: ' ｜ 柳南区', marked: false },
    ]);
  });

  it('marks whole phrases, never the single characters Pagefind matched', () => {
    const parts = excerptParts('<mark>稳</mark><mark>增长</mark>各项政策，<mark>增长</mark>6%，<mark>稳</mark>');
    expect(markPhrases(parts, ['稳增长'])).toEqual([
      { text: '稳增长', marked: true },
      { text: '各项政策，增长6%，稳', marked: false },
    ]);
  });

  it('keeps only marks of two characters or more that are part of a phrase when no whole phrase is in the excerpt', () => {
    const parts = excerptParts('<mark>发</mark>展和<mark>柳州</mark>，<mark>柳州市</mark>');
    expect(markPhrases(parts, ['柳州豆腐酿', '柳政发'])).toEqual([
      { text: '发展和', marked: false },
      { text: '柳州', marked: true },
      { text: '，柳州市', marked: false },
    ]);
  });

  it('builds an excerpt around the first whole phrase, showing block joins as ｜', () => {
    const content = '关于公布名录的通知. 各县、区人民政府. 9. 传统技艺. 柳州豆腐酿制作技艺. 柳北区';
    const parts = phraseExcerpt(content, ['柳州豆腐酿'], 12)!;
    expect(parts.map((p) => p.text).join('')).toContain('柳州豆腐酿');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['柳州豆腐酿']);
    expect(parts.map((p) => p.text).join('')).toContain(' ｜ ');
    expect(phraseExcerpt(content, ['螺蛳粉'], 12)).toBeNull();
  });

  it('leaves unknown or invalid references as typed', () => {
    expect(decodeEntities('&bogus; &#0; &#x1F600;')).toBe('&bogus; &#0; 😀');
  });
});
