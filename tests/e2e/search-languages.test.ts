// Search and the explorer in the site's other languages, in the system's Chromium, on the built
// site served under the base path: each language's search page searches its own Pagefind index
// and speaks its language (client messages included), facet values show in the reader's words
// while the URL keeps its language-free values, and both pages pass axe-core in Dutch and English.
// Run after `npm run test:build` (same dist/).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_BEST_PRACTICE_TAGS, formatViolations, launchBrowser, runAxe } from '../helpers/browser';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';
import { messages } from '../../src/lib/i18n';

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site; `problems` collects console errors and failed requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error : ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`réponse ${r.status()} : ${r.url()}`);
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

describe('search in each language', () => {
  test('/nl/recherche/ searches the Dutch pages only, and says so in Dutch', async () => {
    const { page, problems } = await open('nl/recherche/?q=bruxelles');
    await page.locator('.search-result').first().waitFor();
    const hrefs = await page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${BASE}nl/`), href).toBe(true);
    await expect.poll(() => page.locator('[data-count]').textContent()).toMatch(/resultaten voor ‘bruxelles’/u);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a result line gives each plan text its language: Dutch when translated, French marked fr when not', async () => {
    const { page, problems } = await open('nl/recherche/?q=fietsnetwerk');
    const cycling = page.locator('.search-result', { has: page.locator('a[href$="/nl/exemple/actions/reseau-cyclable/"]') });
    await cycling.waitFor();
    const title = cycling.locator('.search-result-title a');
    expect(await title.textContent()).toContain('Een doorlopend fietsnetwerk');
    expect(await title.getAttribute('lang')).toBeNull();
    expect(await cycling.locator('.meta [lang="fr"]').count()).toBe(0);
    await page.goto(`${server.url}nl/recherche/?q=formation`);
    const brussels = page.locator('.search-result', { has: page.locator('a[href*="/nl/bruxelles/"]') }).first();
    await brussels.waitFor();
    expect(await brussels.locator('.search-result-title a').getAttribute('lang')).toBe('fr');
    expect(await brussels.locator('.meta span[lang="fr"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('/en/recherche/ shows English facet names and canonical states; the URL keeps its language-free value', async () => {
    const t = messages('en');
    const { page, problems } = await open('en/recherche/?q=fictif');
    await page.locator('.search-result').first().waitFor();
    for (const href of await page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) {
      expect(href.startsWith(`${BASE}en/`), href).toBe(true);
    }
    await page.getByRole('button', { name: t.search.showFacets }).click();
    await page.getByText(t.search.facets.status, { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(`^${t.status.names.en_cours}`, 'u') }).check();
    await expect.poll(() => page.url()).toContain('statut=En+cours');
    await expect.poll(() => page.locator('[data-count]').textContent()).toMatch(/results for ‘fictif’ with the chosen filters/u);
    const badges = await page.locator('.search-result .status').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toBe(t.status.names.en_cours);
    const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
    if (violations.length > 0) expect.fail(formatViolations(violations, 'en/recherche/?q=fictif'));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('explorer in each language', () => {
  test('a filtered link made in French filters the same way in Dutch, in Dutch words', async () => {
    const t = messages('nl');
    const { page, problems } = await open('nl/explorer/?statut=En+cours');
    await page.locator('details.facet').first().waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: new RegExp(`^${t.status.names.en_cours}`, 'u') }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-count]').textContent()).toMatch(/^\d+ acties van \d+/u);
    for (const badge of await page.locator('[data-rows] .status').allTextContents()) expect(badge).toBe(t.status.names.en_cours);
    // A plan not published in Dutch is marked, and its actions open in its own language.
    const marked = page.locator('[data-rows] td', { hasText: '(in het Frans)' }).first();
    await marked.waitFor();
    const row = marked.locator('xpath=ancestor::tr');
    const link = await row.locator('th a').evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(link.startsWith(`${BASE}nl/`), link).toBe(false);
    const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
    if (violations.length > 0) expect.fail(formatViolations(violations, 'nl/explorer/?statut=En+cours'));
    expect(problems).toEqual([]);
    await page.close();
  });
});
