// The SHA256SUMS manifest an archivist checks a copy with: `sha256sum -c SHA256SUMS` inside the built folder.

export const SUMS_FILE = 'SHA256SUMS';

export interface FileHash {
  /** Path relative to the built folder, '/'-separated. */
  path: string;
  /** Lower-case hex SHA-256. */
  sha256: string;
}

/** Manifest text in sha256sum's format ("<hex>  <path>"), sorted by path bytes, excluding the manifest itself. */
export function sha256SumsText(files: readonly FileHash[]): string {
  const rows = files
    .filter((f) => f.path !== SUMS_FILE)
    .map((f) => {
      // sha256sum escapes these with a leading backslash; no built file should ever need it.
      if (/[\\\n\r]/.test(f.path)) throw new Error(`unsupported file name in build: ${JSON.stringify(f.path)}`);
      if (!/^[0-9a-f]{64}$/.test(f.sha256)) throw new Error(`bad sha256 for ${f.path}`);
      return { key: Buffer.from(f.path, 'utf8'), line: `${f.sha256}  ${f.path}\n` };
    })
    .sort((a, b) => Buffer.compare(a.key, b.key));
  return rows.map((r) => r.line).join('');
}
