// Search and the action explorer in the system's Chromium, on the built site served under the
// base path: full-text search (a sub-action word, accents, a facet), the explorer's URL state
// (reload, copied link, back), no JavaScript, CSP and axe-core (WCAG 2.0/2.1 A and AA plus best
// practices, no rule disabled) with results and filters shown. Run after `npm run test:build` (same dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_BEST_PRACTICE_TAGS, formatViolations, launchBrowser, runAxe } from '../helpers/browser';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';
import { col, type ExplorerData } from '../../src/lib/search/explorer';
import { STATUSES } from '../../src/lib/normalise/status';
import { EXPLORER_PAGE_SIZE } from '../../src/lib/urls';

/**
 * An action found by a word that appears in one of its sub-actions (mesures) and nowhere else on
 * its page: Dijon's a6-5-1-1 ("Démocratie locale") has the sub-action "carte interactive (… sites
 * de compostage …)". The first entry whose plan is built is used; Grand Besançon's stands in for
 * a build without Dijon.
 */
const SUBACTION_WORDS = [
  { plan: 'dijon', word: 'compostage', action: 'dijon/actions/a6-5-1-1/' },
  { plan: 'grand-besancon', word: 'mallette', action: 'grand-besancon/actions/a39/' },
];

let server: Served;
let browser: Browser;
let context: BrowserContext;
let axeContext: BrowserContext;

declare global {
  interface Window {
    __csp: string[];
  }
}

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
});

afterAll(async () => {
  await context?.close();
  await axeContext?.close();
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page, recording third-party requests, failed requests, console errors and page errors. */
async function open(ctx: BrowserContext, path: string): Promise<Visit> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== server.origin) problems.push(`requête hors du site : ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '?';
    // A request the browser cancels because the test navigates (reload, back) while it is in
    // flight — the favicon, seen once in CI — is no failure of the site.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`requête échouée : ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`réponse ${r.status()} : ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()} : ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`erreur JavaScript : ${e.message}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__csp ?? []);
}

/** Waits until the search page has drawn the results of the current state. */
async function searched(page: Page): Promise<string> {
  await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-count]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  return (await page.locator('[data-count]').textContent()) ?? '';
}

