// Errors that name the seed file, the line and what was expected there.

/** A problem in a seed file that stops the ingest. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line, or 0 when the problem is the whole file. */
    readonly line: number,
    readonly problem: string,
    readonly expected?: string,
  ) {
    super(formatIngestError(file, line, problem, expected));
    this.name = 'IngestError';
  }
}

/** `file:line: problem (expected …)`, the form editors and terminals link to. */
export function formatIngestError(file: string, line: number, problem: string, expected?: string): string {
  const where = line > 0 ? `${file}:${line}` : file;
  return expected ? `${where}: ${problem}; expected ${expected}` : `${where}: ${problem}`;
}
