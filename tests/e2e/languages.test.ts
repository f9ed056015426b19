// The site in Dutch and English, in the system's Chromium, on the built site under the base path:
// every page type of every other language passes axe (WCAG 2.0/2.1 A and AA plus best practices)
// with the right `<html lang>`; the frame of those pages holds none of the catalogue's French
// outside `lang="fr"` blocks (a plan's untranslated texts); a plan's text without translation
// carries its own language; the language switcher keeps the reader on the same page; a Dutch
// query finds a Dutch action; a plan is absent from a language it does not declare.
// Run after `npm run test:build` (it serves the same dist/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_BEST_PRACTICE_TAGS, formatViolations, launchBrowser, runAxe } from '../helpers/browser';
import { discoverPages } from '../helpers/discover';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';
import { onlyFrenchMessages } from '../helpers/ui-literals';

/** The other languages of the test build (content/site.yml: fr, nl, en). */
const LANGUAGES = ['nl', 'en'] as const;

/** A Dutch word of one `exemple` action's Dutch title (data/exemple/actions.csv, `title_nl`), absent from its French. */
const DUTCH_QUERY = { word: 'fietsnetwerk', action: 'nl/exemple/actions/reseau-cyclable/' };

let server: Served;
let browser: Browser;
let axeContext: BrowserContext;

beforeAll(async () => {
  requireDist();
  server = await serve({ dir: DIST, base: BASE });
  browser = await launchBrowser();
  axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await axeContext?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await axeContext.newPage();
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

/**
 * Texts and read attributes of the page that are not inside a `lang="fr"` element, and equal a
 * French-only message of the catalogue: interface text left in French.
 */
function frenchLeftovers(page: Page, french: string[]): Promise<string[]> {
  return page.evaluate((messages) => {
    const wanted = new Set(messages);
    const found: string[] = [];
    // A <code> holds a value of the data (a column's possible values), the same in every language.
    const inFrench = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang')?.startsWith('fr') ?? false) || !!el?.closest('code');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && wanted.has(text) && !inFrench(node.parentElement)) found.push(`texte « ${text} »`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value && wanted.has(value) && !inFrench(el)) found.push(`${name} « ${value} »`);
      }
    }
    const title = document.title.split(' · ')[0].trim();
    if (wanted.has(title)) found.push(`title « ${title} »`);
    return found;
  }, french);
}

const french = [...onlyFrenchMessages()];

for (const language of LANGUAGES) {
  const { targets } = discoverPages(DIST, language);

  describe(`pages in ${language}`, () => {
    test('exist for every page type (portal, plans, bilans, site pages)', () => {
      expect(targets.map((t) => t.kind)).toEqual(expect.arrayContaining(['portal', 'plan', 'node', 'action', 'list', 'bilans', 'bilan', 'site']));
    });

    for (const target of targets) {
      test(`${target.name}: lang="${language}", zero axe-core violations, no French interface text`, async () => {
        const page = await open(target.path);
        try {
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          const violations = await runAxe(page, AXE_BEST_PRACTICE_TAGS);
          expect(violations, formatViolations(violations, target.path)).toEqual([]);
          expect(await frenchLeftovers(page, french)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('plan texts and languages', () => {
  test("Bruxelles in Dutch: the interface is Dutch, the plan's texts are marked French", async () => {
    const page = await open('nl/bruxelles/');
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      // The plan's title, inside the heading: its own language on the element that holds it.
      const title = page.locator('h1 [lang]');
      expect(await title.getAttribute('lang')).toBe('fr');
      expect(await page.locator('.untranslated-notice').first().textContent()).toBe('Deze tekst bestaat alleen in het Frans.');
    } finally {
      await page.close();
    }
  });

  test("an action in English gives the plan's translated lead and partner names (CSV columns pilot_en, name_en)", async () => {
    const page = await open('en/exemple/actions/reseau-cyclable/');
    try {
      const field = (label: string) => page.locator('dl.fields > div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
      expect(await field('Lead').innerText()).toBe('Val-Fictif Mobility Service');
      expect(await field('Lead').locator('[lang="fr"]').count()).toBe(0);
      expect(await field('Funding partners').innerText()).toBe('Imaginary regional fund for active travel');
    } finally {
      await page.close();
    }
  });

  test('a plan that does not declare a language has no page in it (404)', async () => {
    const response = await fetch(`${server.url}en/bruxelles/`);
    expect(response.status).toBe(404);
    expect(existsSync(join(DIST, 'en', 'bruxelles'))).toBe(false);
  });

  test('the language switcher keeps the reader on the same page', async () => {
    const page = await open('nl/exemple/actions/reseau-cyclable/');
    try {
      await page.locator('.language-switcher a[hreflang="en"]').click();
      await page.waitForURL(`${server.url}en/exemple/actions/reseau-cyclable/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.locator('.language-switcher a[hreflang="fr"]').click();
      await page.waitForURL(`${server.url}exemple/actions/reseau-cyclable/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    } finally {
      await page.close();
    }
  });

  test('a Dutch query on the Dutch search page finds the Dutch text of an exemple action', async () => {
    const page = await open(`nl/recherche/?q=${DUTCH_QUERY.word}`);
    try {
      const links = page.locator('[data-results] .search-result-title a');
      await links.first().waitFor({ timeout: 30_000 });
      const paths = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(paths, paths.join(', ')).toContain(`${BASE}${DUTCH_QUERY.action}`);
    } finally {
      await page.close();
    }
  });
});
