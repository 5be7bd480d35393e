// GBK bytes for tests: Node decodes GBK (WHATWG TextDecoder) but cannot encode it, so the table is read back from the decoder.

let table: Map<string, readonly [number, number]> | undefined;

/** Every two-byte GBK sequence, by the character it decodes to. */
function gbkTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // Not a GBK sequence.
      }
    }
  }
  return table;
}

/** Encodes text as GBK; throws on a character GBK has no two-byte code for. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const pair = codes.get(ch);
      if (!pair) throw new Error(`GBK has no two-byte code for ${ch} (U+${cp.toString(16).toUpperCase()})`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}
