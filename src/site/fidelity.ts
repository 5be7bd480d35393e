// The ingest's fidelity account of an issue, as the issue page summarises it and serves it for checking.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { FidelityReportSchema, type FidelityReport, type PdfFidelity } from '../pipeline/fidelity-record.ts';
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
  reports ??= readFile(path.resolve(CONTENT_DIR, 'fidelity.json'), 'utf8').then((text) => new Map(parseFidelity(text).map((r) => [r.file, r])));
  const report = (await reports).get(source);
  if (!report) throw new Error(`content/fidelity.json has no report for ${source}`);
  return report;
}

/** The records of content/fidelity.json, checked against the schema the ingest wrote them with. */
export function parseFidelity(text: string): FidelityReport[] {
  const parsed = FidelityReportSchema.array().safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`content/fidelity.json does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
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

/** What the issue page says of a PDF seed's pages: characters printed, and those left out by reason. */
export function summarizePdfFidelity(pdf: PdfFidelity) {
  const { dropped } = pdf;
  return {
    glyphs: pdf.glyphs,
    furniture: dropped['running-head'] + dropped.folio,
    marks: dropped['contents-marks'],
    tableHeaders: dropped['table-header'],
    duplicates: dropped['duplicate-glyph'],
    substituted: pdf.substituted,
  };
}
