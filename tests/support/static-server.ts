// Dependency-free static host that behaves like a dumb file server (no redirects, no rewrites), so tests catch links
// that only work thanks to a smarter host, and the byte counter lets benchmarks measure what the browser transferred.
// Text is gzipped when the browser accepts it, as common hosts do; Pagefind's own files are compressed already.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', // streaming WebAssembly compilation requires this exact type.
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // Pagefind's compressed index chunks are opaque binaries.
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface ByteCounter {
  /** Response-body bytes since start or the last reset, before compression (headers excluded). */
  readonly total: number;
  /** The same bodies as sent: text gzipped when the request accepts it. */
  readonly wire: number;
  /** Each response since the last reset: its path and bytes as sent. */
  readonly responses: readonly { path: string; wire: number }[];
  reset(): void;
}

/** Types a host compresses: text; images, fonts and Pagefind's gzipped chunks are left alone. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

export interface StaticServer {
  /** Absolute URL of the mounted base, always ending in '/', e.g. http://127.0.0.1:4321/gongbao/ */
  readonly url: string;
  readonly bytesServed: ByteCounter;
  close(): Promise<void>;
}

export async function startStaticServer(rootDir: string, base = '/'): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  const mount = trimmed ? `/${trimmed}/` : '/'; // normalise 'x', '/x' and '/x/' alike.
  let total = 0;
  let wire = 0;
  let responses: { path: string; wire: number }[] = [];
  const gzipped = new Map<string, Buffer>(); // by file path: a site's files do not change while it is served.

  // Resolves a URL pathname to a file, or null when a plain static host would answer 404.
  async function resolveFile(pathname: string): Promise<string | null> {
    if (!pathname.startsWith(mount)) return null;
    const segments = pathname.slice(mount.length).split('/');
    const decoded: string[] = [];
    for (const seg of segments) {
      let s: string;
      try {
        s = decodeURIComponent(seg);
      } catch {
        return null; // malformed percent-encoding.
      }
      if (s === '.' || s === '..' || /[/\\\0]/.test(s)) return null; // no traversal via encoded separators.
      decoded.push(s);
    }
    if (decoded.at(-1) === '') decoded[decoded.length - 1] = 'index.html'; // '/x/' serves 'x/index.html'.
    const file = path.join(root, ...decoded);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    const info = await stat(file).catch(() => null);
    return info?.isFile() ? file : null; // a directory without trailing slash is a 404, never a redirect.
  }

  // Like a plain host: the file with its type, else the site's own 404.html (still status 404).
  async function respond(pathname: string): Promise<{ status: number; type: string; body: Buffer; file?: string }> {
    const file = await resolveFile(pathname);
    if (file) {
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, type, body: await readFile(file), file };
    }
    const page = await readFile(path.join(root, '404.html')).catch(() => null);
    return page
      ? { status: 404, type: 'text/html; charset=utf-8', body: page }
      : { status: 404, type: 'text/plain; charset=utf-8', body: Buffer.from('404 Not Found\n') };
  }

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(`http://localhost${req.url ?? '/'}`).pathname; // prefix, so '//x' is a path not a host.
    } catch {
      res.writeHead(400).end();
      return;
    }
    respond(pathname).then(
      ({ status, type, body, file }) => {
        const gzip = file !== undefined && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const sent = gzip ? (gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!) : body;
        res.writeHead(status, { 'content-type': type, 'content-length': sent.length, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
        if (req.method === 'HEAD') return void res.end();
        total += body.length;
        wire += sent.length;
        responses.push({ path: pathname, wire: sent.length });
        res.end(sent);
      },
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve); // port 0: parallel workers never collide; loopback only.
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${mount}`,
    bytesServed: {
      get total() {
        return total;
      },
      get wire() {
        return wire;
      },
      get responses() {
        return responses;
      },
      reset() {
        total = 0;
        wire = 0;
        responses = [];
      },
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open.
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
