// What a search shows, decided from the archive's numbers and a Pagefind-like engine: a doc-number answer alone, a
// prompt, or `loading` and then results, none or a failure; traditional characters are converted first.
import { describe, expect, it } from 'vitest';
import { searchOutcomes, type OutcomeDeps, type SearchOutcome } from '../../../src/client/search-outcome.ts';
import { buildManifest, buildShards, createReader, type DocNumberRecord } from '../../../src/search/doc-number-map.ts';
import { sortPrefixes } from '../../../src/pipeline/doc-number/typed.ts';
import type { FilterCounts, PagefindSearch } from '../../../src/search/pagefind-client.ts';
import type { SearchEngine } from '../../../src/search/ranked-search.ts';
import { emptyState, type Scope, type SearchState } from '../../../src/search/search-state.ts';

const record = (number: number): DocNumberRecord => ({
  docNumber: `柳政发〔2024〕${number}号`,
  slug: `liuzhengfa-2024-${number}`,
  prefix: '柳政发',
  year: 2024,
  number,
  citedBy: [],
  relations: [],
  notice: { slug: `liuzhengfa-2024-${number}`, title: `通知${number}` },
});
const records = [3, 4].map(record);
const manifest = buildManifest(records);
const shards = buildShards(records);

interface Page {
  id: string;
  title: string;
  text: string;
  year: string;
}
const PAGES: Page[] = [
  { id: 'census', title: '关于做好经济普查工作的通知', text: '经济普查', year: '2024' },
  { id: 'report', title: '政府工作报告', text: '做好经济普查', year: '2023' },
  { id: 'water', title: '水利工程管理办法', text: '水利', year: '2024' },
];

/** Pagefind's answers over PAGES: a quoted term is a phrase, a bare one every word of it, null every page; filters by year. */
function engine(pages = PAGES): SearchEngine & { asked: (string | null)[] } {
  const asked: (string | null)[] = [];
  return {
    asked,
    async search(term, options): Promise<PagefindSearch> {
      asked.push(term);
      const years = options?.filters?.['year']?.any;
      const holds = (page: Page) => {
        if (term === null) return true;
        const words = term.startsWith('"') ? [term.slice(1, -1)] : term.split(' ');
        return words.every((word) => `${page.title} ${page.text}`.includes(word));
      };
      const found = pages.filter((page) => (!years || years.includes(page.year)) && holds(page));
      const counts: FilterCounts = { year: {} };
      for (const page of found) counts['year']![page.year] = (counts['year']![page.year] ?? 0) + 1;
      const results = found.map((page) => ({ id: page.id, score: 1, data: async () => ({ url: `/notices/${page.id}/`, excerpt: '', content: page.text, meta: { title: page.title } }) }));
      return { results, filters: counts };
    },
  };
}

/** Deps over the two archived numbers and the engine; `scopes` records which engines were asked for. */
function deps(over: Partial<OutcomeDeps> = {}, full: SearchEngine = engine()): OutcomeDeps & { scopes: Scope[] } {
  const scopes: Scope[] = [];
  return {
    scopes,
    prefixes: sortPrefixes(Object.keys(manifest.prefixes)),
    needsConversion: () => false,
    loadSimplifier: async () => (text) => text,
    manifest,
    reader: createReader(manifest, async (name) => shards.get(name) ?? {}),
    issues: { 2024: [3] },
    engineFor: async (scope) => {
      scopes.push(scope);
      return full;
    },
    bundlesFor: (scope) => (scope === 'title' ? ['pagefind-titles'] : ['pagefind']),
    months: ['2023-05', '2024-02'],
    window: 6,
    ...over,
  };
}

const search = (query: string, more: Partial<SearchState> = {}): SearchState => ({ ...emptyState(), query, ...more });

async function outcomes(state: SearchState, using: OutcomeDeps): Promise<SearchOutcome[]> {
  const all: SearchOutcome[] = [];
  for await (const outcome of searchOutcomes(state, using)) all.push(outcome);
  return all;
}

/** Kinds, and the notices of results in order. */
const summary = (all: SearchOutcome[]) => all.map((o) => (o.kind === 'results' ? `results ${o.found.hits.map((h) => h.item.id).join(',')}` : o.kind));

