// PDF bytes to pages of glyph runs, read by pdf.js, with every character of the text layer checked.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, type PageViewport, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { PdfError } from './pdf-error.ts';
import { codePoint } from '../text-shape.ts';
import { pageRules, type Rule } from './rules.ts';
import { firstUntrusted, showUntrusted } from './untrusted-text.ts';

/**
 * A run of glyphs as pdf.js gives it: one font, one baseline. Coordinates are PDF points in the page's
 * top-down space: origin at the top left corner of the page as displayed (crop box, page rotation applied),
 * x to the right, y down. `y` is the baseline.
 */
export interface GlyphRun {
  /** 0-based index of the page in the PDF. */
  page: number;
  x: number;
  y: number;
  width: number;
  /** Font size in points: the vertical scale of the run's text matrix. */
  size: number;
  /**
   * The font object of the document the run is drawn in, as pdf.js numbers them (`f3` of pdf.js's `g_d0_f3`, whose
   * `d0` counts the documents pdf.js has opened and is left out so that the same PDF always reads the same).
   * Not the font's PostScript name: producers subset one font into many font objects.
   */
  font: string;
  /** The font's own name, its subset tag (`ABCDEF+`) taken off: the face (仿宋, 黑体 …) that a change of marks a heading. */
  face?: string;
  /**
   * The run's text as pdf.js gives it. pdf.js drops every whitespace glyph of the PDF (U+0020 and U+3000 alike)
   * and puts in U+0020 where the glyphs' positions leave a gap, so every U+0020 here is pdf.js's guess.
   */
  text: string;
  /** True for a run pdf.js made of one U+0020 for a wide gap: it stands for no glyph, and layout decides the space. */
  inserted: boolean;
}

/** One page: its displayed size in points, its glyph runs and its ruling lines in the order the PDF draws them. */
export interface PdfPage {
  /** 0-based index of the page in the PDF. */
  index: number;
  width: number;
  height: number;
  runs: GlyphRun[];
  /** Horizontal and vertical rules, in the same top-down space as the runs. */
  rules: Rule[];
}

/** The document's pages and the producer and creator it names, so that a producer's quirks can be traced. */
export interface PdfText {
  pages: PdfPage[];
  producer?: string;
  creator?: string;
}

// pdf.js reads its CMaps (needed for fonts in predefined encodings such as GBK-EUC-H without a ToUnicode map)
// and standard font data from the files it ships.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(PDFJS_DIR, 'cmaps') + '/';
const STANDARD_FONT_URL = join(PDFJS_DIR, 'standard_fonts') + '/';

// How far from each end a PDF's header and end marker may stand (Acrobat's tolerance).
const MARKER_SPAN = 1024;

/** True when the bytes hold `marker` within MARKER_SPAN bytes of their start, or of their end. */
function holdsMarker(bytes: Uint8Array, marker: string, atEnd: boolean): boolean {
  const span = atEnd ? bytes.subarray(Math.max(0, bytes.length - MARKER_SPAN)) : bytes.subarray(0, MARKER_SPAN);
  return Buffer.from(span.buffer, span.byteOffset, span.byteLength).includes(marker, 0, 'latin1');
}

/** The error for what pdf.js threw while opening a document. */
function openError(file: string, error: unknown): PdfError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfError({ file, page: 0 }, 'the PDF is encrypted with a password', 'a PDF that opens without one');
  return new PdfError({ file, page: 0 }, `the PDF cannot be read (${name || 'error'}: ${message})`);
}

/** pdf.js's loaded font name without the number of the document: `g_d7_f3` → `f3`. */
function fontId(loadedName: string): string {
  return loadedName.replace(/^g_d\d+_/u, '');
}

// pdf.js never passes a whitespace glyph through, so an item of spaces alone is one pdf.js made for a gap.
const ONLY_SPACES = /^ +$/u;

/** The run of a text item, in the page's top-down space. */
function toRun(viewport: PageViewport, index: number, item: TextItem, face: string | undefined): GlyphRun {
  const [a, b, c, d, e, f] = item.transform as number[];
  const [x, y] = viewport.convertToViewportPoint(e!, f!);
  const size = Math.hypot(c!, d!) || Math.hypot(a!, b!);
  const run: GlyphRun = { page: index, x: x!, y: y!, width: item.width, size, font: fontId(item.fontName), text: item.str, inserted: ONLY_SPACES.test(item.str) };
  return face ? { ...run, face } : run;
}

/** The font's own name as embedded (`ABCDEF+SimSun`); the page's operator list must be loaded, which loads its fonts. */
function embeddedName(page: PDFPageProxy, loadedName: string): string | undefined {
  try {
    const font = page.commonObjs.get(loadedName) as { name?: unknown } | undefined;
    return typeof font?.name === 'string' && font.name !== '' ? font.name : undefined;
  } catch {
    return undefined;
  }
}

/** The face of a font: its embedded name without the subset tag. */
function faceOf(page: PDFPageProxy, loadedName: string): string | undefined {
  return embeddedName(page, loadedName)?.replace(/^[A-Z]{6}\+/u, '');
}

