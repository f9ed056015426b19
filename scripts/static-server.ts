/**
 * A tiny static file server (node:http, no dependency) for `npm run preview` and the tests, serving
 * a directory (dist/) under a base path, the way a forge's Pages would:
 * - `/base/x/` → `x/index.html`; `/base/x` → 301 to `/base/x/` when `x` is a directory;
 * - unknown paths (and anything outside the base) → 404 with the body of `404.html` when it exists;
 * - GET and HEAD only; no directory listing; no path traversal;
 * - files without an extension (a bilan's `SHA256SUMS`) as plain text, as `sha256sum -c` reads them.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface ServeOptions {
  /** Directory to serve (e.g. dist/). */
  dir: string;
  /** Base path, e.g. `/plan-climat/` (default `/`). */
  base?: string;
  /** Port to listen on (default: any free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1: this machine only). */
  host?: string;
}

export interface Served {
  /** Origin plus base path, ending with `/`, e.g. `http://127.0.0.1:41234/plan-climat/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function serve(options: ServeOptions): Promise<Served> {
  const root = resolve(options.dir);
  if (!isDir(root)) throw new Error(`serve: ${root} n’existe pas (le site est-il construit ?)`);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const notFoundPage = join(root, '404.html');

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: string, status = 200) => {
    const ext = extname(file).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? (ext === '' ? 'text/plain; charset=utf-8' : 'application/octet-stream');
    res.writeHead(status, {
      'content-type': type,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    if (existsSync(notFoundPage)) return sendFile(req, res, notFoundPage, 404);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : 'Not found');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: `${base}${url.search}` });
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(req, res);
    const rel = normalize(pathname.slice(base.length));
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return notFound(req, res);
    const target = join(root, rel);
    if (target !== root && !target.startsWith(root + sep)) return notFound(req, res);
    if (isDir(target)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = join(target, 'index.html');
      return isFile(index) ? sendFile(req, res, index) : notFound(req, res);
    }
    if (isFile(target) && !pathname.endsWith('/')) return sendFile(req, res, target);
    return notFound(req, res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
