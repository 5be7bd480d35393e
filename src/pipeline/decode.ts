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
  if (bytes.length === 0) throw new IngestError(file, 0, 'the file is empty', 'the plain text of one gazette issue');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError(file, lineAt(bytes, nul), 'the file is binary (it contains NUL bytes)', 'a UTF-8 text file');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError(file, 1, 'the file is UTF-16; convert it with `iconv -f UTF-16 -t UTF-8`', 'UTF-8 text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(bytes, file);
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new IngestError(file, 0, 'the file holds no text', 'the plain text of one gazette issue');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const crlf = /\r/.test(text);
  if (crlf) text = text.replace(/\r\n?/g, '\n');
  return { text, bom, crlf };
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
    return new IngestError(file, line, 'the file ends inside a character; it may be truncated', 'complete UTF-8 text');
  }
  const problem = looksLikeGbk(bytes) ? 'the file looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8`' : 'the file is not valid UTF-8';
  return new IngestError(file, line, problem, 'UTF-8 text');
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
