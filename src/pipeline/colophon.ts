// The colophon at the end of an issue (主管, 主办, 联系电话): it belongs to the issue, not to the last notice.
import { IngestError } from './errors.ts';
import type { Line } from './lines.ts';

import type { Issue } from './model.ts';

export type Colophon = Issue['colophon'];

const FIELD = /^(主\s*管|主\s*办|联系电话|电\s*话|地\s*址|邮\s*编|编\s*辑|印\s*刷)\s*[:：]\s*(.*)$/;

/** Finds the colophon at the end; returns its fields and the index of its first line. */
export function parseColophon(lines: readonly Line[], file: string): { colophon: Colophon; start: number } {
  let start = lines.length;
  const colophon: Colophon = { fields: [] };
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (!text) continue;
    const m = FIELD.exec(text);
    if (!m) break;
    start = i;
    const label = m[1] ?? '';
    const key = label.replace(/\s/g, '');
    const value = (m[2] ?? '').trim();
    colophon.fields.unshift({ label, value });
    if (key === '主管') colophon.supervisor = value;
    else if (key === '主办') colophon.publisher = value;
    else if (key === '联系电话' || key === '电话') colophon.phone = value;
  }
  if (!colophon.supervisor && !colophon.publisher) {
    const last = [...lines].reverse().find((l) => l.text);
    throw new IngestError({ file, line: last?.no ?? 0 }, 'the issue ends without its colophon; the file may be truncated', 'the closing lines 主 管：… and 主 办：…');
  }
  return { colophon, start };
}
