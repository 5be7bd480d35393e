// Edits of the real issue that once moved text between notices or were reported far from the line that was wrong.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { ingestError } from '../support/ingest-error.ts';
import { editedSeed, lineOf, SEED_FILE, seedBytes, utf8 } from '../support/real-seed.ts';

function run(text: string) {
  return ingest([{ file: SEED_FILE, bytes: utf8(text) }]);
}

/** The notices and the colophon as the site reads them: everything but the seed lines they came from. */
function reading(result: ReturnType<typeof ingest>) {
  return result.archive.issues.map((issue) => ({
    colophon: issue.colophon,
    notices: issue.notices.map(({ sourceLines: _, ...n }) => n),
  }));
}

const original = ingest([{ file: SEED_FILE, bytes: seedBytes }]);

describe('invisible characters in structural lines', () => {
  const title = lineOf(/^柳州市人民政府关于表扬 第七届柳州市市长质量奖/);
  const colophon = lineOf('主 管：柳州市人民政府');
  it.each([
    ['a zero-width space inside a title line', title, 5, '\u200b'],
    ['a BOM at the start of a title line', title, 0, '\ufeff'],
    ['a BOM before the colophon', colophon, 0, '\ufeff'],
    ['a word joiner inside a header', lineOf('2024年2月8日 柳政发〔2024〕3号'), 9, '\u2060'],
  ])('%s leaves every notice and the colophon as they were, and is dropped where it stood', (_, line, column, ch) => {
    const result = run(editedSeed((l) => (l[line - 1] = l[line - 1]!.slice(0, column) + ch + l[line - 1]!.slice(column))));
    expect(reading(result)).toEqual(reading(original));
    const [report] = result.fidelity;
    expect(report!.unaccounted).toBe(0);
    expect(report!.drops.filter((d) => d.reason === 'invisible')).toEqual([{ line, column, text: ch, reason: 'invisible' }]);
  });
});

describe('the contents against the notices', () => {
  it('refuses a notice the contents do not list, at its header, naming the listed notices around it', () => {
    const first = lineOf(/^柳州市人民政府关于印发2023年 市政府为民办实事/);
    const next = lineOf(/^柳州市人民政府关于落实 2023年《政府工作报告》/);
    const copy = editedSeed((l) => l.splice(next - 1, 0, ...l.slice(first - 1, next - 1).map((t) => t.replace('柳政发〔2023〕7号', '柳政发〔2023〕87号'))));
    const error = ingestError(copy);
    const header = next + (lineOf('柳政发〔2023〕7号') - first);
    expect(error.line).toBe(header);
    expect(error.problem).toMatch(/柳政发〔2023〕87号 is not in the table of contents.*after 柳政发〔2023〕7号 \(line 35\).*before 柳政发〔2023〕8号 \(line 36\)/);
    expect(error.expected).toMatch(/标题<TAB>柳政发〔2023〕87号\(页码\)/);
  });

  it('refuses a header whose number the contents do not list at that header, guessing the entry it was', () => {
    const header = lineOf('2024年2月8日 柳政发〔2024〕3号');
    const error = ingestError(editedSeed((l) => (l[header - 1] = l[header - 1]!.replace('3号', '203号'))));
    expect(error.line).toBe(header);
    expect(error.problem).toMatch(/柳政发〔2024〕203号 is not in the table of contents.*did you mean 柳政发〔2024〕3号 \(table of contents line 23\)\?/);
    expect(error.message).not.toMatch(/truncated/);
  });

  it('refuses a contents entry changed alone at the header it no longer matches, citing the entry', () => {
    const entry = lineOf(/\t柳政发〔2024〕3号\(3\)$/);
    const error = ingestError(editedSeed((l) => (l[entry - 1] = l[entry - 1]!.replace('3号(3)', '203号(3)'))));
    expect(error.line).toBe(lineOf('2024年2月8日 柳政发〔2024〕3号'));
    expect(error.problem).toContain(`did you mean 柳政发〔2024〕203号 (table of contents line ${entry})?`);
  });

  it('refuses a deleted header at the title left standing without it', () => {
    const header = lineOf('2024年2月8日 柳政发〔2024〕3号');
    const error = ingestError(editedSeed((l) => l.splice(header - 1, 1)));
    expect(Math.abs(error.line - header)).toBeLessThanOrEqual(3);
    expect(error.problem).toMatch(/title of 柳政发〔2024〕3号 \(table of contents line 23\) stands here, but no date and doc number follow it/);
    expect(error.message).not.toMatch(/truncated/);
  });

  it('refuses an entry whose title and header are both gone at its contents line, saying where its notice would stand', () => {
    const header = lineOf('2024年2月19日 柳政发〔2024〕6号');
    const entry = lineOf(/\t柳政发〔2024〕6号\(19\)$/);
    const error = ingestError(editedSeed((l) => l.splice(header - 3, 3)));
    expect(error.line).toBe(entry);
    expect(error.problem).toMatch(/lists 柳政发〔2024〕6号 \(page 19\) but the text has no notice with that doc number, where it would stand after 柳政发〔2024〕4号 \(line \d+\) and before 柳政发〔2024〕7号 \(line \d+\)$/);
  });

  it('refuses notices that stand in another order than the contents list them, at the first out of place', () => {
    const entry3 = lineOf(/\t柳政发〔2024〕3号\(3\)$/);
    const error = ingestError(editedSeed((l) => ([l[entry3 - 1], l[entry3]] = [l[entry3]!, l[entry3 - 1]!])));
    expect(error.problem).toMatch(/follows .* in the text, but the table of contents lists it before/);
  });

  it('refuses a contents line without its TAB at that line, showing the form expected', () => {
    const entry = 38;
    const error = ingestError(editedSeed((l) => (l[entry - 1] = l[entry - 1]!.replace('\t', ''))));
    expect(error.line).toBe(entry);
    expect(error.problem).toMatch(/table of contents line .* has no TAB between the title and the doc number/);
    expect(error.expected).toMatch(/标题<TAB>文号\(页码\)/);
  });
});
