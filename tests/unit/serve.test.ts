// The static server used by the browser tests, on the hand-made dist/ of tests/fixtures/links.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type Served } from '../../scripts/static-server';

const fixture = fileURLToPath(new URL('../fixtures/links/', import.meta.url));
let server: Served;

beforeAll(async () => {
  server = await serve({ dir: fixture, base: '/plan-climat/' });
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, method = 'GET') => fetch(new URL(path, server.origin), { redirect: 'manual', method });

describe('serve()', () => {
  test('listens on 127.0.0.1 under the base path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/plan-climat\/$/);
  });

  test('serves index.html for directory URLs', async () => {
    const res = await get('/plan-climat/page/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<h1>Page</h1>');
    expect((await get('/plan-climat/')).status).toBe(200);
  });

  test('redirects a directory without its trailing slash', async () => {
    const res = await get('/plan-climat/page?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/plan-climat/page/?x=1');
    const root = await get('/plan-climat');
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe('/plan-climat/');
  });

  test('content types', async () => {
    expect((await get('/plan-climat/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/plan-climat/img.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('/plan-climat/sitemap.xml')).headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect((await get('/plan-climat/robots.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  test('404 with the body of 404.html for unknown paths, outside the base, and traversal', async () => {
    for (const path of ['/plan-climat/absent/', '/plan-climat/style.css/', '/ailleurs/', '/plan-climat/%2e%2e/package.json', '/plan-climat/../README.md']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('Page introuvable');
    }
  });

  test('HEAD has no body', async () => {
    const res = await get('/plan-climat/', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  test('a file without an extension (a bilan\'s SHA256SUMS) is plain text, not a 404', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-sums-'));
    writeFileSync(join(dir, 'SHA256SUMS'), 'abc  actions.csv\n');
    const own = await serve({ dir, base: '/' });
    try {
      const res = await fetch(`${own.url}SHA256SUMS`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await res.text()).toBe('abc  actions.csv\n');
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
