// Errors that name the seed file, the line and what was expected there.

/** Where in a seed a problem stands: the file and its 1-based line, or line 0 when the problem is the whole file. */
export interface SeedPlace {
  file: string;
  line: number;
}

/** A problem in a seed file that stops the ingest. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(
    place: SeedPlace,
    readonly problem: string,
    readonly expected?: string,
  ) {
    super(formatIngestError(place, problem, expected));
    this.name = 'IngestError';
    this.file = place.file;
    this.line = place.line;
  }
}

/** `file:line: problem (expected …)`, the form editors and terminals link to. */
export function formatIngestError({ file, line }: SeedPlace, problem: string, expected?: string): string {
  const where = line > 0 ? `${file}:${line}` : file;
  return expected ? `${where}: ${problem}; expected ${expected}` : `${where}: ${problem}`;
}
