// A notice's status as results and answers show it: a tag where the archive knows a later notice abolished or amended
// it, plain muted words where it knows none (未见废止或修改记载, never 有效).
import type { SearchStringKey } from '../search/strings.ts';
import { el } from './dom.ts';

export function statusTag(status: string, s: (key: SearchStringKey) => string): HTMLSpanElement {
  return el('span', { class: status === s('status.noneShort') ? 'status-none' : 'tag status-tag' }, status);
}
