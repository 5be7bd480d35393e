// What a typed query is: converted to simplified characters only when needed, read as a doc number or words.
import { describe, expect, it } from 'vitest';
import { interpretQuery } from '../../../src/search/interpret.ts';

describe('interpretQuery', () => {
  const options = {
    prefixes: ['柳政发'],
    needsConversion: (text: string) => /[發號經濟]/.test(text),
    loadSimplifier: async () => (text: string) => text.replace(/發/g, '发').replace(/號/g, '号').replace(/經/g, '经').replace(/濟/g, '济'),
  };

  it('converts only when needed and says so', async () => {
    expect(await interpretQuery(' 經濟普查 ', options)).toEqual({ query: '經濟普查', simplified: '经济普查', converted: true, docNumber: null, prefix: null, bareNumber: null });
    expect((await interpretQuery('经济普查', { ...options, loadSimplifier: () => Promise.reject(new Error('not needed')) })).converted).toBe(false);
  });

  it('reads a prefix alone or with a year, and a year and number without a prefix', async () => {
    expect((await interpretQuery('柳政發2024', options)).prefix).toEqual({ prefix: '柳政发', year: 2024 });
    expect((await interpretQuery('柳政发', options)).prefix).toEqual({ prefix: '柳政发' });
    expect((await interpretQuery('2024年第3期', options)).bareNumber).toEqual({ year: 2024, number: 3, issue: true });
    expect((await interpretQuery('2024-03', options)).bareNumber).toEqual({ year: 2024, number: 3, issue: false });
    const words = await interpretQuery('2024年 工作', options);
    expect([words.prefix, words.bareNumber, words.docNumber]).toEqual([null, null, null]);
  });

  it('reads the converted query as a doc number', async () => {
    expect((await interpretQuery('柳政發（2024）3號', options)).docNumber?.canonical).toBe('柳政发〔2024〕3号');
  });
});
