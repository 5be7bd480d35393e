// The cover block: gazette name, year, 期, 总第N期 and publication date, read from the text.
import { IngestError } from './errors.ts';
import { DATE_LINE, isoDate } from './dates.ts';
import type { Line } from './lines.ts';

export interface Cover {
  gazette: string;
  /** The issuing body whose name is the running page header (the gazette name without 公报). */
  publisher: string;
  year: number;
  number: number;
  cumulative: number;
  date: string;
  /** The line that states year, 期 and 总期. */
  identityLine: number;
}

const IDENTITY = /(\d{4})\s*年\s*第\s*(\d{1,3})\s*期\s*[，,、\s]\s*总\s*第\s*(\d{1,5})\s*期/;

// What is left of an identity or a date line that a typo broke: enough to name the line.
const NEAR_IDENTITY = /第\s*\d*\s*期|总\s*第/;
const NEAR_DATE = /^\d{4}\s*年.*[月日]$/;

/** Reads the cover lines (everything before the first table of contents). */
export function parseCover(lines: readonly Line[], file: string): Cover {
  const content = lines.filter((l) => l.text);
  const first = content[0];
  if (!first) throw new IngestError({ file, line: 1 }, 'no cover before the table of contents', 'the gazette name on the first line');
  const gazette = first.text;
  if (!gazette.endsWith('公报')) {
    throw new IngestError({ file, line: first.no }, `the first line "${gazette}" is not a gazette name`, 'a name ending in 公报, e.g. 柳州市人民政府公报');
  }
  const identityAt = content.find((l) => IDENTITY.test(l.text));
  const identity = identityAt && IDENTITY.exec(identityAt.text);
  if (!identity) {
    const near = content.find((l) => NEAR_IDENTITY.test(l.text));
    throw new IngestError({ file, line: (near ?? first).no }, near ? `the cover line "${near.text}" does not read as the issue's year, 期 and 总期` : 'the cover gives no issue number', 'a line like (2024年第3期，总第153期)');
  }
  const dateLine = content.find((l) => DATE_LINE.test(l.text));
  const date = dateLine ? isoDate(dateLine.text) : undefined;
  if (!date) {
    const near = dateLine ?? content.find((l) => NEAR_DATE.test(l.text));
    throw new IngestError({ file, line: (near ?? first).no }, near ? `the cover line "${near.text}" is not a valid publication date` : 'the cover gives no publication date', 'a line like 2024年3月15日');
  }
  return {
    gazette,
    publisher: gazette.replace(/公报$/, ''),
    year: Number(identity[1]),
    number: Number(identity[2]),
    cumulative: Number(identity[3]),
    date,
    identityLine: identityAt.no,
  };
}
