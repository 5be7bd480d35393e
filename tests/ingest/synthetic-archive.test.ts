// The benchmark's synthetic archive: renumbered, reshuffled issues that the pipeline must ingest with nothing unaccounted.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { cutSeed, syntheticIssues, writeSyntheticArchive } from '../support/synthetic-archive.ts';
import { ROOT, seedText, utf8 } from '../support/real-seed.ts';

// 14 issues cross a year boundary (12 issues a year), so doc numbers of two years are handed out.
const issues = syntheticIssues(cutSeed(seedText), { issues: 14, seed: 7 });
const result = ingest(issues.map((i) => ({ file: `seeds/${i.name}`, bytes: utf8(i.text) })));

describe('the synthetic archive', () => {
  it('ingests with zero unaccounted characters in every issue', () => {
    expect(result.fidelity.map((f) => f.unaccounted)).toEqual(issues.map(() => 0));
    expect(result.fidelity.flatMap((f) => f.strayLines)).toEqual([]);
  });

  it('gives each issue the identity it was generated with, read from its cover', () => {
    expect(result.archive.issues.map((i) => [i.id, i.cumulative, i.date])).toEqual(
      issues.map((i) => [`${i.year}-${String(i.number).padStart(2, '0')}`, i.cumulative, `${i.year}-${String(i.number).padStart(2, '0')}-15`]),
    );
    expect(new Set(issues.map((i) => i.year))).toEqual(new Set([2023, 2024]));
  });

  it('has doc numbers unique across the archive, in TOC entries that match the notice headers', () => {
    const all = issues.flatMap((i) => i.docNumbers);
    expect(new Set(all).size).toBe(all.length);
    result.archive.issues.forEach((issue, k) => {
      expect(issue.notices.map((n) => n.docNumber?.text)).toEqual(issues[k]!.docNumbers);
      expect(issue.toc.map((e) => e.docNumber?.text)).toEqual(issues[k]!.docNumbers);
      expect(issue.notices.every((n) => n.startPage !== undefined && n.date <= issue.date)).toBe(true);
    });
  });

  it('reshuffles the real notices between issues', () => {
    const titleSets = result.archive.issues.map((i) => i.notices.map((n) => n.title).join('|'));
    expect(new Set(titleSets).size).toBe(issues.length);
    expect(Math.min(...result.archive.issues.map((i) => i.notices.length))).toBeGreaterThanOrEqual(12);
  });

  describe('on disk', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gongbao-synthetic-')), 'seeds-3');
    afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

    it('is written once and reused while the generator, options and real seed are unchanged', () => {
      const first = writeSyntheticArchive({ issues: 3 }, dir);
      expect(first).toMatchObject({ reused: false, issues: 3 });
      expect(readdirSync(dir).filter((n) => n.endsWith('.txt'))).toHaveLength(3);
      expect(writeSyntheticArchive({ issues: 3 }, dir)).toEqual({ ...first, reused: true });
      expect(writeSyntheticArchive({ issues: 3, seed: 2 }, dir).reused).toBe(false);
    });

    it('never writes into seeds/', () => {
      expect(() => writeSyntheticArchive({ issues: 1 }, join(ROOT, 'seeds'))).toThrow(/never goes into seeds/);
      expect(existsSync(join(ROOT, 'seeds', 'manifest.json'))).toBe(false);
    });
  });
});
