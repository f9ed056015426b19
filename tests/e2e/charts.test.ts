// Charts in the system's Chromium: they render (every chart SVG has a size and visible marks) on a
// plan home, an axis page, an indicator page and the schedule, axe-core finds no violation there (WCAG 2.0/2.1
// A and AA, and axe's best practices), nothing overflows at 320 px, and screenshots at 375 and 1280 px are written to
// test-results/screenshots/ for review. Run after `npm run test:build` (it serves the same dist/).
import { PLAN_SEGMENTS } from '../../src/lib/urls';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_BEST_PRACTICE_TAGS, formatViolations, launchBrowser, runAxe } from '../helpers/browser';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const dirs = (p: string) => (existsSync(p) ? readdirSync(p, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
const figuresIn = (rel: string) => {
  const file = join(DIST, rel, 'index.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { n: (html.match(/<figure class="chart"/g) ?? []).length, size: html.length };
};
/** The candidate with the most charts (ties: the largest page, i.e. the most data). */
const richest = (candidates: string[]) =>
  candidates
    .map((path) => ({ path, ...figuresIn(path) }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || b.size - a.size)[0]?.path;

/** A plan home, an axis (top-level node) page and an indicator page, each the one with the most charts. */
function discover(): { name: string; path: string }[] {
  requireDist();
  const plans = dirs(DIST).filter((d) => existsSync(join(DIST, d, 'graphiques')));
  const home = richest(plans.map((p) => `${p}/`));
  const plan = home?.replace(/\/$/, '');
  // Top-level nodes are those the plan home's progress chart lists: take every node page of the plan.
  const nodes = plan
    ? dirs(join(DIST, plan))
        // Every folder that is not a hierarchy level: the plan's own pages (lib/urls).
        .filter((d) => !(PLAN_SEGMENTS as readonly string[]).includes(d))
        .flatMap((level) => dirs(join(DIST, plan, level)).map((id) => `${plan}/${level}/${id}/`))
    : [];
  const indicators = plan ? dirs(join(DIST, plan, 'indicateurs')).map((id) => `${plan}/indicateurs/${id}/`) : [];
  return [
    { name: "page d'accueil du plan", path: home },
    { name: "page d'un axe", path: richest(nodes) },
    { name: "page d'un indicateur", path: richest(indicators) },
    { name: 'calendrier', path: plan && richest([`${plan}/calendrier/`]) },
  ].filter((t): t is { name: string; path: string } => !!t.path);
}

const targets = discover();
let server: Served;
let browser: Browser;
let context: BrowserContext;
let axeContext: BrowserContext;

beforeAll(async () => {
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await axeContext?.close();
  await browser?.close();
  await server?.close();
});

describe('chart pages', () => {
  test('a plan home, an axis page, an indicator page and a schedule with charts exist', () => {
    expect(targets.map((t) => t.name)).toEqual(["page d'accueil du plan", "page d'un axe", "page d'un indicateur", 'calendrier']);
  });

});

// The schedule and the list of indicators of every plan (the other page types of every plan are
// in pages.test.ts): zero axe-core violations.
const plans = existsSync(DIST) ? dirs(DIST).filter((d) => existsSync(join(DIST, d, 'calendrier', 'index.html'))) : [];
describe.each(plans.flatMap((plan) => [`${plan}/calendrier/`, `${plan}/indicateurs/`]))('%s', (path) => {
  test('zero axe-core violations', async () => {
    const page = await axeContext.newPage();
    try {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      expect(violations, formatViolations(violations, path)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(targets)('$name ($path)', ({ path }) => {
  test('every chart renders: its SVG has a size and visible marks, its caption and CSV link are shown', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((figure) => {
          const svg = figure.querySelector('svg[role="img"]') as SVGSVGElement | null;
          const box = svg?.getBoundingClientRect();
          const marks = svg ? [...svg.querySelectorAll('rect, path, circle, line')].filter((m) => {
            const b = (m as SVGGraphicsElement).getBoundingClientRect();
            return b.width > 0 && b.height > 0 && getComputedStyle(m).display !== 'none';
          }).length : 0;
          const link = [...figure.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Télécharger les données (CSV)');
          return {
            id: figure.id,
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            marks,
            caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
            link: !!link && link.getBoundingClientRect().height > 0,
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.width, `${c.id} : largeur`).toBeGreaterThan(200);
        expect(c.height, `${c.id} : hauteur`).toBeGreaterThan(20);
        expect(c.marks, `${c.id} : aucune marque visible`).toBeGreaterThan(0);
        expect(c.caption, `${c.id} : légende`).not.toBe('');
        expect(c.link, `${c.id} : lien CSV`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  test('the CSV links download', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('figure.chart a[href$=".csv"]')].map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const res = await page.request.get(href);
        expect(res.status(), href).toBe(200);
        expect(res.headers()['content-type'], href).toMatch(/^text\/csv/);
      }
    } finally {
      await page.close();
    }
  });

  test('axe-core: zero violations (WCAG 2.1 A/AA and best practices), data tables open', async () => {
    const page = await axeContext.newPage();
    try {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const closed = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      // The data tables too: open every <details> and check again.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const open = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      expect(closed, formatViolations(closed, path)).toEqual([]);
      expect(open, formatViolations(open, `${path} (tableaux ouverts)`)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('nothing overflows at 320 px', async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        charts: [...document.querySelectorAll('figure.chart svg[role="img"]')].map((s) => Math.round(s.getBoundingClientRect().right)),
      }));
      expect(overflow.page).toBeLessThanOrEqual(320);
      for (const right of overflow.charts) expect(right).toBeLessThanOrEqual(320);
    } finally {
      await page.close();
    }
  });

  test.each([375, 1280])('screenshot at %d px', async (width) => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const name = `charts-${path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '-')}-${width}.png`;
      await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
      expect(existsSync(join(SCREENSHOTS, name))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
