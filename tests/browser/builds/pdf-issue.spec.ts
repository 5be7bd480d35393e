// The real issue added as its PDF alone: every notice page reads as the one the text seed builds, the site serves the
// PDF byte for byte and lists it in SHA256SUMS, and each notice links the PDF page it begins on, where its title is printed.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unifyIdeographs } from '../../../src/pipeline/pdf/ideographs.ts';
import { readPdf, type PdfText } from '../../../src/pipeline/pdf/read-pdf.ts';
import { parseIssue } from '../../../src/pipeline/parse-issue.ts';
import { readerText } from '../../support/notice-blocks.ts';
import { SEED_FILE, seedLines, seedText } from '../../support/real-seed.ts';
import { typesetIssue } from '../../support/typeset-issue.ts';
import { test, expect } from '../fixtures';
import { scratchFolder, serveSeeds } from './extra-build';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
const scratch = scratchFolder();
const printed = parseIssue(seedText, SEED_FILE).issue;
const plain = (text: string) => unifyIdeographs(text.replace(/\s/gu, '')).text;

test.describe('the real issue built from its PDF', () => {
  let siteUrl = '';
  let close = async () => {};
  let pdf: Uint8Array;
  let pages: PdfText;
  test.beforeAll(async () => {
    pdf = await typesetIssue(printed, 'pdfkit', { seedLines });
    pages = await readPdf(pdf, '2024-03.pdf');
    const seeds = path.join(scratch.path, 'pdf-seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(path.join(seeds, '2024-03.pdf'), pdf);
    ({ url: siteUrl, close } = await serveSeeds(seeds, scratch.path, 'pdf'));
  });
  test.afterAll(async () => close());

  const sha256 = () => createHash('sha256').update(pdf).digest('hex');

  test('the issue page names the PDF and its digest, and the site serves it byte for byte', async ({ page }) => {
    await page.goto(`${siteUrl}issues/2024-03/`);
    await expect(page.locator('main')).toContainText(`${pages.pages.length}页`);
    await expect(page.locator('main')).toContainText(sha256());
    const link = page.getByRole('link', { name: 'PDF原件（2024-03.pdf）' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/issues/2024-03/2024-03.pdf');
    const response = await page.request.get(new URL(href!, siteUrl).href);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(Buffer.from(await response.body()).equals(Buffer.from(pdf))).toBe(true);
  });

  test('every notice page shows the title and text the site built from the text seed shows', async ({ page, siteUrl: fromText }) => {
    for (const notice of printed.notices) {
      const read = async (url: string) => {
        await page.goto(`${url}notices/${notice.slug}/`);
        // Whitespace beside an ideograph is layout: a space the text seed holds where the print wraps a line shows in no PDF.
        return { title: await page.locator('h1').innerText(), text: readerText(await page.locator('.prose').innerText()) };
      };
      expect(await read(siteUrl), notice.slug).toEqual(await read(fromText));
    }
  });

  test('SHA256SUMS lists the PDF with its digest', async ({ page }) => {
    const sums = await (await page.request.get(`${siteUrl}SHA256SUMS`)).text();
    expect(sums.split('\n')).toContain(`${sha256()}  issues/2024-03/2024-03.pdf`);
  });

  for (const number of ['柳政发〔2023〕3号', '柳政发〔2023〕10号', '柳政发〔2024〕8号']) {
    test(`${number} links the PDF page it begins on, and that page prints its title`, async ({ page }) => {
      const notice = printed.notices.find((n) => n.docNumber?.text === number)!;
      await page.goto(`${siteUrl}notices/${notice.slug}/`);
      await expect(page.locator('h1')).toHaveText(notice.title.replace(/\s/gu, ''));
      const link = page.getByRole('link', { name: /^PDF第\d+(—\d+)?页$/ });
      const href = (await link.getAttribute('href'))!;
      const at = /^\/issues\/2024-03\/2024-03\.pdf#page=(\d+)$/.exec(href);
      expect(at, href).not.toBeNull();
      const pdfPage = pages.pages[Number(at![1]) - 1]!;
      expect(plain(pdfPage.runs.map((r) => r.text).join(''))).toContain(plain(notice.title).slice(0, 12));
      await expect(page.locator('.downloads')).toContainText(`PDF第${at![1]}—`);
    });
  }
});
