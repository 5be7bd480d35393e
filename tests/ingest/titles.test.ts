// Every title of both issues (notices, attachments, contents entries, table captions) as a reader sees it: no space
// between two Chinese characters, which only a printed line's wrap puts there, save the one between joint issuers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import type { Notice } from '../../src/pipeline/model.ts';
import { ROOT, SEED_FILE, seedBytes } from '../support/real-seed.ts';

const CONSTRUCTED = 'tests/fixtures/constructed/2024-04.txt';
const { archive } = ingest([
  { file: SEED_FILE, bytes: seedBytes },
  { file: CONSTRUCTED, bytes: new Uint8Array(readFileSync(path.join(ROOT, CONSTRUCTED))) },
]);
const WIDE = '[\\u3400-\\u9fff\\u3001-\\u303f\\uff01-\\uff60\\u2018-\\u201d]';
const SPACED = new RegExp(`${WIDE}[ \\u3000]+${WIDE}`, 'u');

/** The title with the space between its joint issuers' names (as the notice names them) taken out of the check. */
const checked = (title: string, notice?: Notice) => {
  const issuers = notice?.authority.split('、') ?? [];
  return issuers.length > 1 && title.startsWith(issuers.join(' ')) ? title.replace(issuers.join(' '), issuers.join('')) : title;
};

describe.each(archive.issues.map((issue) => ({ id: issue.id, issue })))('every title of $id', ({ issue }) => {
  it('has no wrap space left in a notice, attachment or caption title', () => {
    const titles = issue.notices.flatMap((n) => [
      [n.title, checked(n.title, n)],
      ...n.attachments.map((a) => [a.title, a.title]),
      ...[...n.blocks, ...n.attachments.flatMap((a) => a.blocks)].flatMap((b) => (b.kind === 'table' && b.caption ? [[b.caption, b.caption]] : [])),
    ]);
    expect(titles.length).toBeGreaterThan(issue.notices.length);
    expect(titles.filter(([, t]) => SPACED.test(t!)).map(([title]) => title)).toEqual([]);
  });

  it('has no wrap space left in a contents entry', () => {
    const notice = (doc?: string) => issue.notices.find((n) => doc !== undefined && n.docNumber?.text === doc);
    expect(issue.toc.filter((e) => SPACED.test(checked(e.title, notice(e.docNumber?.text)))).map((e) => e.title)).toEqual([]);
  });
});
