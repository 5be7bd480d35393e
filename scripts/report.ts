// The fidelity report the ingest prints: per issue, notices, characters kept and dropped, and what was dropped.
import type { FidelityReport } from '../src/pipeline/fidelity-record.ts';
import { codePoint } from '../src/pipeline/text-shape.ts';

/** U+200B for an invisible character, so the report shows what it cannot print. */
const codePoints = (text: string) => [...text].map(codePoint).join(' ');

/** Human-readable report; dropped lines are listed by reason so an archivist can check each one. */
export function formatReport(reports: readonly FidelityReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`${r.file}: ${r.notices.length} notices, ${r.sourceChars} source characters, ${r.issueChars} in cover/contents/colophon`);
    for (const n of r.notices) out.push(`  ${n.docNumber.padEnd(16, '\u3000')} ${String(n.chars).padStart(6)} chars${n.lost || n.invented ? `  LOST ${n.lost} INVENTED ${n.invented}` : ''}`);
    const dropped = Object.entries(r.dropped).filter(([, n]) => n > 0);
    out.push(`  dropped: ${dropped.map(([k, n]) => `${k} ${n}`).join(', ') || 'nothing'}`);
    const byReason = new Map<string, string[]>();
    for (const d of r.drops) byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), d.reason === 'running-header' || d.reason === 'repeated-table-header' ? `${d.line}` : d.reason === 'invisible' ? `${d.line}:${d.column + 1} ${codePoints(d.text)}` : `${d.line}:${d.column + 1}`]);
    for (const [reason, where] of byReason) out.push(`    ${reason} at ${where.join(' ')}`);
    for (const s of r.strayLines) out.push(`  STRAY line ${s.line}: ${s.text}`);
    out.push(`  unaccounted: ${r.unaccounted}`);
  }
  return `${out.join('\n')}\n`;
}
