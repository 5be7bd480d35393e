// The text of a PDF, page by page, with where each piece stands: to check what every printed page carries.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  text: string;
  /** Distance from the page's bottom edge, in points. */
  y: number;
}

/** Each page's pieces of text, in the order the PDF draws them. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfText[][]> {
  const doc = await getDocument({ data: pdf }).promise;
  const pages: PdfText[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ text: item.str, y: item.transform[5] as number }] : [])));
  }
  await doc.destroy();
  return pages;
}
