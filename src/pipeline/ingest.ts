// The whole pipeline over many seeds: decode, parse, check fidelity, build the archive and its files.
import { buildArchive, type ArchiveModel } from './archive.ts';
import { contentFiles } from './content-files.ts';
import { decodeSeed } from './decode.ts';
import { IngestError } from './errors.ts';
import type { FidelityReport } from './fidelity-record.ts';
import { IssueSchema } from './model.ts';
import { parseIssue } from './parse-issue.ts';
import { compareText } from './text-shape.ts';

export interface Seed {
  /** Path as it should appear in errors and in the issue, e.g. seeds/2024-03.txt. */
  file: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  archive: ArchiveModel;
  fidelity: FidelityReport[];
  files: Map<string, string>;
}

/** Ingests seeds; throws IngestError on bad input and when any character is unaccounted for. */
export function ingest(seeds: readonly Seed[]): IngestResult {
  const issues = [];
  const fidelity: FidelityReport[] = [];
  const seedLines = new Map<string, string[]>();
  for (const seed of [...seeds].sort((a, b) => compareText(a.file, b.file))) {
    const { text } = decodeSeed(seed.bytes, seed.file);
    const parsed = parseIssue(text, seed.file);
    if (parsed.fidelity.unaccounted > 0) {
      const where = parsed.fidelity.strayLines[0]?.line ?? parsed.issue.notices.find((_, i) => parsed.fidelity.notices[i]!.lost + parsed.fidelity.notices[i]!.invented > 0)?.sourceLines[0] ?? 0;
      throw new IngestError({ file: seed.file, line: where }, `${parsed.fidelity.unaccounted} characters are unaccounted for`, 'every character in a notice or dropped as page furniture');
    }
    // The model is checked at run time, so a parser change can never hand the site a malformed notice.
    issues.push(IssueSchema.parse(parsed.issue));
    fidelity.push(parsed.fidelity);
    seedLines.set(seed.file, text.split('\n'));
  }
  const archive = buildArchive(issues);
  return { archive, fidelity, files: contentFiles(archive, fidelity, seedLines) };
}
