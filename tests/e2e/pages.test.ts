// Every page type of the built site, in the system's Chromium: no third-party request, no CSP
// violation, no console error, no JavaScript, no cookie, a usable skip link, the head metadata,
// zero axe-core violations (WCAG 2.0/2.1 A and AA, plus axe's best practices: every piece of
// content in a landmark, one main, ordered headings…), and no horizontal scroll at 320 px.
// Run after `npm run test:build` (it serves the same dist/).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_BEST_PRACTICE_TAGS, formatViolations, launchBrowser, runAxe } from '../helpers/browser';
import { discoverPages, type Target } from '../helpers/discover';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, SITE_PREFIX, requireDist } from '../helpers/site';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Pages allowed to run JavaScript. Every other page works with zero JS. The search page loads
 * Pagefind's script and the explorer its filters (their own files, allowed by the CSP); both work
 * without JavaScript too (tests/e2e/search.test.ts). Nothing else may.
 */
const JS_ALLOWED = new Set(['recherche/', 'explorer/']);

const discovery = discoverPages(DIST);
/**
 * The fictional plan's MDX fiches, which insert every component a fiche may use (content/README.md,
 * « Les composants des fiches MDX »): checked like any page, axe and CSP included.
 */
const MDX_FICHES: Target[] = ['cantine-locale', 'economies-eau'].map((id) => ({
  name: `exemple : fiche MDX ${id}`,
  kind: 'site',
  path: `exemple/actions/${id}/`,
  status: 200,
}));
const targets = [...discovery.targets, ...MDX_FICHES];

let server: Served;
let browser: Browser;
/** Normal context: the page's own CSP applies. All visits share it, to check cookies at the end. */
let context: BrowserContext;
/** Context for axe only: bypassCSP, so nothing axe does is mistaken for a violation by the page. */
let axeContext: BrowserContext;

declare global {
  interface Window {
    __cspViolations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  }
}

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  // Init scripts run through the DevTools protocol: the page's CSP does not block them.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile,
        line: e.lineNumber,
      });
    });
  });
  axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
});

afterAll(async () => {
  await context?.close();
  await axeContext?.close();
  await browser?.close();
  await server?.close();
});

