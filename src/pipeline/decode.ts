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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const hint = looksLikeGbk(bytes) ? 'the file looks GBK-encoded; convert it with `iconv -f GBK -t UTF-8`' : 'the file is not valid UTF-8';
    throw new IngestError(file, lineAt(bytes, bad), hint, 'UTF-8 text');
  }
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

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a cut inside a valid sequence also fails).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
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
