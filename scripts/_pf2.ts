import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/main/tests/browser/chromium.ts';
import { startStaticServer } from '/work/main/tests/browser/static-server.ts';
const server = await startStaticServer('/work/main/dist', '/');
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto(server.url + 'search/');
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(async (q) => {
    const pf: any = await import('/pagefind/pagefind.js');
    await pf.options({noWorker: true});
    const r = await pf.search(q);
    const first = r.results[0];
    const keys = first ? Object.keys(first) : [];
    const rows = [];
    for (const res of r.results.slice(0, 5)) {
      const d = await res.data();
      rows.push([res.score?.toFixed(2), JSON.stringify(res.words?.slice(0,8)), d.url, d.meta.title?.slice(0,25), JSON.stringify(d.weighted_locations?.filter((w:any)=>w.weight>1).slice(0,4).map((w:any)=>[w.weight,w.location])), d.excerpt.slice(0,60)].join(' '));
    }
    return { n: r.results.length, keys, rows, kw: r.search_keywords, idf: r.query_term_idfs };
  }, q);
  console.log('==', q, out.n, out.keys.join(','), JSON.stringify(out.kw), JSON.stringify(out.idf));
  for (const row of out.rows) console.log('  ', row);
}
await browser.close(); await server.close();
