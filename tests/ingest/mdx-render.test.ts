// Every notice of the real issue, rendered from its MDX by Sätteri, shows its body text unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { bodyText, renderedText } from '../support/mdx-text.ts';

const file = 'seeds/2024-03.txt';
const result = ingest([{ file, bytes: readFileSync(join(import.meta.dirname, '../..', file)) }]);

it.each(result.archive.issues[0]!.notices.map((n) => [n.docNumber?.text, n] as const))('%s renders its text unchanged', (_, notice) => {
  const mdx = result.files.get(`notices/${notice.slug}.mdx`)!;
  expect(renderedText(mdx)).toBe(bodyText(notice));
});
