// Abolition statements (废止…柳政规〔2022〕4号) read as relations between doc numbers.
import type { Relation } from './model.ts';

/**
 * The relation a citation at `index` in `text` stands in: abolished when its sentence says 废止 before it;
 * in part when the sentence says 部分 or goes on to name provisions (…）关于“三、…”的规定).
 */
export function abolition(text: string, index: number, length: number, target: string, line: number): Relation | undefined {
  const start = Math.max(text.lastIndexOf('。', index - 1) + 1, 0);
  const endAt = text.indexOf('。', index + length);
  const sentence = text.slice(start, endAt < 0 ? text.length : endAt);
  const before = text.slice(start, index);
  if (!before.includes('废止')) return undefined;
  const after = text.slice(index + length, endAt < 0 ? text.length : endAt);
  const part = /部分/.test(sentence) || /^[）)]?\s*(?:关于|第|中的?)/.test(after);
  return { kind: 'abolishes', target, scope: part ? 'part' : 'whole', line };
}
