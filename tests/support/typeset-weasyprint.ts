// The copy printed by WeasyPrint (Debian's `weasyprint`): the Chromium route's HTML and CSS through another engine and
// another PDF writer, which sets CJK lines ragged rather than justified.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GazetteCopy } from './gazette-copy.ts';
import { printTwice } from './typeset-chromium.ts';

function print(dir: string, html: string): Uint8Array {
  const source = path.join(dir, 'issue.html');
  const pdf = path.join(dir, 'issue.pdf');
  writeFileSync(source, html);
  execFileSync('weasyprint', ['--quiet', source, pdf], { stdio: 'pipe' });
  return new Uint8Array(readFileSync(pdf));
}

/** The copy printed by WeasyPrint. */
export async function typesetWeasyprint(copy: GazetteCopy): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongbao-weasyprint-'));
  try {
    return await printTwice(copy, async (html) => print(dir, html));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
