import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFidelity, summarizeFidelity } from '../../../src/site/fidelity.ts';

const fixture = readFileSync(new URL('../../fixtures/site-content/fidelity.json', import.meta.url), 'utf8');

describe('parseFidelity', () => {
  it('reads the records the ingest writes', () => {
    const [report] = parseFidelity(fixture);
    expect(report!.file).toMatch(/^seeds\/.+\.txt$/);
    expect(summarizeFidelity(report!).unaccounted).toBe(report!.unaccounted);
  });

  it('refuses a record that lacks a field or holds an unknown drop reason, naming the place', () => {
    const records = JSON.parse(fixture) as Record<string, unknown>[];
    const { unaccounted: _, ...withoutTotal } = records[0]!;
    expect(() => parseFidelity(JSON.stringify([withoutTotal]))).toThrow(/fidelity\.json does not match its schema:[\s\S]*unaccounted/);
    const badReason = { ...records[0], drops: [{ line: 1, column: 0, text: '—', reason: 'tidy' }] };
    expect(() => parseFidelity(JSON.stringify([badReason]))).toThrow(/drops\[0\]\.reason|drops.*reason/);
  });
});
