// Downloads in a real browser (the system's Chromium): a table's CSV from the data page and an
// action's CSV and JSON from its page are downloaded by clicking their links, then read back.
// Run after `npm run test:build` (it serves the same dist/).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { discoverPages } from '../helpers/discover';
import { serve, type Served } from '../../scripts/static-server';
import { BASE, DIST, requireDist } from '../helpers/site';

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

/** Clicks a link and returns the downloaded file's name and text. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true });

describe('downloads', () => {
  test('the data page: the actions CSV of all public plans downloads and reads back, with the row count shown', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}donnees/`);
    const section = page.locator('section#tous');
    const link = section.getByRole('link', { name: 'CSV : Actions (tous les plans publics)' });
    const { name, text } = await download(page, link);
    expect(name).toBe('tous-actions.csv');
    expect(text).toBe(readFileSync(`${DIST}donnees/tous/actions.csv`, 'utf8'));
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['plan', 'fictif', 'id']);
    expect(parsed.data.length).toBeGreaterThan(0);
    expect(parsed.data.every((r) => r.fictif === 'false')).toBe(true);
    const shown = await section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Actions', exact: true }) }).locator('td.num').textContent();
    expect(Number((shown ?? '').replace(/\s/g, ''))).toBe(parsed.data.length);
    // The citation line is there to copy, with no script.
    const citation = await page.getByLabel('Citation à copier').first().inputValue();
    expect(citation).toMatch(/ — .+, données téléchargées sur https?:\/\/.+, (mise à jour du|date de mise à jour)/);
    await page.close();
  });

  test('an action page: its CSV and JSON download and describe that action', async () => {
    const target = discoverPages(DIST).targets.find((t) => t.kind === 'action')!;
    const page = await context.newPage();
    await page.goto(`${server.url}${target.path}`);
    const [plan, , id] = target.path.split('/');
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

    const csv = await download(page, page.getByRole('link', { name: 'Télécharger en CSV' }));
    expect(csv.name).toBe(`${plan}-${id}.csv`);
    const rows = parse(csv.text).data;
    expect(Object.keys(rows[0])).toEqual(['table', 'key', 'field', 'value']);
    const cell = (table: string, field: string) => rows.find((r) => r.table === table && r.key === id && r.field === field)?.value;
    expect(cell('actions', 'id')).toBe(id);
    expect(heading.replace(/\s+/g, ' ')).toContain(cell('actions', 'title'));
    expect(rows.find((r) => r.table === 'plans' && r.field === 'url')?.value).toMatch(new RegExp(`/${plan}/$`));

    const json = await download(page, page.getByRole('link', { name: 'Télécharger en JSON' }));
    const doc = JSON.parse(json.text);
    expect(doc.action.id).toBe(id);
    expect(doc.action.title).toBe(cell('actions', 'title'));
    expect(doc.plan.plan).toBe(plan);
    expect(doc.subactions.length).toBe(new Set(rows.filter((r) => r.table === 'subactions').map((r) => r.key)).size);
    await page.close();
  });
});
