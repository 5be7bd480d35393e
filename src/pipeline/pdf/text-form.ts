// A gazette PDF written in the text form the ingest reads, as far as the PDF front end reads it today: look-alike
// ideographs mapped back, fake bold counted once, page furniture taken off, the cover line by line, the contents as
// `标题<TAB>文号(页码)`, and the body block by block with spaces from the layout. Each line says where it was printed.
import { runsOn } from '../draft-blocks.ts';
import { endsOwnLine } from '../units.ts';
import { contentsText, entryCharacters, isContentsHeading, readContents } from './contents.ts';
import { dedupeRuns, type RemovedGlyphs } from './fake-bold.ts';
import { findPdfFurniture, type FurnitureLine } from './furniture.ts';
import { unifyIdeographs, type Substitution } from './ideographs.ts';
import { pageLines, type PdfLine } from './lines.ts';
import { bodyMeasure, pdfBlocks } from './paragraphs.ts';
import type { PdfText } from './read-pdf.ts';
import { joinWrapped, spaceLine } from './spaces.ts';
import { bodyFlow, type FlowItem } from './table-flow.ts';
import { findTables } from './tables.ts';
import { findUnruledTablesOfPages } from './unruled-tables.ts';

/** One line of the text form and the PDF line it starts on (none for the blank line between blocks). */
export interface TextFormLine {
  text: string;
  /** The characters of the line the PDF prints, where the text form adds marks of its own (a contents entry's tab and brackets). */
  printed?: string;
  from?: { page: number; baseline: number };
}

/** The text form and what was changed or left out on the way, each with its page. */
export interface PdfTextForm {
  lines: TextFormLine[];
  /** By PDF page index: the number its folio prints. */
  printedPages: (number | undefined)[];
  substitutions: { page: number; substitution: Substitution }[];
  duplicates: RemovedGlyphs[];
  furniture: FurnitureLine[];
  /** The contents' leader dots and brackets, left out as the text form writes each entry `标题<TAB>文号(页码)`. */
  marks: { page: number; text: string }[];
}

const at = (line: PdfLine) => ({ page: line.page, baseline: line.baseline });
const spaced = (line: PdfLine) => spaceLine(line).text;

/** The PDF in the text form, with a map from each line to the PDF page and baseline it came from. */
export function pdfTextForm(pdf: PdfText): PdfTextForm {
  const substitutions: PdfTextForm['substitutions'] = [];
  const duplicates: RemovedGlyphs[] = [];
  const pages = pdf.pages.map((page) => {
    const runs = page.runs.map((run) => {
      const unified = unifyIdeographs(run.text);
      for (const substitution of unified.substitutions) substitutions.push({ page: page.index, substitution });
      return unified.substitutions.length ? { ...run, text: unified.text } : run;
    });
    const deduped = dedupeRuns(runs);
    duplicates.push(...deduped.removed);
    return { height: page.height, lines: pageLines(deduped.runs) };
  });
  const found = findPdfFurniture(pages);
  const flow = bodyFlow(findUnruledTablesOfPages(found.body.map((lines, page) => findTables(pdf.pages[page]!.rules, lines, page))));
  const body = flow.items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  const start = body.findIndex(isContentsHeading);
  const lines: TextFormLine[] = [];
  const marks: PdfTextForm['marks'] = [];
  let rest: FlowItem[] = flow.items;
  if (start >= 0) {
    for (const line of body.slice(0, start)) lines.push({ text: spaced(line), from: at(line) });
    const contents = readContents(body, start);
    const texts = contentsText(contents.items);
    for (const item of contents.items) if (item.kind === 'entry' && item.entry.marks) marks.push({ page: item.entry.lines.at(-1)!.page, text: item.entry.marks });
    lines.push({ text: texts[0]!, from: at(body[start]!) }, { text: '' });
    contents.items.forEach((item, k) => {
      const text = texts[k + 1]!;
      if (item.kind === 'heading') lines.push({ text: '' }, { text, from: at(item.line) }, { text: '' });
      else lines.push(item.kind === 'section' ? { text, from: at(item.line) } : { text, printed: entryCharacters(item.entry), from: at(item.entry.lines[0]!) });
    });
    // The body goes on after the contents' last line; a table before it is written first.
    const resume = body[contents.end];
    const cut = resume ? flow.items.findIndex((item) => item.kind === 'line' && item.line === resume) : flow.items.length;
    rest = [...flow.items.slice(0, cut).filter((item) => item.kind === 'table'), ...flow.items.slice(cut)];
  }
  const measure = bodyMeasure(rest.flatMap((item) => (item.kind === 'line' ? [item.line] : [])));
  let pending: PdfLine[] = [];
  const flush = () => {
    let before: string | undefined;
    for (const block of pdfBlocks(pending, measure)) {
      const text = block.lines.map((line) => spaced(line).trim()).reduce(joinWrapped, '');
      // Where the print ends a paragraph that the ingest would run on across a blank line, the next one follows on
      // the line below, as text seeds set two paragraphs the print parts with no space between; a line too short
      // to end its own would be joined there too, so it keeps the blank line.
      if (before === undefined || !endsOwnLine(before) || !runsOn(before, text)) lines.push({ text: '' });
      lines.push({ text, from: at(block.lines[0]!) });
      before = block.kind === 'paragraph' ? text : undefined;
    }
    pending = [];
  };
  for (const item of rest) {
    if (item.kind === 'line') {
      pending.push(item.line);
      continue;
    }
    flush();
    // A table is one block: a row per line, its cells parted by TAB.
    lines.push({ text: '' }, ...item.table.rows.map((row) => ({ text: row.cells.join('\t'), from: { page: row.page, baseline: row.baseline } })));
  }
  flush();
  const furniture = [...found.furniture, ...flow.repeatedHeaders.map(({ page, line }) => ({ page, line, reason: 'table-header' as const }))];
  return { lines, printedPages: found.printedPages, substitutions, duplicates, furniture, marks };
}
