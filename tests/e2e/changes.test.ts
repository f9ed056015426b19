// The changes pages in a real browser (the system's Chromium), without running any script of
// theirs: /exemple/changements/, its « État » sub-page, and a change read back from the CSV.
// Run after `npm run test:build` (it serves the same dist/).
import Papa from 'papaparse';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  // No JavaScript: the filters are static pages and must work without it.
  context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('changes of a plan', () => {
  test('the « État » sub-page lists status changes that the CSV gives back, row for row', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}exemple/changements/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Changements( — page 1 sur \d+)?$/);
    await page.getByRole('navigation', { name: 'Filtrer les changements' }).getByRole('link', { name: 'État', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}exemple/changements/etat/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Changements — État( — page 1 sur \d+)?$/);

    const day = await page.locator('section.change-day').first().locator('h2 time').getAttribute('datetime');
    const block = page.locator('section.change-day').first().locator('article.change-block').first();
    const actionHref = await block.getByRole('link').first().getAttribute('href');
    const actionId = /\/actions\/([^/]+)\/$/.exec(actionHref ?? '')?.[1];
    expect(actionId, 'lien vers l’action').toBeDefined();
    const sentence = (await block.locator('li').first().textContent()) ?? '';
    expect(sentence).toMatch(/état|État|avancement/);

    const csvHref = await page.getByRole('link', { name: 'changements.csv' }).getAttribute('href');
    const response = await context.request.get(new URL(csvHref!, page.url()).href);
    expect(response.ok()).toBe(true);
    const rows = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
    const match = rows.filter(
      (r) => r.action_id === actionId && r.date === day && ((r.entity === 'updates' && r.change === 'ajout') || r.field === 'status' || r.field === 'progress'),
    );
    expect(match.length, `${actionId} ${day} dans changements.csv`).toBeGreaterThan(0);
    await page.close();
  });
});
