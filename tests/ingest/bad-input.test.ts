// Faulty seeds, each a small edit of the real issue: correct output, or an IngestError naming the file, the line and what was expected.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/pipeline/decode.ts';
import { IngestError } from '../../src/pipeline/errors.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import iconv from 'iconv-lite';
import { ingestError } from '../support/ingest-error.ts';
import { editedSeed, lineOf, ROOT, SEED_FILE, seedBytes, seedLines, seedText, utf8 } from '../support/real-seed.ts';


/** The error names the file and says what was expected, in the `file:line: problem; expected …` form. */
function expectClear(error: IngestError, want: { file?: string; line?: number | [number, number]; problem: RegExp; expected: RegExp }): void {
  const file = want.file ?? SEED_FILE;
  expect(error.file).toBe(file);
  if (Array.isArray(want.line)) {
    expect(error.line).toBeGreaterThanOrEqual(want.line[0]);
    expect(error.line).toBeLessThanOrEqual(want.line[1]);
  } else if (want.line !== undefined) expect(error.line).toBe(want.line);
  else expect(error.line).toBeGreaterThan(0);
  expect(error.problem).toMatch(want.problem);
  expect(error.expected).toMatch(want.expected);
  const where = error.line > 0 ? `${file}:${error.line}: ` : `${file}: `;
  expect(error.message.startsWith(where)).toBe(true);
  expect(error.message).toContain('; expected ');
}

/** The text of the real seed cut inside line `line` (1-based), halfway along it. */
function cutInside(line: number): string {
  const text = seedLines[line - 1]!;
  return [...seedLines.slice(0, line - 1), text.slice(0, Math.floor(text.length / 2))].join('\n');
}

const original = ingest([{ file: SEED_FILE, bytes: seedBytes }]);