/** The font's own name with its id, for an error: `ABCDEF+SimSun (f3)`. */
function fontLabel(page: PDFPageProxy, loadedName: string): string {
  const name = embeddedName(page, loadedName);
  return name ? `${name} (${fontId(loadedName)})` : fontId(loadedName);
}

/**
 * The glyph runs of a page; pdf.js's empty end-of-line markers carry no glyph and are left out. The page's operator
 * list must be loaded first: it loads the fonts whose names the runs carry.
 */
async function pageRuns(file: string, page: PDFPageProxy, index: number): Promise<GlyphRun[]> {
  // Normalisation is a text-content option in pdf.js 5 (not a document one); the ingest normalises itself.
  const content = await page.getTextContent({ disableNormalization: true });
  const viewport = page.getViewport({ scale: 1 });
  const runs: GlyphRun[] = [];
  for (const item of content.items as (TextItem | TextMarkedContent)[]) {
    if (!('str' in item) || item.str === '') continue;
    const bad = firstUntrusted(item.str);
    if (bad) {
      throw new PdfError(
        { file, page: index + 1 },
        `font ${fontLabel(page, item.fontName)} gives ${codePoint(bad.char)}, ${bad.kind}, in “${showUntrusted([...item.str].slice(0, 20).join(''))}”: the text layer cannot be trusted`,
        'a text layer that maps every glyph to its character (or OCR of the page)',
      );
    }
    runs.push(toRun(viewport, index, item, faceOf(page, item.fontName)));
  }
  return runs;
}

// The operators that paint an image (image masks included: a scan may be a 1-bit mask).
const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
]);

/** One page of the document, and whether it is a scan (images, no text); whatever pdf.js throws on it is named with the page. */
async function readPage(file: string, doc: PDFDocumentProxy, index: number): Promise<{ page: PdfPage; scan: boolean }> {
  try {
    const page = await doc.getPage(index + 1);
    const viewport = page.getViewport({ scale: 1 });
    const { width, height } = viewport;
    // One operator list serves the fonts' names, the rules and the question whether a page without text is a scan.
    const operators = await page.getOperatorList();
    const runs = await pageRuns(file, page, index);
    const rules = pageRules(operators, (x, y) => viewport.convertToViewportPoint(x, y) as [number, number]);
    const scan = !runs.some((run) => !run.inserted) && operators.fnArray.some((fn) => IMAGE_OPS.has(fn));
    page.cleanup();
    return { page: { index, width, height, runs, rules }, scan };
  } catch (error) {
    if (error instanceof PdfError) throw error;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new PdfError({ file, page: index + 1 }, `the page cannot be read (${message})`);
  }
}

/** The Producer and Creator of the document's information dictionary. */
async function producerAndCreator(doc: PDFDocumentProxy): Promise<{ producer?: string; creator?: string }> {
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const text = (key: string) => (typeof info[key] === 'string' && info[key] !== '' ? (info[key] as string) : undefined);
  const producer = text('Producer');
  const creator = text('Creator');
  return { ...(producer ? { producer } : {}), ...(creator ? { creator } : {}) };
}

/**
 * The pages and glyph runs of a PDF. `file` names the seed in errors. Throws a PdfError for bytes that are not a
 * PDF, a PDF cut short, one that needs a password, one with no text at all or with a scanned page among pages of
 * text, and a character no text layer may hold.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfText> {
  if (!holdsMarker(bytes, '%PDF-', false)) throw new PdfError({ file, page: 0 }, 'not a PDF (no %PDF- header)', 'a PDF file');
  if (!holdsMarker(bytes, '%%EOF', true)) throw new PdfError({ file, page: 0 }, 'the PDF is truncated (no %%EOF at its end)', 'the whole file');
  let doc: PDFDocumentProxy;
  try {
    // pdf.js may take over the buffer it is given, so it gets a copy.
    doc = await getDocument({
      data: bytes.slice(),
      cMapUrl: CMAP_URL,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONT_URL,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const read: { page: PdfPage; scan: boolean }[] = [];
    for (let index = 0; index < doc.numPages; index++) read.push(await readPage(file, doc, index));
    const pages = read.map(({ page }) => page);
    if (!pages.some((page) => page.runs.some((run) => !run.inserted))) {
      throw new PdfError({ file, page: 0 }, `no text layer on any of its ${pages.length} pages: run OCR first`, 'a PDF with a text layer');
    }
    // A scanned page among pages with text (an attachment, a signed page) would lose its words unseen; a page with
    // neither text nor image is blank and has nothing to lose.
    const scanned = read.find(({ scan }) => scan);
    if (scanned) {
      throw new PdfError({ file, page: scanned.page.index + 1 }, 'the page is an image without a text layer: run OCR first', 'text on every page that shows any');
    }
    return { pages, ...(await producerAndCreator(doc)) };
  } finally {
    await doc.destroy();
  }
}
