// Browser tests run against the real static build, once per base path, on a system Chromium.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser/chromium';
import type { SiteOptions } from './tests/browser/fixtures';

// Each project builds/serves its own copy so links are checked both at the domain root and under a subpath.
const site = (siteBase: string, folder: string): SiteOptions => ({
  siteBase,
  siteDir: path.join(import.meta.dirname, '.test-sites', folder),
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
    // The extra builds share the project's caches: one project runs them, so they never run side by side.
    { name: 'root', use: site('/', 'root'), metadata: { base: '/' }, testIgnore: '**/site-builds.spec.ts' },
    { name: 'subpath', use: site('/gongbao/', 'gongbao'), metadata: { base: '/gongbao/' }, testIgnore: '**/search-relevance.spec.ts' },
  ],
});
