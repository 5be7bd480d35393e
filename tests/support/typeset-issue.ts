// An issue typeset into a gazette PDF by one of three routes, for the PDF front end to read back.
import type { Browser } from '@playwright/test';
import type { Issue } from '../../src/pipeline/model.ts';
import { gazetteCopy, type CopyOptions } from './gazette-copy.ts';
import { launchPrinter } from './pdf-files.ts';
import { typesetChromium } from './typeset-chromium.ts';
import { typesetPdfkit } from './typeset-pdfkit.ts';
import { typesetWeasyprint } from './typeset-weasyprint.ts';

export type TypesetRoute = 'chromium' | 'pdfkit' | 'weasyprint';

export interface TypesetOptions extends CopyOptions {
  /** The Chromium to print with; without one the Chromium route launches its own and closes it. */
  browser?: Browser;
}

/** The issue's print copy typeset as an A4 PDF by Chromium or WeasyPrint (HTML and CSS) or by PDFKit (line by line). */
export async function typesetIssue(issue: Issue, route: TypesetRoute, options: TypesetOptions = {}): Promise<Uint8Array> {
  const copy = gazetteCopy(issue, options);
  if (route === 'pdfkit') return typesetPdfkit(copy);
  if (route === 'weasyprint') return typesetWeasyprint(copy);
  const browser = options.browser ?? (await launchPrinter());
  try {
    return await typesetChromium(copy, browser);
  } finally {
    if (!options.browser) await browser.close();
  }
}
