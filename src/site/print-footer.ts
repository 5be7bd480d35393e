// The foot of every printed page of a notice (CSS page margin boxes): where it was printed, its address and a QR
// code of it. Per notice, so it is an inline style whose hash the page's Content-Security-Policy admits; where the
// build knew no origin, the page's script sets it again with the address the browser shows.

export interface PrintFooter {
  /** 《柳州市人民政府公报》2024年第3期 第25页 */
  source: string;
  url: string;
  /** The QR code of the URL as SVG; absent when the URL is not absolute. */
  qrSvg?: string | undefined;
}

/** A CSS string literal: quotes and backslashes escaped, a line break as the \A escape. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;
}

/** The print style that puts the source and address at the bottom left of each page, and the QR code at the right. */
export function printFooterCss({ source, url, qrSvg }: PrintFooter): string {
  const left = `@bottom-left{content:${cssString(`${source}\n${url}`)};white-space:pre-wrap;font-size:9pt;color:#333;vertical-align:top;padding-top:3mm}`;
  const right = qrSvg === undefined ? '' : `@bottom-right{content:url("data:image/svg+xml;base64,${btoa(qrSvg)}");width:16mm;height:16mm;vertical-align:top;padding-top:3mm}`;
  return `@media print{@page{${left}${right}}}`;
}
