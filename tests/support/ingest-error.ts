// The error a faulty seed must give: the ingest's own IngestError, never a crash and never a success.
import { IngestError } from '../../src/pipeline/errors.ts';
import { ingest, type Seed } from '../../src/pipeline/ingest.ts';
import { SEED_FILE, utf8 } from './real-seed.ts';

/** The IngestError that ingesting these seeds (or this one seed, as the real seed's file) throws. */
export function ingestError(input: Uint8Array | string | readonly Seed[]): IngestError {
  const seeds = typeof input === 'string' ? [{ file: SEED_FILE, bytes: utf8(input) }] : input instanceof Uint8Array ? [{ file: SEED_FILE, bytes: input }] : input;
  try {
    ingest(seeds);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, but the ingest succeeded');
}
