// The cover block: the issue's identity and date, read from its text.
import { describe, expect, it } from 'vitest';
import { oneNotice, parse } from './fixture.ts';

describe('cover', () => {
  it('gives the issue identity and date from the text', () => {
    const { issue } = parse(oneNotice(['正文。']));
    expect([issue.gazette, issue.year, issue.number, issue.cumulative, issue.date, issue.id]).toEqual(['柳州市人民政府公报', 2024, 3, 153, '2024-03-15', '2024-03']);
  });
});
