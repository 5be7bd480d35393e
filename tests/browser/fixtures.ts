// Test fixtures: each worker serves its project's built site on its own port, so projects and workers never share state.
import { test as base, expect } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

export interface SiteOptions {
  /** Base path the site was built for and is mounted under: '/' or '/gongbao/'. */
  siteBase: string;
  /** Built site folder (absolute), e.g. <repo>/.test-sites/gongbao. */
  siteDir: string;
  /** Notices per search shard the site was built with (GONGBAO_SEARCH_SHARD_SIZE); 0 for the build's default. */
  searchShardSize: number;
}

interface SiteFixtures {
  /** The running server, for tests that need bytesServed. */
  siteServer: StaticServer;
  /** Absolute URL of the site's home page, ending in '/', e.g. http://127.0.0.1:PORT/gongbao/ */
  siteUrl: string;
}

export const test = base.extend<object, SiteOptions & SiteFixtures>({
  // Options with defaults; playwright.config.ts overrides them per project.
  siteBase: ['/', { scope: 'worker', option: true }],
  siteDir: ['.test-sites/root', { scope: 'worker', option: true }],
  searchShardSize: [0, { scope: 'worker', option: true }],
  siteServer: [
    async ({ siteDir, siteBase }, use) => {
      const server = await startStaticServer(siteDir, siteBase);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  siteUrl: [async ({ siteServer }, use) => use(siteServer.url), { scope: 'worker' }],
});

export { expect };
