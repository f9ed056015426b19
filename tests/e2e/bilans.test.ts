// Bilans in a real browser (the system's Chromium): the fictional plan's list of bilans, its latest
// bilan (figures and « depuis le bilan précédent »), and a release file downloaded from that page
// whose SHA-256 is its line in the bilan's SHA256SUMS.
// Run after `npm run test:build` (it serves the same dist/).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';
import { EXEMPLE_BILANS } from '../fixtures/bilans/exemple-changes';

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const latest = EXEMPLE_BILANS.after;

describe('bilans', () => {
  test('the plan home links its latest bilan, and /exemple/bilans/ lists both, newest first', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}exemple/`);
    await page.getByRole('link', { name: `Bilan ${latest}`, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}exemple/bilans/${latest}/`);

    await page.goto(`${server.url}exemple/bilans/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bilans');
    const items = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Bilan / }) }).getByRole('link');
    expect(await items.allTextContents()).toEqual([`Bilan ${EXEMPLE_BILANS.after}`, `Bilan ${EXEMPLE_BILANS.before}`]);
    await page.close();
  });

  test('the latest bilan shows its figures and what changed since the previous one', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}exemple/bilans/`);
    await page.getByRole('link', { name: `Bilan ${latest}`, exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Bilan ${latest}`);
    await expect.poll(() => page.getByRole('img', { name: 'Actions par état', exact: true }).count()).toBe(1);
    const since = page.getByRole('region', { name: 'Depuis le bilan précédent' });
    // One scripted change of each kind (tests/unit/bilans/exemple-diff.test.ts checks them all).
    await expect.poll(() => since.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Actions qui ont changé d’état',
      'Nouvelles actions',
      'Indicateurs qui ont bougé',
      'Budgets qui ont changé',
    ]);
    expect(await since.getByRole('listitem').filter({ hasText: 'résultat 2024' }).textContent()).toMatch(/33\s*→\s*devient\s*36/);
    // The first bilan has nothing to compare with.
    await page.goto(`${server.url}exemple/bilans/${EXEMPLE_BILANS.before}/`);
    expect(await page.getByRole('region', { name: 'Depuis le bilan précédent' }).textContent()).toContain('C’est le premier bilan de ce plan');
    await page.close();
  });

  test('a release file downloads unchanged: its SHA-256 is its line in SHA256SUMS', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}exemple/bilans/${latest}/`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'actions.csv', exact: true }).click()]);
    expect(file.url()).toBe(`${server.url}donnees/exemple/bilans/${latest}/actions.csv`);
    const sha256 = createHash('sha256').update(readFileSync(await file.path())).digest('hex');

    const sums = await (await page.request.get(`${server.url}donnees/exemple/bilans/${latest}/SHA256SUMS`)).text();
    const line = sums.split('\n').find((l) => l.endsWith('  actions.csv'));
    expect(line).toBe(`${sha256}  actions.csv`);
    // The page shows the same checksum beside the file.
    expect(await page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'actions.csv', exact: true }) }).locator('code').textContent()).toBe(sha256);
    // And the file is the one committed in the repository.
    expect(sha256).toBe(createHash('sha256').update(readFileSync(join(import.meta.dirname, `../../data/exemple/bilans/${latest}/actions.csv`))).digest('hex'));
    await page.close();
  });
});