const urlOf = (t: Target) => `${server.url}${t.path}`;

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page in `ctx`, recording requests, failures, console errors; checks the status. */
async function open(ctx: BrowserContext, t: Target, { idle = false } = {}): Promise<Visit> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  const url = urlOf(t);
  page.on('request', (r) => {
    const u = r.url();
    if (/^(data|blob):/.test(u)) return;
    if (new URL(u).origin !== server.origin) problems.push(`requête hors du site : ${u}`);
  });
  page.on('requestfailed', (r) => problems.push(`requête échouée : ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.url() === url && t.status === 404)) problems.push(`réponse ${r.status()} : ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The 404 page's own "Failed to load resource: 404" is the expected status, not an error.
    if (t.status === 404 && m.location().url === url && /status of 404/.test(m.text())) return;
    problems.push(`console.error : ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on('pageerror', (e) => problems.push(`erreur JavaScript : ${e.message}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (idle) await page.waitForLoadState('networkidle'); // late requests (fonts, images) are recorded too
  if (response?.status() !== t.status) problems.push(`statut HTTP ${response?.status()} au lieu de ${t.status}`);
  return { page, problems };
}

describe('pages discovered in dist/', () => {
  test('the discovery found every page type', () => {
    requireDist();
    const kinds = new Set(targets.map((t) => t.kind));
    expect(discovery.plans.length, 'aucun plan (dossier avec liste/) dans dist/').toBeGreaterThan(0);
    for (const kind of ['portal', 'plan', 'node', 'action', 'list', 'bilans', 'bilan', 'site', '404'] as const) expect(kinds, kind).toContain(kind);
    for (const plan of discovery.plans) {
      expect(targets.filter((t) => t.plan === plan && t.kind === 'action'), `${plan} : aucune page d'action`).toHaveLength(1);
    }
    console.info(`Pages visitées (${targets.length}) :\n${targets.map((t) => `  ${t.path || '(portail)'} — ${t.name}`).join('\n')}`);
  });

  test('at least one plan has a second list page (pagination is exercised)', () => {
    expect(discovery.plansWithListPage2, 'aucun plan n’a de page liste/2/ : il faut un plan de plus de 50 actions').not.toEqual([]);
  });
});

describe.each(targets)('$name', (t) => {
  test('loads cleanly: same-origin requests only, no CSP violation, no console error, no JavaScript', async () => {
    const { page, problems } = await open(context, t, { idle: true });
    try {
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50))); // let queued violation events fire
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      for (const v of violations) {
        problems.push(`violation CSP ${v.directive} : ${v.blocked || v.sample || '?'} (${v.source}:${v.line})`);
      }
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => ({
          src: s.getAttribute('src'),
          type: (s.getAttribute('type') ?? '').toLowerCase(),
          text: (s.textContent ?? '').trim().slice(0, 80),
        })),
      );
      for (const s of scripts) {
        // Data blocks (JSON-LD) are not JavaScript.
        if (!s.src && (s.type === 'application/ld+json' || s.type === 'application/json')) continue;
        if (!s.src && !s.text) continue;
        if (!JS_ALLOWED.has(t.path)) problems.push(`<script> sur une page sans JavaScript : ${s.src ?? s.text}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('head and structure: lang, title, description, canonical, og:title, one h1', async () => {
    const { page, problems: loadProblems } = await open(context, t);
    try {
      expect(loadProblems.filter((p) => p.startsWith('statut'))).toEqual([]);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
        canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href') ?? ''),
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ?? '',
        h1: document.querySelectorAll('h1').length,
      }));
      const problems: string[] = [];
      if (facts.lang !== 'fr') problems.push(`<html lang="${facts.lang}">`);
      if (!facts.title) problems.push('<title> vide ou absent');
      if (!facts.description) problems.push('meta description vide ou absente');
      if (facts.canonicals.length !== 1) problems.push(`${facts.canonicals.length} liens canonical`);
      const canonical = facts.canonicals[0] ?? '';
      if (!canonical.startsWith(SITE_PREFIX)) problems.push(`canonical « ${canonical} » ne commence pas par ${SITE_PREFIX}`);
      else if (t.status === 200 && canonical !== `${SITE_PREFIX}${t.path}`) problems.push(`canonical « ${canonical} » ≠ ${SITE_PREFIX}${t.path}`);
      if (!facts.ogTitle) problems.push('og:title vide ou absent');
      if (facts.h1 !== 1) problems.push(`${facts.h1} <h1>`);
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('skip link: first Tab focuses a visible link to #contenu, which leads past the header', async () => {
    const { page } = await open(context, t);
    try {
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const rect = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          href: el?.getAttribute('href'),
          text: el?.textContent?.trim(),
          visible: !!rect && rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < window.innerHeight,
          target: !!document.getElementById('contenu'),
        };
      });
      expect(first, 'premier élément atteint par Tab').toMatchObject({ tag: 'a', href: '#contenu', visible: true, target: true });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const afterSkip = await page.evaluate(() => {
        const main = document.getElementById('contenu')!;
        const el = document.activeElement!;
        return {
          hash: location.hash,
          pastMain: el === main || main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
          focused: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} ${(el.textContent ?? '').trim().slice(0, 40)}`,
        };
      });
      expect(afterSkip.hash).toBe('#contenu');
      expect(afterSkip.pastMain, `après le lien d'évitement, Tab atteint « ${afterSkip.focused} » avant le contenu`).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('zero axe-core violations (WCAG 2.0/2.1 A and AA, and best practices)', async () => {
    const page = await axeContext.newPage();
    try {
      const response = await page.goto(urlOf(t), { waitUntil: 'load' });
      expect(response?.status()).toBe(t.status);
      const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
      if (violations.length > 0) expect.fail(formatViolations(violations, `/${t.path}`));
    } finally {
      await page.close();
    }
  });

  test('no horizontal scroll at 320 px wide (wide tables scroll in their .table-wrap)', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'fr-FR' });
    try {
      const page = await narrow.newPage();
      await page.goto(urlOf(t), { waitUntil: 'load' });
      const result = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const culprits: string[] = [];
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right <= width + 0.5 || r.width === 0) continue;
          // Report the outermost overflowing element only, unless it sits in a scroll container.
          let inScroller = false;
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') inScroller = true;
          }
          if (inScroller) continue;
          const parent = el.parentElement;
          if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
          const cls = el.getAttribute('class');
          culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''} (droite à ${Math.round(r.right)} px)`);
        }
        return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) };
      });
      expect(result.scrollWidth, `largeur ${result.scrollWidth} px ; éléments qui débordent : ${result.culprits.join(' ; ')}`).toBeLessThanOrEqual(320);
    } finally {
      await narrow.close();
    }
  });
});

describe('after the visits', () => {
  test('no cookie was set', async () => {
    expect(targets.length).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
  });

  test('screenshots of plan homes and action pages at 375 and 1280 px (test-results/screenshots/)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots = targets.filter((t) => t.kind === 'plan' || t.kind === 'action');
    expect(shots.length).toBeGreaterThan(0);
    for (const width of [375, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR' });
      try {
        const page = await ctx.newPage();
        for (const t of shots) {
          await page.goto(urlOf(t), { waitUntil: 'load' });
          const name = `${t.plan}-${t.kind}-${width}.png`;
          await page.screenshot({ path: `${SCREENSHOTS}${name}`, fullPage: true });
        }
      } finally {
        await ctx.close();
      }
    }
  });
});
