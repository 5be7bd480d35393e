// Every doc number of the real issue, written after every lead-in word and in every context official text puts one
// (paragraph start, after a delimiter, in a 《》 title, in a table cell, broken across a page break), is read as itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { LEAD_INS } from '../../src/pipeline/doc-number/issuer-codes.ts';
import type { Notice } from '../../src/pipeline/model.ts';
import { editedSeed, lineOf, SEED_FILE, seedLines, seedText } from '../support/real-seed.ts';

const original = parseIssue(seedText, SEED_FILE).issue;
/** Every number the issue archives or cites, as the ingest writes it. */
const NUMBERS = [...new Set(original.notices.flatMap((n) => [...(n.docNumber ? [n.docNumber.text] : []), ...n.cites.map((c) => c.docNumber.text)]))].sort();
const DELIMITERS = ['，', '、', '；', '：', '（', '《', '“', ' '];

/** The first body paragraph of 柳政发〔2024〕3号 (after its addressee) and the first row of the 为民办实事 table. */
const PARAGRAPH = lineOf(/^为深入落实柳州市第十五届人民代表大会第五次会议/);
const TABLE_ROW = seedLines.findIndex((l) => l.startsWith('1\t改造一批老旧小区')) + 1;

type Context = 'paragraph start' | 'after a delimiter' | 'in a title' | 'in a table cell' | 'across a page break';

/** The real seed with the citation written in the context; returns the seed and the slug of the notice that holds it. */
function withCitation(docNumber: string, lead: string, context: Context, delimiter: string): { text: string; slug: string } {
  const cited = `${lead}${docNumber}`;
  if (context === 'in a table cell') {
    return {
      slug: 'liuzhengfa-2024-4',
      text: editedSeed((lines) => {
        const cells = lines[TABLE_ROW - 1]!.split('\t');
        cells[cells.length - 1] = `${cells.at(-1)}${cited}`;
        lines[TABLE_ROW - 1] = cells.join('\t');
      }),
    };
  }
  const [, prefixAndYear = '', rest = ''] = /^(.+〕)(.+)$/.exec(docNumber) ?? [];
  const paragraphs: Record<Exclude<Context, 'in a table cell'>, string[]> = {
    'paragraph start': [`${cited}文件精神，现就有关事项通知如下。`],
    'after a delimiter': [`为进一步做好有关工作${delimiter}${cited}要求如下。`],
    'in a title': [`现将《${cited}实施细则》印发给你们。`],
    // The first half is wider than a line's break threshold, so the ingest joins the halves as one paragraph.
    'across a page break': [`为进一步做好全市经济社会发展各项工作，现${lead}${prefixAndYear}`, '', '——柳州市人民政府——', '', `${rest}文件精神通知如下。`],
  };
  return { slug: 'liuzhengfa-2024-3', text: editedSeed((lines) => lines.splice(PARAGRAPH - 1, 0, ...paragraphs[context], '')) };
}

const cites = (notice: Notice | undefined) => new Set(notice?.cites.map((c) => c.docNumber.text));

describe('a doc number is read as itself whatever leads into it', () => {
  it('in every context, after every lead-in word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMBERS),
        fc.constantFrom('', ...LEAD_INS),
        fc.constantFrom<Context>('paragraph start', 'after a delimiter', 'in a title', 'in a table cell', 'across a page break'),
        fc.constantFrom(...DELIMITERS),
        (docNumber, lead, context, delimiter) => {
          const { text, slug } = withCitation(docNumber, lead, context, delimiter);
          const notice = parseIssue(text, SEED_FILE).issue.notices.find((n) => n.slug === slug);
          const before = cites(original.notices.find((n) => n.slug === slug));
          const after = cites(notice);
          // The notice cites exactly what it cited before, and the number written in (unless it is its own, which is
          // not a citation); no lead-in reaches a code.
          const expected = new Set([...before, ...(docNumber === notice?.docNumber?.text ? [] : [docNumber])]);
          expect(after.size === expected.size && [...after].every((n) => expected.has(n)), `${context} ${lead}${docNumber}: ${[...after].join(' ')}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('reproduces the reported case: 根据柳政发〔2023〕5号 at the start of a paragraph', () => {
    const { text } = withCitation('柳政发〔2023〕5号', '根据', 'paragraph start', '');
    const notice = parseIssue(text, SEED_FILE).issue.notices.find((n) => n.slug === 'liuzhengfa-2024-3');
    expect([...cites(notice)]).toContain('柳政发〔2023〕5号');
    expect([...cites(notice)].some((n) => n.startsWith('根据'))).toBe(false);
  });
});
