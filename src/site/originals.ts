// Where a reader finds the PDF an issue was read from: the copy the site serves beside the issue's page, or, where
// GONGBAO_ORIGINALS gives the public address of the originals (such as the government's own), that address.
import type { Routes } from './routes.ts';

/** The public folder of the originals, read once; undefined when the site serves its own copies. */
export function originalsBase(value: string | undefined = process.env['GONGBAO_ORIGINALS']): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GONGBAO_ORIGINALS must be an absolute http(s) address of the folder holding the original PDFs, not ${value}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`GONGBAO_ORIGINALS must be an http(s) address, not ${value}`);
  return new URL(url.href.endsWith('/') ? url.href : `${url.href}/`);
}

const BASE = originalsBase();

/** True when the site serves the originals itself (and lists them in SHA256SUMS). */
export const servesOriginals = BASE === undefined;

/** The address of an issue's original PDF, opened at `page` (1-based, the PDF's own count) when given. */
export function originalUrl(routes: Routes, issue: { id: string; original: { file: string } }, page?: number): string {
  const fragment = page === undefined ? '' : `#page=${page}`;
  return BASE ? `${new URL(encodeURIComponent(issue.original.file), BASE).href}${fragment}` : routes.issueOriginal(issue.id, page);
}
