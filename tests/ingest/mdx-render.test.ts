// Every notice of the real issue, rendered from its MDX by Sätteri, shows its body text unchanged.
import { expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { bodyText, renderedText } from '../support/mdx-text.ts';
import { SEED_FILE, seedBytes } from '../support/real-seed.ts';

const result = ingest([{ file: SEED_FILE, bytes: seedBytes }]);

it.each(result.archive.issues[0]!.notices.map((n) => [n.docNumber?.text, n] as const))('%s renders its text unchanged', (_, notice) => {
  const mdx = result.files.get(`notices/${notice.slug}.mdx`) as string;
  expect(renderedText(mdx)).toBe(bodyText(notice));
});
