// PDFs made for tests: printed by Chromium from HTML the test writes, or written by hand object by object.
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

/** What Chromium prints around each page: header and footer templates (Chromium fills `.pageNumber`). */
export interface PrintFurniture {
  header: string;
  footer: string;
}

/** A Chromium to print with; the caller closes it. */
export function launchPrinter(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** The A4 PDF Chromium prints of an HTML page, with a running head and a folio when furniture is given. */
export async function printPdf(browser: Browser, html: string, furniture?: PrintFurniture): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '28mm', bottom: '25mm', left: '28mm', right: '26mm' },
      ...(furniture ? { displayHeaderFooter: true, headerTemplate: furniture.header, footerTemplate: furniture.footer } : {}),
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** The PDF Chromium prints of HTML that sets its own pages (`@page { size: A4; margin: 0 }`, one block per page). */
export async function printPages(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } }));
  } finally {
    await page.close();
  }
}

/** A PDF object's body: a dictionary or other value, or a stream with its dictionary's extra entries. */
export type PdfObject = string | { dict: string; stream: string };

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

/**
 * A PDF written by hand: `objects[k]` is object k + 1, object 1 the catalog; `trailer` adds entries to the
 * trailer. Streams are latin1 strings. The cross-reference table gives every object's true offset.
 */
export function handPdf(objects: readonly PdfObject[], trailer = ''): Uint8Array {
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, k) => {
    offsets.push(body.length);
    const value = typeof object === 'string' ? object : `<< ${object.dict} /Length ${object.stream.length} >>\nstream\n${object.stream}\nendstream`;
    body += `${k + 1} 0 obj\n${value}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** The objects of a one-page PDF with a page `content` stream and `resources`; objects from 5 on are the caller's. */
export function onePage(content: string, resources: string): PdfObject[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
    { dict: '', stream: content },
  ];
}

/** A one-page PDF drawing `AB` in Helvetica, whose ToUnicode map gives `A` the code point `unicodeOfA` (4 hex digits). */
export function pdfWithUnicodeOfA(unicodeOfA: string): Uint8Array {
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Test-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `2 beginbfchar <41> <${unicodeOfA}> <42> <0042> endbfchar`,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return handPdf([
    ...onePage('BT /F1 12 Tf 72 700 Td (AB) Tj ET', '<< /Font << /F1 5 0 R >> >>'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
    { dict: '', stream: cmap },
  ]);
}

/** A one-page PDF whose page is an image and nothing else, as a scan is. */
export function imageOnlyPdf(): Uint8Array {
  return handPdf([
    ...onePage('q 400 0 0 600 97 121 cm /Im1 Do Q', '<< /XObject << /Im1 5 0 R >> >>'),
    { dict: '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', stream: '\x00\xff\xff\x00' },
  ]);
}

/** A PDF text page encrypted by the standard security handler with a user password (the empty one fails). */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0').repeat(32);
  return handPdf(
    [
      ...onePage('BT /F1 12 Tf 72 700 Td (AB) Tj ET', '<< /Font << /F1 5 0 R >> >>'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -44 >>`,
    ],
    `/Encrypt 6 0 R /ID [<${'0123456789abcdef'.repeat(2)}> <${'0123456789abcdef'.repeat(2)}>]`,
  );
}
