import { defineConfig } from 'vitest/config';

// Unit and end-to-end ingest tests; browser tests belong to Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/ingest/**/*.test.ts'],
    exclude: ['tests/browser/**', '.test-sites/**', 'node_modules/**'],
  },
});
