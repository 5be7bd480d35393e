// Builds the site once per base path before any test, so the browser tests exercise the real `npm run build` output.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import type { SiteOptions } from './fixtures';

export default function globalSetup(config: FullConfig): void {
  const repo = path.dirname(config.configFile ?? path.resolve('playwright.config.ts'));
  // Project `use` is the single source of truth for which bases to build and where they go.
  const sites = new Map<string, string>();
  for (const project of config.projects) {
    const { siteBase, siteDir } = project.use as Partial<SiteOptions>;
    if (siteBase && siteDir) sites.set(path.resolve(repo, siteDir), siteBase);
  }
  // GONGBAO_SKIP_BUILD=1 reuses earlier builds for fast local iteration, but never skips a missing one.
  if (process.env['GONGBAO_SKIP_BUILD'] === '1' && [...sites.keys()].every((dir) => existsSync(dir))) return;

  for (const [dir, siteBase] of sites) {
    console.log(`[global-setup] npm run build with GONGBAO_BASE=${siteBase} -> ${path.relative(repo, dir)}`);
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit', env: { ...process.env, GONGBAO_BASE: siteBase } });
    rmSync(dir, { recursive: true, force: true }); // no stale files from an earlier build.
    cpSync(path.join(repo, 'dist'), dir, { recursive: true });
  }
}
