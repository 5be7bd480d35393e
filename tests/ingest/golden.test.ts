// Golden fixtures: each case of tests/fixtures/golden/ is one seed and the whole content/ the ingest writes for it,
// compared file by file. `UPDATE=1 npx vitest run tests/ingest/golden.test.ts` rewrites the expectations on purpose.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { listFiles } from '../../src/postbuild/list-files.ts';
import { ROOT } from '../support/real-seed.ts';

const GOLDEN = join(ROOT, 'tests/fixtures/golden');
const UPDATE = process.env['UPDATE'] === '1';
/** Lines of a unified diff shown for the first differing file; the rest is left to a local `diff -r`. */
const DIFF_LINES = 40;

interface GoldenCase {
  /** The file name the ingest is given, as scripts/ingest.ts names a seed: seeds/2024-03.txt. */
  seed: string;
  /** The input, relative to the repository; default: input.txt in the case folder. */
  input?: string;
}

/** The ingest's files for one case, as scripts/ingest.ts would write them into content/. */
function ingestCase(dir: string): Map<string, string> {
  const { seed, input } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as GoldenCase;
  const bytes = readFileSync(input ? join(ROOT, input) : join(dir, 'input.txt'));
  // Text seeds give text files only; an original PDF would be copied, not compared as text.
  return new Map([...ingest([{ file: seed, bytes }]).files].map(([path, content]) => [path, typeof content === 'string' ? content : expect.fail(`${path} is not text`)]));
}

/** Replaces the case's expected content/ with the files just written. */
function writeExpected(content: string, files: ReadonlyMap<string, string>): void {
  rmSync(content, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
}

/** A readable account of the first file whose text differs, or undefined when all agree. */
function firstDifference(content: string, files: ReadonlyMap<string, string>): string | undefined {
  const differing = [...files].filter(([path, text]) => readFileSync(join(content, path), 'utf8') !== text);
  if (differing.length === 0) return undefined;
  const [path, actual] = differing[0]!;
  const patch = createTwoFilesPatch(`expected/${path}`, `actual/${path}`, readFileSync(join(content, path), 'utf8'), actual, '', '', { context: 2 });
  const lines = patch.split('\n');
  const shown = lines.length > DIFF_LINES ? [...lines.slice(0, DIFF_LINES), `… ${lines.length - DIFF_LINES} more diff lines`] : lines;
  const others = differing.slice(1).map(([p]) => p);
  return [`${path} differs from its golden copy (UPDATE=1 rewrites it on purpose):`, ...shown, ...(others.length ? [`also differ: ${others.join(', ')}`] : [])].join('\n');
}

const cases = readdirSync(GOLDEN, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('golden content/', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s: the ingest writes exactly the expected files', (name) => {
    const dir = join(GOLDEN, name);
    const content = join(dir, 'content');
    const files = ingestCase(dir);
    if (UPDATE) writeExpected(content, files);
    expect(existsSync(content), `${name} has no content/ yet: run UPDATE=1 npx vitest run tests/ingest/golden.test.ts`).toBe(true);
    expect([...files.keys()].sort(), 'files the ingest writes (+) or no longer writes (-)').toEqual(listFiles(content));
    const difference = firstDifference(content, files);
    if (difference) expect.fail(difference);
  });
});
