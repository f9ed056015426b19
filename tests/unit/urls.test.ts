/**
 * The reserved names of src/lib/urls.ts against the routes of src/pages: adding a page or an
 * endpoint without reserving its name would let a plan folder or a level id overwrite it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilanIdProblem } from '../../src/lib/model/ids';
import { LANGUAGE_CODES, PLAN_SEGMENTS, RESERVED_PLAN_SLUGS, SITE_SEGMENTS, paths } from '../../src/lib/urls';

const PAGES = resolve(import.meta.dirname, '../../src/pages');

/**
 * The URL segment each static entry of a pages folder writes: `a-propos.astro` → `a-propos`,
 * `flux.atom.ts` → `flux.atom`, `donnees/` → `donnees`; `index` is the folder itself and a
 * `[param]` is filled by content, so neither is a name to reserve.
 */
function routeSegments(dir: string): string[] {
  // Pages in every language sit under [...lang]/ (nothing for the default language, nl/… for others).
  return [dir, join('[...lang]', dir)]
    .filter((folder) => existsSync(join(PAGES, folder)))
    .flatMap((folder) => readdirSync(join(PAGES, folder), { withFileTypes: true }))
    .map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts|js|md|mdx)$/, '')))
    .filter((name) => !name.startsWith('[') && name !== 'index');
}

describe('reserved names', () => {
  it('reserve every top-level page and endpoint of src/pages from plan folders', () => {
    expect(routeSegments('.').filter((s) => !RESERVED_PLAN_SLUGS.has(s))).toEqual([]);
  });

  it('reserve every file of public/, served at the top level as it is', () => {
    const files = readdirSync(resolve(PAGES, '../../public'));
    expect(files.filter((f) => !RESERVED_PLAN_SLUGS.has(f))).toEqual([]);
  });

  it('reserve every page of src/pages/donnees, where plans have their own folder', () => {
    expect(routeSegments('donnees').filter((s) => !RESERVED_PLAN_SLUGS.has(s))).toEqual([]);
  });

  it('reserve every page of a plan from level ids', () => {
    const segments = routeSegments('[plan]');
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.filter((s) => !(PLAN_SEGMENTS as readonly string[]).includes(s))).toEqual([]);
  });

  it('reserve the top-level segment of every path helper', () => {
    const tops = [paths.data(), paths.search(), paths.about(), paths.accessibility(), paths.legal(), paths.catalog(), paths.feed(), paths.explorer(), paths.dataZip()]
      .map((p) => p.split('/')[0]);
    expect(tops.filter((s) => !RESERVED_PLAN_SLUGS.has(s))).toEqual([]);
    expect(RESERVED_PLAN_SLUGS.has(paths.dataFile('tous', 'x.csv').split('/')[1])).toBe(true);
  });

  it('include the build’s own folders, the per-plan pages to come and ISO 639-1 language codes', () => {
    for (const name of ['_astro', 'pagefind', '404', 'tous']) expect(SITE_SEGMENTS).toContain(name);
    for (const name of ['changements', 'bilans']) expect(PLAN_SEGMENTS).toContain(name);
    expect(LANGUAGE_CODES).toHaveLength(184);
    for (const code of ['fr', 'nl', 'en', 'de']) expect(RESERVED_PLAN_SLUGS.has(code)).toBe(true);
  });

  it('put a bilan’s files beside its ZIP under the plan’s data folder, where an id (no dot) cannot meet a file', () => {
    expect(paths.bilanFile('exemple', '2025', 'SHA256SUMS')).toBe('donnees/exemple/bilans/2025/SHA256SUMS');
    expect(paths.bilanZip('exemple', '2025')).toBe('donnees/exemple/bilans/2025.zip');
    expect(bilanIdProblem('2025.zip')).toMatch(/invalide/);
  });
});
