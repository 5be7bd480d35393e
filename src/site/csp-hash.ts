// The hash by which a page's Content-Security-Policy admits one inline style or script.
import { createHash } from 'node:crypto';

/** The CSP source expression of an inline style or script: its SHA-256 in base64. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
