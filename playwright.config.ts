// Browser tests run against the real static build, once per base path, on a system Chromium.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';
import type { SiteOptions } from './tests/browser/fixtures';
import { TEST_SHARD_SIZE } from './tests/browser/site-content';

// Each project builds/serves its own copy so links are checked both at the domain root and under a subpath. The root
// build splits its search index into shards of a few notices, so every search test also runs against a merged index.
const site = (siteBase: string, folder: string, searchShardSize = 0): SiteOptions => ({
  siteBase,
  siteDir: path.join(import.meta.dirname, '.test-sites', folder),
  searchShardSize,
});

export default defineConfig<object, SiteOptions>({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/browser/global-setup.ts',
  workers: 2,
  reporter: 'list',
  forbidOnly: !!process.env['CI'], // a stray test.only must not silently shrink CI.
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions },
  projects: [
    { name: 'root', use: site('/', 'root', TEST_SHARD_SIZE), metadata: { base: '/' }, testIgnore: 'builds/**' },
    { name: 'subpath', use: site('/gongbao/', 'gongbao'), metadata: { base: '/gongbao/' }, testIgnore: ['builds/**', '**/search-relevance.spec.ts'] },
    // The extra builds (tests/browser/builds/) share the project's caches: one worker runs them, one after another.
    { name: 'builds', use: site('/gongbao/', 'gongbao'), metadata: { base: '/gongbao/' }, testMatch: 'builds/**/*.spec.ts', workers: 1 },
  ],
});
