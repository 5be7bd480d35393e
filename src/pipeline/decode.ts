// Seed bytes to text: UTF-8 only, with a BOM and CRLF accepted and GBK recognised by name.
import { IngestError } from './errors.ts';

/** What decoding changed without touching the text itself. */
export interface Decoded {
  text: string;
  bom: boolean;
  crlf: boolean;
}

/** Decodes a seed file, refusing binary and non-UTF-8 input with a clear error. */
export function decodeSeed(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError({ file, line: 0 }, 'the file is empty', 'the plain text of one gazette issue');
  // UTF-16 text is full of NUL bytes too, so it is told apart before the binary check.
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    throw new IngestError({ file, line: 1 }, `the file is UTF-16; convert it with \`iconv -f ${utf16} -t UTF-8\``, 'UTF-8 text');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError({ file, line: lineAt(bytes, nul) }, 'the file is binary (it contains NUL bytes)', 'a UTF-8 text file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, file);
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new IngestError({ file, line: 0 }, 'the file holds no text', 'the plain text of one gazette issue');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const crlf = /\r/.test(text);
  if (crlf) text = text.replace(/\r\n?/g, '\n');
  return { text, bom, crlf };
}

/**
 * UTF-16 (with a byte-order mark, for iconv to read), UTF-16LE or UTF-16BE (without one: NUL bytes in the high half
 * of ASCII characters, all on one side), or undefined.
 */
function utf16Kind(bytes: Uint8Array): 'UTF-16' | 'UTF-16LE' | 'UTF-16BE' | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  const head = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) i % 2 ? odd++ : even++;
  });
  if (even + odd < head.length / 20) return undefined;
  if (odd >= 0.95 * (even + odd)) return 'UTF-16LE';
  if (even >= 0.95 * (even + odd)) return 'UTF-16BE';
  return undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The error for bytes that are not UTF-8: GBK named as such, a cut character as a truncated file, at its line. */
function notUtf8(bytes: Uint8Array, file: string): IngestError {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  const line = lenient.slice(0, Math.max(bad, 0)).split('\n').length;
  if (cutInsideLastCharacter(bytes)) {
    return new IngestError({ file, line }, 'the file ends inside a character; it may be truncated', 'complete UTF-8 text');
  }
  const problem = looksLikeGbk(bytes) ? 'the file looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8`' : 'the file is not valid UTF-8';
  return new IngestError({ file, line }, problem, 'UTF-8 text');
}

/** Valid UTF-8 but for an incomplete character at the very end (streaming decode keeps it pending). */
function cutInsideLastCharacter(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** GBK text decodes cleanly as GBK and is mostly CJK ideographs there. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const nonAscii = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  return nonAscii > 0 && cjk / nonAscii > 0.8;
}
