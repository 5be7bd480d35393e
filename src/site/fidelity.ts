// The ingest's fidelity account of an issue, as the issue page summarises it and serves it for checking.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FidelityReport } from '../pipeline/fidelity.ts';
import { CONTENT_DIR } from './content-dir.ts';

export interface FidelitySummary {
  sourceChars: number;
  /** Characters that are in the issue's notices. */
  noticeChars: number;
  /** Characters of the cover, table of contents and colophon. */
  issueChars: number;
  /** Page furniture and markup the ingest left out. */
  droppedChars: number;
  unaccounted: number;
}

// Read once per build: every issue page would otherwise parse the whole archive's account again.
let reports: Promise<ReadonlyMap<string, FidelityReport>> | undefined;

/** The report of the issue read from `source` (its seed file); the build fails if there is none. */
export async function loadFidelityReport(source: string): Promise<FidelityReport> {
  reports ??= readFile(path.resolve(CONTENT_DIR, 'fidelity.json'), 'utf8').then((text) => new Map((JSON.parse(text) as FidelityReport[]).map((r) => [r.file, r])));
  const report = (await reports).get(source);
  if (!report) throw new Error(`content/fidelity.json has no report for ${source}`);
  return report;
}

/** The figures an archivist checks first. */
export function summarizeFidelity(report: FidelityReport): FidelitySummary {
  return {
    sourceChars: report.sourceChars,
    noticeChars: report.notices.reduce((sum, n) => sum + n.chars, 0),
    issueChars: report.issueChars,
    droppedChars: Object.values(report.dropped).reduce((sum, n) => sum + n, 0),
    unaccounted: report.unaccounted,
  };
}
