// Builds the site once per base path before any test, from the real seeds, into .test-sites/: the ingest writes
// .test-sites/content and Astro builds from it, so a test run never touches the working tree's content/ or dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import type { SiteOptions } from './fixtures';
import { TEST_CONTENT_DIR, TEST_SITE } from './site-content';

export default function globalSetup(config: FullConfig): void {
  const repo = path.dirname(config.configFile ?? path.resolve('playwright.config.ts'));
  // Project `use` is the single source of truth for which bases to build and where they go.
  const sites = new Map<string, { siteBase: string; searchShardSize: number }>();
  for (const project of config.projects) {
    const { siteBase, siteDir, searchShardSize = 0 } = project.use as Partial<SiteOptions>;
    if (siteBase && siteDir) sites.set(path.resolve(repo, siteDir), { siteBase, searchShardSize });
  }
  // GONGBAO_SKIP_BUILD=1 reuses earlier builds for fast local iteration, but never skips a missing one.
  const built = [TEST_CONTENT_DIR, ...sites.keys()].every((dir) => existsSync(dir));
  if (process.env['GONGBAO_SKIP_BUILD'] === '1' && built) return;

  const env = { ...process.env, GONGBAO_CONTENT: TEST_CONTENT_DIR, GONGBAO_SITE: TEST_SITE };
  console.log(`[global-setup] ingest seeds/ -> ${path.relative(repo, TEST_CONTENT_DIR)}`);
  const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');
  execFileSync(process.execPath, [tsx, 'scripts/ingest.ts'], { cwd: repo, stdio: 'inherit', env: { ...env, GONGBAO_QUIET: '1' } });
  for (const [dir, { siteBase, searchShardSize }] of sites) {
    const shards = searchShardSize > 0 ? { GONGBAO_SEARCH_SHARD_SIZE: String(searchShardSize) } : {};
    console.log(`[global-setup] build with GONGBAO_BASE=${siteBase} ${searchShardSize > 0 ? `and ${searchShardSize} notices per search shard ` : ''}-> ${path.relative(repo, dir)}`);
    rmSync(dir, { recursive: true, force: true }); // no stale files from an earlier build.
    // The README's build from the ingested content; --force: Astro's content cache may hold another folder's entries.
    execFileSync(process.execPath, [tsx, 'scripts/build.ts', '--skip-ingest', '--force', '--out', dir], { cwd: repo, stdio: 'inherit', env: { ...env, ...shards, GONGBAO_BASE: siteBase } });
  }
}
