// SHA256SUMS written into a built site: sha256sum -c accepts it and catches a changed file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSha256Sums } from '../../../src/postbuild/sha256-sums-file.ts';

describe('writeSha256Sums', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a manifest that sha256sum -c accepts, and that catches a changed file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sums-'));
    mkdirSync(path.join(dir, 'notices', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<p>首页</p>');
    writeFileSync(path.join(dir, 'notices', 'x', 'index.html'), '<p>通知</p>');
    writeFileSync(path.join(dir, 'SHA256SUMS'), 'stale');

    expect(await writeSha256Sums(dir)).toBe(2);

    const manifest = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    expect(manifest.split('\n').filter(Boolean).map((l) => l.slice(66))).toEqual(['index.html', 'notices/x/index.html']);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir });

    writeFileSync(path.join(dir, 'index.html'), '<p>改过</p>');
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});
