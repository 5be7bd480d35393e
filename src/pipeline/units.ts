// A notice's body lines grouped into units: text runs, table rows, list items and marked-up title blocks.
import type { Drop } from './fidelity-record.ts';
import type { Line } from './lines.ts';
import { dropSpan } from './lines.ts';
import { isRosterLine } from './markers.ts';
import { visualWidth } from './text-shape.ts';

/** A piece of one source line that a unit's text is made of. */
export interface Part {
  line: Line;
  /** Column of the piece within the line's trimmed text. */
  column: number;
  text: string;
}

export type UnitKind = 'text' | 'row' | 'note' | 'roster' | 'title-block';

export interface Unit {
  kind: UnitKind;
  parts: Part[];
  /** A blank line or page break separates this unit from the content before it. */
  separated: boolean;
}

/** The text of a unit: its parts joined with nothing inserted. */
export function unitText(unit: Unit): string {
  return unit.parts.map((p) => p.text).join('');
}

// A printed body line holds about 19 full-width characters; a line no wider was hard-wrapped.
const PRINTED_WIDTH = 21;

/** True when a text line is wider than a printed line, so the line after it in one group starts a unit of its own. */
export function endsOwnLine(text: string): boolean {
  return visualWidth(text) > PRINTED_WIDTH;
}
// A line of a 人事任免 notice: each appointment or removal is printed on a line of its own.
const APPOINTMENT = /^(?:任命|免去|聘任|解聘|提名)/;

/** Groups body lines into units; the markup it reads (bold title blocks, note dashes) is returned as dropped. */
export function toUnits(lines: readonly Line[], isFurniture: (no: number) => boolean): { units: Unit[]; drops: Drop[] } {
  // A blank line or a running header (a page break) ends a group of consecutive lines.
  const groups: Line[][] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    if (!line.text || isFurniture(line.no)) flush();
    else current.push(line);
  }
  flush();
  const grouped = groups.map(groupUnits);
  return { units: grouped.flatMap((g) => g.units), drops: grouped.flatMap((g) => g.drops) };
}

function part(line: Line, column = 0, text = line.text): Part {
  return { line, column, text };
}

function groupUnits(lines: Line[]): { units: Unit[]; drops: Drop[] } {
  const units: Unit[] = [];
  const drops: Drop[] = [];
  const push = (kind: UnitKind, parts: Part[]) => units.push({ kind, parts, separated: units.length === 0 });
  const first = lines[0]?.text ?? '';
  const last = lines.at(-1)?.text ?? '';
  if (first.startsWith('**') && last.endsWith('**')) {
    const bold = stripBold(lines);
    push('title-block', bold.parts);
    return { units, drops: bold.drops };
  }
  let text: Part[] = [];
  const flushText = () => {
    if (text.length) push('text', text);
    text = [];
  };
  const allRoster = lines.length > 1 && lines.every((l) => isRosterLine(l.text));
  for (const line of lines) {
    if (line.text.includes('\t')) {
      flushText();
      push('row', [part(line)]);
    } else if (line.text.startsWith('- ')) {
      flushText();
      drops.push(...dropSpan(line, { column: 0, text: '- ' }, 'markup'));
      push('note', [part(line, 2, line.text.slice(2))]);
    } else if (allRoster || (lines.length === 1 && isRosterLine(line.text))) {
      flushText();
      push('roster', [part(line)]);
    } else {
      const previous = text.at(-1);
      // Hard-wrapped lines of one paragraph are joined; a wider line ends its own, and so does an appointment
      // (任命…局长；) before the next one: a hard-wrapped line may end with ； too.
      const nextAppointment = previous && /[。；]$/.test(previous.text) && APPOINTMENT.test(line.text);
      if (previous && (endsOwnLine(previous.text) || nextAppointment)) flushText();
      text.push(part(line));
    }
  }
  flushText();
  return { units, drops };
}

function stripBold(lines: Line[]): { parts: Part[]; drops: Drop[] } {
  const drops: Drop[] = [];
  const parts = lines.map((line, i) => {
    let column = 0;
    let text = line.text;
    if (i === 0) {
      drops.push(...dropSpan(line, { column: 0, text: '**' }, 'markup'));
      column = 2;
      text = text.slice(2);
    }
    if (i === lines.length - 1) {
      drops.push(...dropSpan(line, { column: line.text.length - 2, text: '**' }, 'markup'));
      text = text.slice(0, -2);
    }
    return part(line, column, text);
  });
  return { parts, drops };
}