/** Shows the facets (loaded on demand) and waits for them. */
async function showFacets(page: Page): Promise<void> {
  const button = page.locator('[data-load-facets]');
  if (await button.isVisible()) {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('details.facet');
}

const resultLinks = (page: Page) => page.locator('[data-results] .search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const resultCount = async (page: Page) => Number(((await searched(page)).match(/^([\d\s\u202f\u00a0]+) résultat/)?.[1] ?? '0').replace(/\D/g, ''));

describe('search page', () => {
  test('finds an action by a word of one of its sub-actions, with the match highlighted', async () => {
    const known = SUBACTION_WORDS.find((k) => built(join(DIST, k.plan)));
    expect(known, 'aucun plan de référence construit (dijon, grand-besancon)').toBeDefined();
    const { page, problems } = await open(context, `recherche/?q=${encodeURIComponent(known!.word)}`);
    try {
      await searched(page);
      const links = await resultLinks(page);
      expect(links.some((p) => p.startsWith(`${BASE}${known!.action}`)), `résultats : ${links.join(', ')}`).toBe(true);
      const marks = await page.locator('[data-results] mark').allTextContents();
      expect(marks.some((m) => m.toLowerCase().includes(known!.word))).toBe(true);
      // Pagefind's files come from the site itself and run under the page's CSP.
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('sorting by title orders results by their titles, not by their codes again', async () => {
    const { page, problems } = await open(context, `recherche/?q=${encodeURIComponent('énergie')}&tri=titre`);
    try {
      await searched(page);
      expect(await page.locator('select[name="tri"]').inputValue()).toBe('titre');
      // The title as the index folds it: code (« 1.1.2 ») or level word and code (« Objectif 2.1 : ») set aside.
      const titles = (await page.locator('[data-results] .search-result-title a').allTextContents()).map((t) =>
        t
          .replace(/^\s*(?:[\p{L}’' -]+ [\d.]+ : |[\d.]+[a-z]? )/u, '')
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .trim(),
      );
      expect(titles.length).toBeGreaterThan(3);
      expect(titles).toEqual([...titles].sort());
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a result whose status is derived from its sub-actions says so next to the status', async () => {
    expect(built(join(DIST, 'dijon')), 'plan dijon non construit').toBe(true);
    const { page, problems } = await open(context, `recherche/?q=${encodeURIComponent('parapheur')}`);
    try {
      await searched(page);
      const result = page.locator('[data-results] .search-result', { has: page.locator(`a[href*="/dijon/actions/a5-2-1-1/"]`) });
      expect(await result.count(), `résultats : ${(await resultLinks(page)).join(', ')}`).toBe(1);
      expect(await result.locator('.meta').textContent()).toContain("À venir (d'après ses sous-actions)");
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('"velo" finds "vélo", "VÉLO" too: accents and case do not matter', async () => {
    const counts: number[] = [];
    for (const q of ['velo', 'vélo', 'VÉLO']) {
      const { page } = await open(context, `recherche/?q=${encodeURIComponent(q)}`);
      try {
        counts.push(await resultCount(page));
        const marks = (await page.locator('[data-results] mark').allTextContents()).map((m) => m.toLowerCase());
        expect(marks.some((m) => m.includes('vélo')), `surlignés pour « ${q} » : ${marks.join(', ')}`).toBe(true);
      } finally {
        await page.close();
      }
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size, `nombre de résultats pour velo, vélo, VÉLO : ${counts.join(', ')}`).toBe(1);
  });

  test('a plan facet narrows the results, keeps focus, goes into the URL; back undoes it', async () => {
    const { page, problems } = await open(context, 'recherche/?q=velo');
    try {
      const before = await resultCount(page);
      expect(await page.locator('details.facet').count(), 'filtres chargés seulement à la demande').toBe(0);
      await showFacets(page);
      expect(await page.evaluate(() => document.activeElement?.tagName), 'le focus passe aux filtres').toBe('SUMMARY');
      const plans = page.locator('input[name="plan"]');
      const n = await plans.count();
      let chosen = -1;
      for (let i = 0; i < n; i++) {
        const label = await page.locator(`label[for="${await plans.nth(i).getAttribute('id')}"] .facet-count`).textContent();
        const count = Number((label ?? '').replace(/\D/g, ''));
        if ((await plans.nth(i).isVisible()) && count > 0 && count < before) {
          chosen = i;
          break;
        }
      }
      expect(chosen, 'aucune valeur de plan ne réduit les résultats de « velo »').toBeGreaterThanOrEqual(0);
      const box = plans.nth(chosen);
      const plan = (await box.getAttribute('value'))!;
      await box.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction((b) => Number(/^([\d\s\u202f\u00a0]+) résultat/.exec(document.querySelector('[data-count]')?.textContent ?? '')?.[1]?.replace(/\D/g, '') ?? 'NaN') < b, before);
      const after = await resultCount(page);
      expect(after).toBeLessThan(before);
      expect(await box.isChecked()).toBe(true);
      expect(await box.evaluate((el) => el === document.activeElement), 'le focus reste sur la case cochée').toBe(true);
      expect(new URL(page.url()).searchParams.getAll('plan')).toEqual([plan]);
      const shownPlans = await page.locator('[data-results] .meta').evaluateAll((ms) => ms.map((m) => m.textContent ?? ''));
      for (const m of shownPlans) expect(m).toContain(plan);

      await page.goBack();
      await page.waitForFunction(() => !(document.querySelector('input[name="plan"]:checked')));
      expect(await resultCount(page)).toBe(before);
      expect(new URL(page.url()).searchParams.getAll('plan')).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('"more results" moves focus to the first new result', async () => {
    const { page } = await open(context, 'recherche/?q=action');
    try {
      const total = await resultCount(page);
      const more = page.locator('[data-more]');
      if (total <= 10) {
        expect(await more.isVisible()).toBe(false);
        return;
      }
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length > 10);
      const focused = await page.evaluate(() => {
        const items = [...document.querySelectorAll('[data-results] li')];
        return items.indexOf(document.activeElement?.closest('li') as Element);
      });
      expect(focused).toBe(10);
    } finally {
      await page.close();
    }
  });

  test('results shown by "more results" come back on reload; back goes to the previous search', async () => {
    const { page, problems } = await open(context, 'recherche/?q=velo');
    try {
      await searched(page);
      await page.locator('#recherche-q').fill('action');
      await page.locator('[data-query-form] button[type="submit"]').click();
      await page.waitForFunction(() => /action/.test(document.querySelector('[data-count]')?.textContent ?? ''));
      const total = await resultCount(page);
      expect(total, 'trop peu de résultats pour « action » : le test ne dit rien').toBeGreaterThan(20);
      const titles = () => page.locator('[data-results] li h3').allTextContents();
      await page.locator('[data-more]').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 20);
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      const shown = await titles();
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 20);
      expect(await titles()).toEqual(shown);
      // "More results" replaced the history entry: back leaves the query "action", not its first ten.
      await page.goBack();
      await page.waitForFunction(() => (document.querySelector('#recherche-q') as HTMLInputElement).value === 'velo');
      expect(new URL(page.url()).searchParams.get('page')).toBeNull();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('zero axe-core violations with results and every facet open', async () => {
    const page = await axeContext.newPage();
    try {
      await page.goto(`${server.url}recherche/?q=velo`);
      await searched(page);
      await showFacets(page);
      await page.evaluate(() => document.querySelectorAll('details.facet').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.locator('input[name="statut"]').count()).toBeGreaterThan(0);
      const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      if (violations.length > 0) expect.fail(formatViolations(violations, 'recherche/?q=velo'));
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the page says search needs it and links to the explorer and the lists', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${server.url}recherche/?q=velo`);
      expect(await page.locator('[data-js-note]').isVisible()).toBe(true);
      expect(await page.locator('[data-js-note]').textContent()).toMatch(/JavaScript/);
      expect(await page.locator('[data-js-note] a[href$="/explorer/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-js-note] a[href*="/liste/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-ui]').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});

/** True when a page (a directory with index.html) is in the build. */
function built(path: string): boolean {
  try {
    readFileSync(join(path, 'index.html'));
    return true;
  } catch {
    return false;
  }
}

/** The built plan with the most actions, and a status it uses that not every action has. */
function explorerTarget(): { plan: string; status: string; data: ExplorerData } {
  const plans = ['alec-loire', 'bruxelles', 'dijon', 'exemple', 'grand-besancon', 'region-amiens'].filter((p) => built(join(DIST, p)));
  let best: { plan: string; data: ExplorerData } | undefined;
  for (const plan of plans) {
    const data = JSON.parse(readFileSync(join(DIST, plan, 'explorer', 'actions.json'), 'utf8')) as ExplorerData;
    if (!best || data.rows.length > best.data.rows.length) best = { plan, data };
  }
  const { plan, data } = best!;
  const counts = new Map<number, number>();
  for (const r of data.rows) counts.set(r[col.status], (counts.get(r[col.status]) ?? 0) + 1);
  const [status] = [...counts.entries()].filter(([, c]) => c < data.rows.length).sort((a, b) => b[1] - a[1])[0] ?? [...counts.keys()];
  return { plan, status: data.statuses[status], data };
}

async function explorerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-filters]')?.hasAttribute('hidden'), undefined, { timeout: 30_000 });
}
const tableRows = (page: Page) => page.locator('[data-rows] th[scope="row"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const countText = async (page: Page) => (await page.locator('[data-count]').textContent())?.trim() ?? '';

describe('action explorer', () => {
  const target = explorerTarget();
  const filtered = `${target.plan}/explorer/?statut=${encodeURIComponent(target.status)}&tri=titre&ordre=desc`;
  const expected = target.data.rows.filter((r) => target.data.statuses[r[col.status]] === target.status).length;

  test('a URL with filters gives the same list after a reload and in another browser', async () => {
    const { page, problems } = await open(context, filtered);
    try {
      await explorerReady(page);
      const rows = await tableRows(page);
      const count = await countText(page);
      expect(rows.length).toBe(Math.min(expected, EXPLORER_PAGE_SIZE));
      expect(count).toMatch(new RegExp(`^${expected}\\s`));
      expect(await page.locator(`input[name="statut"][value="${target.status}"]`).isChecked()).toBe(true);
      expect(await page.locator('select[name="tri"]').inputValue()).toBe('titre');
      const titles = await page.locator('[data-rows] th[scope="row"]').allTextContents();
      const sorted = [...titles].sort((a, b) => new Intl.Collator('fr', { numeric: true, sensitivity: 'base' }).compare(b, a));
      expect(titles).toEqual(sorted);

      await page.reload();
      await explorerReady(page);
      expect(await tableRows(page)).toEqual(rows);
      expect(await countText(page)).toBe(count);

      const other = await browser.newContext();
      try {
        const copy = await other.newPage();
        await copy.goto(page.url());
        await explorerReady(copy);
        expect(await tableRows(copy)).toEqual(rows);
      } finally {
        await other.close();
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('ticking a filter is a history entry: back undoes it', async () => {
    const { page } = await open(context, `${target.plan}/explorer/`);
    try {
      await explorerReady(page);
      const allRows = await tableRows(page);
      const allCount = await countText(page);
      const box = page.locator(`input[name="statut"][value="${target.status}"]`);
      await box.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction((c) => document.querySelector('[data-count]')?.textContent?.trim() !== c, allCount);
      expect(new URL(page.url()).searchParams.get('statut')).toBe(target.status);
      expect(await tableRows(page)).toHaveLength(Math.min(expected, EXPLORER_PAGE_SIZE));
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.goBack();
      await page.waitForFunction((c) => document.querySelector('[data-count]')?.textContent?.trim() === c, allCount);
      expect(await box.isChecked()).toBe(false);
      expect(await tableRows(page)).toEqual(allRows);
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await page.close();
    }
  });

  test('a year bound and the budget filter narrow the list as the data says', async () => {
    const rows = target.data.rows;
    const years = rows.map((r) => (r[col.start] ? Number(r[col.start].slice(0, 4)) : 0)).filter(Boolean).sort();
    if (years.length === 0) return;
    const min = years[Math.floor(years.length / 2)];
    const want = rows.filter((r) => r[col.start] && Number(r[col.start].slice(0, 4)) >= min && r[col.budgetKnown] === 1).length;
    const { page } = await open(context, `${target.plan}/explorer/?debut_min=${min}&budget=connu`);
    try {
      await explorerReady(page);
      expect(await countText(page)).toMatch(want === 0 ? /^Aucune action/ : new RegExp(`^${want}\\s`));
      expect(await page.locator('input[name="debut_min"]').inputValue()).toBe(String(min));
    } finally {
      await page.close();
    }
  });

  test('zero axe-core violations on a filtered view with every facet open', async () => {
    const page = await axeContext.newPage();
    try {
      await page.goto(`${server.url}${filtered}`);
      await explorerReady(page);
      await page.evaluate(() => document.querySelectorAll('details.facet').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      if (violations.length > 0) expect.fail(formatViolations(violations, filtered));
    } finally {
      await page.close();
    }
  });

  test('a status derived from sub-actions says so in the rows the browser draws', async () => {
    const derived = target.data.rows.find((r) => r[col.statusDerived] === 1);
    expect(derived, `${target.plan} : aucune action à l'état déduit de ses sous-actions (Dijon en a trois)`).toBeDefined();
    const status = target.data.statuses[derived![col.status]];
    const { page, problems } = await open(context, `${target.plan}/explorer/?statut=${encodeURIComponent(status)}`);
    try {
      await explorerReady(page);
      const row = page.locator('[data-rows] tr', { has: page.locator(`a[href$="/actions/${derived![col.id]}/"]`) });
      await row.first().waitFor({ timeout: 30_000 });
      expect(await row.first().textContent()).toContain(`${status} (d'après ses sous-actions)`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the all-plans explorer loads and filters by plan', async () => {
    const { page, problems } = await open(context, 'explorer/');
    try {
      await explorerReady(page);
      const plans = page.locator('input[name="plan"]');
      if ((await plans.count()) > 1) {
        const before = await countText(page);
        await plans.first().check();
        await page.waitForFunction((c) => document.querySelector('[data-count]')?.textContent?.trim() !== c, before);
        expect(new URL(page.url()).searchParams.getAll('plan')).toHaveLength(1);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript: every action in server-rendered, paginated tables', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${server.url}${target.plan}/explorer/`);
      expect(await page.locator('[data-js-note]').isVisible()).toBe(true);
      expect(await page.locator('[data-filters]').isVisible()).toBe(false);
      const first = await tableRows(page);
      expect(first.length).toBe(Math.min(target.data.rows.length, EXPLORER_PAGE_SIZE));
      expect(first[0]).toBe(`${BASE}${target.plan}/actions/${target.data.rows[0][col.id]}/`);
      const statuses = await page.locator('[data-rows] .status').evaluateAll((s) => s.map((e) => e.className));
      expect(statuses[0]).toBe(`status status-${STATUSES[target.data.rows[0][col.status]]}`);
    } finally {
      await noJs.close();
    }
  });
});
