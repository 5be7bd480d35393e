// Excerpts become text runs and marks, never markup; whole phrases are marked, not Pagefind's single characters.
import { describe, expect, it } from 'vitest';
import { bodyText, decodeEntities, excerptParts, framedExcerpt, holdsPhrase, leadExcerpt, markPhrases, partsText, phraseExcerpt, withoutHeading } from '../../../src/search/excerpt.ts';

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

describe('excerpts cut for a reader', () => {
  const content = '柳州市人民政府关于做好全市第五次全国经济普查的通知. 柳政发〔2023〕9号. 各县、区人民政府：为全面调查我市第二产业和第三产业的发展规模及布局，城镇新增就业5.5万人，农村劳动力转移就业65万人，按照国务院的要求做好普查。';

  it('leaves out the title and doc number a result shows already', () => {
    expect(bodyText(content, ['柳州市人民政府关于做好全市第五次全国经济普查的通知', '柳政发〔2023〕9号']).startsWith('各县、区人民政府')).toBe(true);
    // Nothing but the title: the title stays, there being nothing else.
    expect(bodyText('标题', ['标题'])).toBe('标题');
  });

  it('cuts between words, with an ellipsis on each side where the text goes on', () => {
    const text = partsText(phraseExcerpt(content, ['新增就业'], 16)!);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('新增就业');
    // Not inside 5.5万 or a word: the first character after the ellipsis starts a word of the text.
    expect(text).not.toMatch(/^…[.万人业]/u);
    expect(partsText(leadExcerpt('各县、区人民政府：现将方案印发给你们。', 40))).toBe('各县、区人民政府：现将方案印发给你们。');
    expect(partsText(leadExcerpt(content, 10)).endsWith('…')).toBe(true);
  });

  it('frames Pagefind’s window with ellipses, and tells a section holding the phrase from one holding its characters', () => {
    const parts = excerptParts('城镇<mark>新增</mark>就业5.5万人');
    expect(partsText(framedExcerpt(parts, content))).toBe('…城镇新增就业5.5万人…');
    expect(partsText(framedExcerpt(excerptParts('柳州市人民政府关于'), content)).startsWith('柳州市')).toBe(true);
    expect(holdsPhrase(excerptParts('<mark>第</mark>一<mark>条</mark>　为了加强管理'), ['第七条'])).toBe(false);
    expect(holdsPhrase(excerptParts('<mark>第七条</mark>　本办法自'), ['第七条'])).toBe(true);
  });

  it('leaves out the end of a section’s own heading its excerpt opens with', () => {
    const parts = excerptParts('、普查目的. 第五次全国<mark>经济普查</mark>是一项重大国情国力调查');
    expect(partsText(withoutHeading(parts, '二、普查目的'))).toBe('第五次全国经济普查是一项重大国情国力调查');
    expect(withoutHeading(parts, '二、普查目的').find((p) => p.marked)?.text).toBe('经济普查');
    // An excerpt that opens with other words keeps them.
    expect(partsText(withoutHeading(excerptParts('按照国务院. 第五次'), '二、普查目的'))).toBe('按照国务院 ｜ 第五次');
  });
});
