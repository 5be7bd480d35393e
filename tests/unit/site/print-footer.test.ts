import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/site/csp-hash.ts';
import { cssString, printFooterCss } from '../../../src/site/print-footer.ts';

describe('cssString', () => {
  it('escapes quotes and backslashes and writes a line break as \\A', () => {
    expect(cssString('《公报》"甲"\\乙\n第2行')).toBe('"《公报》\\"甲\\"\\\\乙\\A 第2行"');
  });
});

describe('printFooterCss', () => {
  const source = '《柳州市人民政府公报》2024年第3期 第25页';
  const url = 'https://gazette.example.gov.cn/notices/liuzhengfa-2024-8/';

  it('puts the source over the address at the bottom left of every printed page', () => {
    const css = printFooterCss({ source, url });
    expect(css.startsWith('@media print{@page{@bottom-left{content:')).toBe(true);
    expect(css).toContain(`content:"${source}\\A ${url}"`);
    expect(css).not.toContain('@bottom-right');
  });

  it('adds the QR code at the bottom right as an SVG data URL', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1H0z"/></svg>';
    const css = printFooterCss({ source, url, qrSvg: svg });
    const data = /@bottom-right\{content:url\("data:image\/svg\+xml;base64,([^"]+)"\)/.exec(css)?.[1];
    expect(Buffer.from(data!, 'base64').toString()).toBe(svg);
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 that a Content-Security-Policy names', () => {
    expect(cspHash('a{}')).toBe(`sha256-${createHash('sha256').update('a{}').digest('base64')}`);
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
