// Running page headers (——柳州市人民政府——) mark page breaks and are page furniture, never text.
import type { Line } from './lines.ts';

const DASHES = '[—–―─-]';

/** Builds the test for the running-header line of a gazette whose issuing body is `publisher`. */
export function runningHeaderTest(publisher: string): (text: string) => boolean {
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const dashed = new RegExp(`^(?:${DASHES}{1,3}\\s*${escaped}\\s*${DASHES}{0,3}|${DASHES}{0,3}\\s*${escaped}\\s*${DASHES}{1,3})$`);
  return (text) => dashed.test(text);
}

/**
 * Line numbers of running headers: dashed publisher lines anywhere, and a bare publisher line only where
 * a table row follows it (a page break between a table's title and its rows); elsewhere a bare line is text.
 */
export function findRunningHeaders(lines: readonly Line[], publisher: string): Set<number> {
  const isDashed = runningHeaderTest(publisher);
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (isDashed(line.text)) found.add(line.no);
    else if (line.text === publisher && nextContent(lines, i)?.text.includes('\t')) found.add(line.no);
  });
  return found;
}

function nextContent(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]?.text) return lines[j];
  return undefined;
}
