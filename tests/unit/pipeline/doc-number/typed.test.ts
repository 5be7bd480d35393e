// A doc number typed in any common form, read against the prefixes the archive knows.
import { describe, expect, it } from 'vitest';
import { parseDocNumberQuery, sortPrefixes } from '../../../../src/pipeline/doc-number/typed.ts';
import { parseDocNumber } from '../../../../src/pipeline/doc-number/grammar.ts';
import { normalizeQuery } from '../../../../src/search/query.ts';
import { openccSimplifiedTable } from '../../../../src/search/opencc-table.ts';
import { simplifier } from '../../../../src/search/simplified.ts';

const PREFIXES = sortPrefixes(['柳政发', '柳政规', '国发', '桂政发', '柳人办', '柳办发']);

const toSimplified = simplifier(openccSimplifiedTable());

/** The page's path: normalise, convert, parse. */
const read = (typed: string, prefixes = PREFIXES) => parseDocNumberQuery(toSimplified(normalizeQuery(typed)), prefixes);

describe('parseDocNumberQuery', () => {
  it.each([
    '柳政发〔2024〕3号',
    '柳政发[2024]3号',
    '柳政发(2024)3号',
    '柳政发（2024）3号',
    '柳政发【2024】3号',
    '柳政发〖2024〗3号',
    '柳政发［2024］3号',
    '柳政发﹝2024﹞3号',
    '柳政发20243号',
    '柳政发2024年3号',
    '柳政发2024年第3号',
    '柳政发〔2024〕第3号',
    '柳政发〔2024〕3',
    '柳政发 〔2024〕 3 号',
    '柳政发 2024 3',
    '柳政发2024-3',
    '柳政发 2024-03',
    '柳政发2024—3号',
    '柳政发〔2024〕003号',
    '柳政发〔２０２４〕３号',
    '柳政發〔2024〕3號',
    '柳政發（2024）第3號',
  ])('reads %s as 柳政发〔2024〕3号', (typed) => {
    expect(read(typed)).toEqual({ prefix: '柳政发', year: 2024, number: 3, canonical: '柳政发〔2024〕3号', knownPrefix: true });
  });

  it('keeps numbers apart from the year: 柳政发2024-13 is number 13, 柳政发202413 too', () => {
    expect(read('柳政发2024-13')?.canonical).toBe('柳政发〔2024〕13号');
    expect(read('柳政发202413')?.canonical).toBe('柳政发〔2024〕13号');
  });

  it('takes the longest known prefix', () => {
    const prefixes = sortPrefixes(['柳政', '柳政发']);
    expect(parseDocNumberQuery('柳政发〔2024〕3号', prefixes)?.prefix).toBe('柳政发');
    expect(parseDocNumberQuery('柳政〔2024〕3号', prefixes)?.prefix).toBe('柳政');
  });

  it('knows prefixes only from the data it is given', () => {
    expect(read('桂政办发2024-5')).toBeNull(); // loose spelling, unknown prefix: not a doc number
    expect(read('桂政办发2024-5', sortPrefixes([...PREFIXES, '桂政办发']))?.canonical).toBe('桂政办发〔2024〕5号');
  });

  it('still recognises a strictly written number with an unknown prefix, marked as such', () => {
    expect(read('桂政办发〔2024〕5号')).toEqual({ prefix: '桂政办发', year: 2024, number: 5, canonical: '桂政办发〔2024〕5号', knownPrefix: false });
  });

  it.each(['经济普查', '柳政发', '柳政发2024', '柳政发〔2024〕', '柳政发〔2024〕0号', '2024-3', '柳政发〔2024〕3号 经济'])(
    'does not read %s as a doc number',
    (typed) => expect(read(typed)).toBeNull(),
  );

  it.each(['根据柳政发〔2024〕3号', '关于柳政发〔2024〕3号', '按照柳政发(2024)3号', '依据柳政发[2024]第3号'])(
    'reads %s as the number its lead-in words cite, as the ingest does',
    (typed) => expect(read(typed)).toMatchObject({ canonical: '柳政发〔2024〕3号', knownPrefix: true }),
  );

  it('gives the canonical form the ingest gives', () => {
    expect(read('国发 2022-22')?.canonical).toBe(parseDocNumber('国发[2022]22号')?.text);
  });
});

describe('sortPrefixes', () => {
  it('orders longest first and drops duplicates and blanks', () => {
    expect(sortPrefixes(['国发', '柳政发', '', '国发', '柳政办发'])).toEqual(['柳政办发', '柳政发', '国发']);
  });
});

describe('order numbers', () => {
  const WITH_ORDERS = sortPrefixes([...PREFIXES, '柳州市人民政府令']);

  it.each(['柳州市人民政府令第20号', '市政府令第20号', '政府令20号', '第20号令', '市人民政府令第020号', '柳州市政府令 第 20 号', '柳州市人民政府令第20號'])('reads %s as 柳州市人民政府令第20号', (typed) => {
    expect(read(typed, WITH_ORDERS)).toMatchObject({ canonical: '柳州市人民政府令第20号', prefix: '柳州市人民政府令', number: 20, knownPrefix: true });
  });

  it('reads no order where the archive has none, except by an authority\'s full name', () => {
    expect(read('政府令20号')).toBeNull();
    expect(read('国务院令第708号')).toMatchObject({ canonical: '国务院令第708号', knownPrefix: false });
  });

  it('reads a short name as no one number when it fits two series', () => {
    const two = sortPrefixes([...WITH_ORDERS, '广西壮族自治区人民政府令']);
    expect(read('政府令20号', two)).toBeNull();
    expect(read('市政府令第20号', two)?.canonical).toBe('柳州市人民政府令第20号');
    expect(read('自治区人民政府令第5号', two)?.canonical).toBe('广西壮族自治区人民政府令第5号');
  });
});