describe('encodings and bytes', () => {
  it('refuses an empty file as a whole (line 0) and says what a seed holds', () => {
    expectClear(ingestError(new Uint8Array()), { line: 0, problem: /empty/, expected: /plain text of one gazette issue/ });
  });

  it('refuses a file of only a BOM and blank lines', () => {
    const error = ingestError(utf8('\uFEFF\n\n  \n'));
    expect(error.file).toBe(SEED_FILE);
    expect(error.expected).toBeTruthy();
  });

  it('refuses a binary file at the line of its first NUL byte', () => {
    const line = lineOf('柳政发〔2024〕7号');
    const bytes = utf8(editedSeed((l) => (l[line - 1] = `柳政发〔2024〕\u0000\u0000\u00007号`)));
    expectClear(ingestError(bytes), { line, problem: /binary.*NUL/, expected: /UTF-8 text file/ });
  });

  it('refuses a Word document saved as .txt (a zip: PK and NUL bytes on its first line)', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, ...utf8('[Content_Types].xml')]);
    expectClear(ingestError(docx), { line: 1, problem: /binary/, expected: /UTF-8 text file/ });
  });

  it('refuses a UTF-16 file (a “Unicode” save) as UTF-16, saying how to convert it', () => {
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${seedText}`, 'utf16le'));
    expect(ingestError(utf16).problem).toBe('the file is UTF-16; convert it with `iconv -f UTF-16 -t UTF-8`');
    expect(ingestError(utf16).expected).toBe('UTF-8 text');
  });

  it('tells UTF-16 without a byte-order mark from a binary file, naming its byte order', () => {
    const le = new Uint8Array(Buffer.from(seedText, 'utf16le'));
    expect(ingestError(le).problem).toBe('the file is UTF-16; convert it with `iconv -f UTF-16LE -t UTF-8`');
    const be = new Uint8Array(Buffer.from(seedText, 'utf16le').swap16());
    expect(ingestError(be).problem).toBe('the file is UTF-16; convert it with `iconv -f UTF-16BE -t UTF-8`');
  });

  it('refuses a GBK-encoded seed and says it looks GBK and how to convert it', () => {
    const gbk = new Uint8Array(iconv.encode([...seedText].slice(0, 3000).join(''), 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const error = ingestError(gbk);
    expectClear(error, { problem: /GBK/, expected: /UTF-8/ });
    expect(error.problem).toContain('iconv -f GBK -t UTF-8');
  });

  it('refuses a file cut inside a UTF-8 character as not UTF-8', () => {
    const line = lineOf(/^自本通知下发之日起，废止2020年/);
    const bytes = utf8(seedLines.slice(0, line).join('\n'));
    const error = ingestError(bytes.subarray(0, bytes.length - 1));
    expectClear(error, { problem: /not valid UTF-8|truncated/, expected: /UTF-8/ });
  });

  it.each([
    ['CRLF line endings and a BOM', `\uFEFF${seedText.replace(/\n/g, '\r\n')}`],
    ['CRLF line endings', seedText.replace(/\n/g, '\r\n')],
    ['a BOM', `\uFEFF${seedText}`],
    ['mixed line endings (CRLF on every third line)', seedLines.map((l, i) => (i % 3 === 0 ? `${l}\r` : l)).join('\n')],
  ])('accepts %s: the same notices, fidelity account and content files as the original', (_, text) => {
    const bytes = utf8(text);
    const decoded = decodeSeed(bytes, SEED_FILE);
    expect(decoded.text).toBe(seedText);
    const result = ingest([{ file: SEED_FILE, bytes }]);
    expect(result.archive.issues[0]!.notices).toHaveLength(18);
    expect(result.archive).toEqual(original.archive);
    expect(result.fidelity).toEqual(original.fidelity);
    expect(result.fidelity[0]!.unaccounted).toBe(0);
    expect([...result.files]).toEqual([...original.files]);
  });
});

describe('structure', () => {
  const tocHeadings = seedLines.flatMap((l, i) => (/^目\s*录$/.test(l.trim()) ? [i] : []));

  it.each([
    ['without its 目 录 headings', (l: string[]) => tocHeadings.forEach((i) => (l[i] = ''))],
    ['without its table of contents', (l: string[]) => l.fill('', tocHeadings[0]!, lineOf(/\t柳政发〔2023〕19号\(79\)$/))],
  ])('refuses an issue %s', (_, edit) => {
    expectClear(ingestError(editedSeed(edit)), { problem: /no table of contents/, expected: /目 录/ });
  });

  it('refuses a two-line header whose doc number line is missing, pointing after the date', () => {
    const date = lineOf('2024年2月28日');
    const doc = lineOf('柳政发〔2024〕7号');
    const error = ingestError(editedSeed((l) => l.splice(doc - 1, 2)));
    expectClear(error, { line: [date, date + 2], problem: /柳州市人民政府 ?关于政府领导工作分工调整的通知.*date but no doc number/, expected: /doc number like/ });
  });

  it('refuses a one-line header with the date and no doc number', () => {
    const header = lineOf('2024年2月19日 柳政发〔2024〕6号');
    const error = ingestError(editedSeed((l) => (l[header - 1] = '2024年2月19日')));
    expectClear(error, { line: [header, header + 2], problem: /非物质文化遗产代表性项目名录的通知.*no doc number/, expected: /doc number/ });
  });

  it('refuses a doc number that lost its number (柳政发〔2024〕号)', () => {
    const doc = lineOf('柳政发〔2024〕7号');
    const error = ingestError(editedSeed((l) => (l[doc - 1] = '柳政发〔2024〕号')));
    expectClear(error, { line: [doc - 2, doc], problem: /no doc number/, expected: /doc number/ });
  });

  it.each([
    ['in a header', false],
    ['in a header and its TOC entry', true],
  ])('refuses a doc number that heads two notices (%s), at the second one', (_, toc) => {
    const header = lineOf('2024年2月19日 柳政发〔2024〕6号');
    const first = lineOf('柳政发〔2024〕4号');
    const entry = lineOf(/\t柳政发〔2024〕6号\(19\)$/);
    const text = editedSeed((l) => {
      l[header - 1] = l[header - 1]!.replace('6号', '4号');
      if (toc) l[entry - 1] = l[entry - 1]!.replace('6号', '4号');
    });
    // With the TOC edited too, the table of contents is where the number first stands twice.
    if (toc) expectClear(ingestError(text), { line: entry, problem: /柳政发〔2024〕4号 a second time/, expected: /each doc number once/ });
    else expectClear(ingestError(text), { line: header, problem: new RegExp(`柳政发〔2024〕4号.*second notice.*line ${first}`), expected: /each doc number once/ });
  });

  it.each([
    ['in the body of 柳政发〔2023〕18号', /^\(十七\)加大对拖欠民营企业账款/],
    ['in the title of the last notice', /^柳州市人民政府关于 废止柳政规〔2020〕4号文/],
    ['in the body of the last notice', /^自本通知下发之日起，废止2020年/],
  ])('refuses a file cut %s: no colophon, at the last line', (_, where) => {
    const line = lineOf(where);
    expectClear(ingestError(cutInside(line)), { line, problem: /without its colophon.*truncated/, expected: /主 管/ });
  });

  it('refuses two seed files that claim the same issue, naming both', () => {
    const copy = 'seeds/2024-03-copy.txt';
    const error = ingestError([
      { file: SEED_FILE, bytes: seedBytes },
      { file: copy, bytes: seedBytes },
    ]);
    expect([SEED_FILE, copy]).toContain(error.file);
    expect(error.line).toBe(lineOf('(2024年第3期，总第153期)'));
    const other = error.file === SEED_FILE ? copy : SEED_FILE;
    expect(error.problem).toContain('2024年第3期');
    expect(error.problem).toContain(other);
    expect(error.expected).toMatch(/one seed file per issue/);
  });

  /** A second seed: the real one as issue `label`, numbered 总第`cumulative`期 (its doc numbers moved to 2098–2099, so only the issue differs). */
  const otherIssue = (label: string, cumulative: number) =>
    utf8(seedText.replaceAll('2024年第3期', label).replaceAll('总第153期', `总第${cumulative}期`).replaceAll('〔2024〕', '〔2099〕').replaceAll('〔2023〕', '〔2098〕'));

  it('refuses a 总期号 that contradicts another issue of the year, naming both files', () => {
    const later = 'seeds/2024-04.txt';
    const error = ingestError([
      { file: SEED_FILE, bytes: seedBytes },
      { file: later, bytes: otherIssue('2024年第4期', 153) },
    ]);
    expectClear(error, { file: later, line: lineOf('(2024年第3期，总第153期)'), problem: /2024年第4期 claims 总第153期, but seeds\/2024-03.txt has 2024年第3期 as 总第153期/, expected: /总第154期/ });
  });

  it('refuses a later year whose 总期号 is not above the earlier year\'s', () => {
    const later = 'seeds/2025-01.txt';
    const error = ingestError([
      { file: SEED_FILE, bytes: seedBytes },
      { file: later, bytes: otherIssue('2025年第1期', 150) },
    ]);
    expectClear(error, { file: later, problem: /2025年第1期 claims 总第150期, but seeds\/2024-03.txt/, expected: /above 153/ });
  });

  it('accepts issues whose 总期号 agree', () => {
    expect(() => ingest([{ file: SEED_FILE, bytes: seedBytes }, { file: 'seeds/2024-05.txt', bytes: otherIssue('2024年第5期', 155) }])).not.toThrow();
  });
});

// Errors whose line must be the one to look at, not merely somewhere in the file.
describe('errors that point at the right line', () => {
  // Inputs are built here, outside the tests, so a broken setup fails loudly instead of passing as “expected fail”.
  const gbk = new Uint8Array(iconv.encode([...seedText].slice(0, 3000).join(''), 'gbk'));
  const gazetteLine = lineOf('柳州市人民政府公报');
  const lastLine = lineOf(/^自本通知下发之日起，废止2020年/);
  const cutBytes = utf8(seedLines.slice(0, lastLine).join('\n')).slice(0, -1);
  const tocOnlyDate = lineOf('2024年2月18日');
  const tocOnlyDoc = lineOf('柳政发〔2024〕4号');
  const withoutTocOnlyDoc = editedSeed((l) => l.splice(tocOnlyDoc - 1, 2));
  const entry = lineOf(/\t柳政发〔2024〕6号\(19\)$/);
  const tocTwice = editedSeed((l) => (l[entry - 1] = l[entry - 1]!.replace('6号', '4号')));

  it('names the line of the first GBK character (5), not one up to 4 bytes before it', () => {
    expect(ingestError(gbk).line).toBe(gazetteLine);
  });

  it('names the last line when the file is cut inside a UTF-8 character', () => {
    expect(ingestError(cutBytes).line).toBe(lastLine);
  });

  it('points at the header of a notice titled only in the TOC whose doc number line is missing', () => {
    const error = ingestError(withoutTocOnlyDoc);
    expect(error.line).toBeGreaterThanOrEqual(tocOnlyDate);
    expect(error.line).toBeLessThanOrEqual(tocOnlyDate + 2);
  });

  it('refuses a TOC that lists one doc number twice (instead of giving 柳政发〔2024〕4号 the title and page of 柳政发〔2024〕6号)', () => {
    expect(ingestError(tocTwice).line).toBe(entry);
  });
});

describe('the ingest CLI on a bad seed', () => {
  const work = mkdtempSync(join(tmpdir(), 'gongbao-bad-input-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Every file under `dir`, by relative path, with its bytes as text. */
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
    );

  it('exits non-zero with file:line and no stack trace, leaving the previous content folder exactly as it was', () => {
    const seeds = join(work, 'seeds');
    const content = join(work, 'content');
    mkdirSync(seeds);
    copyFileSync(join(ROOT, SEED_FILE), join(seeds, '2024-03.txt'));
    writeFileSync(join(seeds, '2024-04.txt'), cutInside(lineOf(/^\(十七\)加大对拖欠民营企业账款/)));
    mkdirSync(join(content, 'notices'), { recursive: true });
    writeFileSync(join(content, 'MARKER'), 'previous run\n');
    writeFileSync(join(content, 'notices', 'earlier.mdx'), '---\ntitle: earlier\n---\n');
    const before = snapshot(content);

    const run = spawnSync('npx', ['tsx', 'scripts/ingest.ts'], {
      cwd: ROOT,
      env: { ...process.env, GONGBAO_SEEDS: seeds, GONGBAO_CONTENT: content, GONGBAO_QUIET: '1' },
      encoding: 'utf8',
    });

    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/^ingest failed: seeds\/2024-04\.txt:\d+: .*without its colophon.*; expected .+$/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:/);
    expect(snapshot(content)).toEqual(before);
    expect(existsSync(`${content}.new`)).toBe(false);
    expect(existsSync(`${content}.old`)).toBe(false);
  }, 60_000);
});
