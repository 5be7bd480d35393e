// Collections over the generated content/ folder; the schemas live in src/pipeline/content-schema.ts so pure helpers share the types.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './site/content-dir.ts';
import { DocNumberEntrySchema, IssueRecordSchema, NoticeFrontmatterSchema } from './pipeline/content-schema.ts';

const notices = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${CONTENT_DIR}/notices`,
    // The slug is the contract's stable URL key; Astro's default would re-slug the file name.
    generateId: ({ data }) => String(data['slug']),
  }),
  schema: NoticeFrontmatterSchema,
});

const issues = defineCollection({ loader: file(`${CONTENT_DIR}/issues.json`), schema: IssueRecordSchema });

// Entries carry no `id`, so the loader keys them by `slug`, which is also their index anchor.
const docNumbers = defineCollection({ loader: file(`${CONTENT_DIR}/doc-numbers.json`), schema: DocNumberEntrySchema });

export const collections = { notices, issues, docNumbers };
