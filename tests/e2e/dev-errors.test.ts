/**
 * `npm run dev` as staff use it, in the system's Chromium: on a temporary copy of a small plan
 * (tests/fixtures/drafts), a draft plan shows with its « brouillon » banner; an unknown status
 * saved into a CSV shows in the browser with the terminal's `file:line: field: message`, without
 * reloading by hand; saving the fixed file brings the plan back. The dev server gets a free port
 * and its own cache folder, and is stopped (its process group) at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { formatIssue } from '../../src/lib/model/issues';
import { loadPlans } from '../../src/lib/model/load';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const FIXTURE = join(ROOT, 'tests/fixtures/drafts');
const READY_MS = 120_000;
const SHOWN_MS = 45_000;

let work = '';
let cache = '';
let server: ChildProcess | undefined;
let log = '';
let origin = '';
let browser: Browser;
let page: Page;

let lastNavigation = 0;

declare global {
  interface Window {
    __devSocketOpen?: boolean;
  }
}

/**
 * Live reload needs the page's dev client connected to the server (its WebSocket open), and the
 * server reloads the page once by itself on a first visit (it prepares its dependencies): wait
 * until the page shown has its socket open and no load happened for a moment.
 */
async function settled(): Promise<void> {
  const ready = async () => Date.now() - lastNavigation > 1500 && (await page.evaluate(() => window.__devSocketOpen === true).catch(() => false));
  await expect.poll(ready, { timeout: SHOWN_MS, interval: 250 }).toBe(true);
}

/** A port nobody listens on now (the dev server is also told to refuse any other). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function startDev(port: number): Promise<string> {
  // The dev server runs as `npm run dev` does, without what Vitest puts in process.env: Vite's
  // variables (BASE_URL=/…), VITEST (Astro's dev server then serves no page) and NODE_ENV=test
  // (no live reload).
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  // --ignore-lock: runs beside a developer's own `npm run dev`, in the foreground, leaving theirs alone.
  server = spawn(process.execPath, [ASTRO, 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    env: { ...env, CONTENT_DIR: join(work, 'content'), DATA_DIR: join(work, 'data'), OUT_DIR: join(cache, 'dist'), ASTRO_CACHE_DIR: join(cache, 'cache') },
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev pas prêt en ${READY_MS / 1000} s :\n${log}`)), READY_MS);
    const read = (chunk: Buffer) => {
      // Colour codes sit between « Local » and the address when the runner forces colours.
      log += stripVTControlCharacters(chunk.toString());
      const url = /Local\s+(http:\/\/[^\s/]+)\//.exec(log);
      if (url) {
        clearTimeout(timer);
        done(url[1]);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => fail(new Error(`astro dev arrêté (code ${code}) :\n${log}`)));
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dev-errors-'));
  cpSync(join(FIXTURE, 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'data'), join(work, 'data'), { recursive: true });
  // Inside the project, as for the builds (Astro's caches); outside node_modules for the content,
  // which the dev server's watcher would ignore there.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  cache = mkdtempSync(join(ROOT, 'node_modules/.cache/dev-errors-'));
  origin = await startDev(await freePort());
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) lastNavigation = Date.now();
  });
  // Each page load notes when its dev client's socket opens (init scripts run before the page's own).
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        this.addEventListener('open', () => {
          window.__devSocketOpen = true;
        });
      }
    };
  });
}, READY_MS + 30_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (work) rmSync(work, { recursive: true, force: true });
  if (cache) rmSync(cache, { recursive: true, force: true });
});

describe('npm run dev', { timeout: 180_000 }, () => {
  it('shows a draft plan with its « brouillon » banner', async () => {
    await page.goto(`${origin}/quokka/`);
    await settled();
    await page.locator('.draft-banner').waitFor({ timeout: SHOWN_MS });
    expect(await page.locator('.draft-banner').innerText()).toContain('Brouillon');
  });

  it('shows a content error in the page as the terminal does, and clears it once the file is fixed', async () => {
    await page.goto(`${origin}/publie/`);
    await settled();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('h1').innerText()).toContain('Villepublie');

    const csv = join(work, 'data/publie/actions.csv');
    const good = readFileSync(csv, 'utf8');
    writeFileSync(csv, good.replace('Créer des pistes cyclables,En cours', 'Créer des pistes cyclables,Presque fini'));
    // The message as `npm run check` and the terminal word it, from the same files.
    const expected = loadPlans({ content: join(work, 'content'), data: join(work, 'data') })
      .issues.filter((i) => i.severity === 'error')
      .map(formatIssue);
    expect(expected).toEqual([expect.stringMatching(/data\/publie\/actions\.csv:2: status: statut inconnu « Presque fini »/)]);

    // No reload by hand: saving the file is enough.
    await page.getByText(expected[0]).first().waitFor({ timeout: SHOWN_MS });
    expect(log).toContain(expected[0]);

    await settled();
    writeFileSync(csv, good);
    await page.getByText(expected[0]).first().waitFor({ state: 'detached', timeout: SHOWN_MS });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: SHOWN_MS });
    expect(await page.locator('h1').innerText()).toContain('Villepublie');
  });
});