describe('searchOutcomes', () => {
  it('answers an archived doc number from the archive alone, without loading the full text', async () => {
    const using = deps();
    const [outcome, ...rest] = await outcomes(search('柳政发〔2024〕3号'), using);
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'answer', converted: null, answer: { kind: 'archived', notice: { slug: 'liuzhengfa-2024-3' } } });
    expect(using.scopes).toEqual([]);
  });

  it('answers a prefix, an unknown number and a year and number too', async () => {
    const kinds = async (query: string) => ((await outcomes(search(query), deps()))[0] as Extract<SearchOutcome, { kind: 'answer' }>).answer.kind;
    expect(await kinds('柳政发')).toBe('prefix');
    expect(await kinds('柳政发〔2024〕9号')).toBe('unknown');
    expect(await kinds('2024-3')).toBe('bare');
  });

  it('searches the full text for a doc number whose lookup fails', async () => {
    const using = deps({ reader: createReader(manifest, () => Promise.reject(new Error('offline'))) });
    expect(summary(await outcomes(search('柳政发〔2024〕3号'), using))).toEqual(['loading', 'none']);
  });

  it('prompts for words when there are none and no filter', async () => {
    const using = deps();
    expect(await outcomes(search('  '), using)).toEqual([{ kind: 'prompt', converted: null }]);
    expect(using.scopes).toEqual([]);
  });

  it('lists every notice a filter keeps when there are no words', async () => {
    const all = await outcomes(search('', { filters: { year: ['2024'], type: [], section: [] } }), deps());
    expect(summary(all)).toEqual(['loading', 'results census,water']);
  });

  it('ranks the notice holding the phrase in its title first, and passes the engine and its counts on', async () => {
    const full = engine();
    const all = await outcomes(search('经济普查'), deps({}, full));
    expect(summary(all)).toEqual(['loading', 'results census,report']);
    const results = all[1] as Extract<SearchOutcome, { kind: 'results' }>;
    expect(results.engine).toBe(full);
    expect(results.found.filters).toEqual({ year: { 2023: 1, 2024: 1 } });
    expect(results.plan.highlights).toEqual(['经济普查']);
  });

  it('says what nothing matched, and whether filters narrowed it', async () => {
    expect((await outcomes(search('螺蛳粉'), deps()))[1]).toMatchObject({ kind: 'none', query: '螺蛳粉', filtered: false });
    expect((await outcomes(search('水利', { filters: { year: ['2023'], type: [], section: [] } }), deps()))[1]).toMatchObject({ kind: 'none', filtered: true });
  });

  it('searches titles with the titles engine and its bundle', async () => {
    const asked: string[][] = [];
    const using = deps({ bundlesFor: (scope) => (asked.push([scope]), scope === 'title' ? ['pagefind-titles'] : ['pagefind']) });
    await outcomes(search('水利', { scope: 'title' }), using);
    expect(using.scopes).toEqual(['title']);
    expect(asked).toEqual([['title']]);
  });

  it('searches the simplified query when conversion changes it, and says so', async () => {
    const using = deps({ needsConversion: (text) => text.includes('濟'), loadSimplifier: async () => (text) => text.replace('經濟', '经济') });
    const all = await outcomes(search('經濟普查'), using);
    expect(all[0]).toEqual({ kind: 'loading', converted: '经济普查' });
    expect(summary(all)).toEqual(['loading', 'results census,report']);
  });

  it('searches the query as typed when the conversion table cannot be loaded', async () => {
    const using = deps({ needsConversion: () => true, loadSimplifier: () => Promise.reject(new Error('offline')) });
    const all = await outcomes(search('水利'), using);
    expect(all[0]).toEqual({ kind: 'loading', converted: null });
    expect(summary(all)).toEqual(['loading', 'results water']);
  });

  it('fails when the index cannot be loaded or searched', async () => {
    expect(summary(await outcomes(search('水利'), deps({ engineFor: () => Promise.reject(new Error('404')) })))).toEqual(['loading', 'failed']);
    const broken: SearchEngine = { search: () => Promise.reject(new Error('worker')) };
    expect(summary(await outcomes(search('水利'), deps({}, broken)))).toEqual(['loading', 'failed']);
  });

  it('stops before loading the index when the reader stops at `loading`', async () => {
    const using = deps();
    for await (const outcome of searchOutcomes(search('水利'), using)) if (outcome.kind === 'loading') break;
    expect(using.scopes).toEqual([]);
  });
});
