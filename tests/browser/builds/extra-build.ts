// The extra builds of the builds project: from a given content folder or seeds folder, into a scratch folder of
// the spec file, one after another (they share the project's caches; playwright.config.ts gives them one worker).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../support/static-server.ts';
import { test } from '../fixtures';
import { TEST_SITE } from '../site-content';

export const repo = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');

/** A scratch folder made before the file's tests and removed after them; read `.path` inside hooks and tests. */
export function scratchFolder(): { readonly path: string } {
  const scratch = { path: '' };
  test.beforeAll(() => {
    scratch.path = mkdtempSync(path.join(tmpdir(), 'gongbao-builds-'));
  });
  test.afterAll(() => rmSync(scratch.path, { recursive: true, force: true }));
  return scratch;
}

/** The whole build into dir, as `npm run build` does it but from a given content folder; --force drops Astro's content cache. */
export function build(dir: string, env: Record<string, string>): void {
  execFileSync(process.execPath, [tsx, 'scripts/build.ts', '--skip-ingest', '--force', '--out', dir], {
    cwd: repo,
    env: { ...process.env, GONGBAO_SITE: TEST_SITE, ...env },
    stdio: 'pipe',
  });
}

export interface ServedSite {
  url: string;
  close: () => Promise<void>;
  /** The content folder the ingest wrote. */
  content: string;
}

/** Ingests a folder of seeds, builds the site at / and serves it; `name` names its folders under `out`; `env` adds to the build's. */
export async function serveSeeds(seeds: string, out: string, name: string, env: Record<string, string> = {}): Promise<ServedSite> {
  const content = path.join(out, `${name}-content`);
  execFileSync(process.execPath, [tsx, 'scripts/ingest.ts'], {
    cwd: repo,
    env: { ...process.env, GONGBAO_SEEDS: seeds, GONGBAO_CONTENT: content, GONGBAO_QUIET: '1' },
    stdio: 'pipe',
  });
  const dir = path.join(out, name);
  build(dir, { GONGBAO_BASE: '/', GONGBAO_CONTENT: content, ...env });
  const server = await startStaticServer(dir, '/');
  return { url: server.url, close: () => server.close(), content };
}
