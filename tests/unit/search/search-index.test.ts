// The search-index step of `npm run build` on a tiny built site: one Pagefind run per language,
// joined into one bundle whose entry lists every language, the scratch folders gone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSearch, type SearchIndexReport } from '../../../scripts/search-index';

const page = (lang: string, title: string, body: string, indexed = true) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><nav>menu</nav><main><article${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></article></main></body></html>`;

let site = '';
let report: SearchIndexReport;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  const files: Record<string, string> = {
    'index.html': page('fr', 'Portail', 'Tous les plans', false),
    'exemple/actions/velo/index.html': page('fr', 'Réseau cyclable', 'Aménager un réseau cyclable continu'),
    'exemple/actions/eau/index.html': page('fr', 'Économies d’eau', 'Réduire la consommation d’eau'),
    'nl/exemple/actions/velo/index.html': page('nl', 'Fietsnetwerk', 'Een doorlopend fietsnetwerk aanleggen'),
    // A stale bundle from an earlier run is replaced, not merged into.
    'pagefind/stale.txt': 'old',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  report = await indexSearch(site);
}, 60_000);

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('indexSearch', () => {
  it('indexes the marked pages of each language into one bundle', () => {
    expect(report.pages).toBe(3);
    expect(report.languages).toBe('fr 2, nl 1');
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr', 'nl']);
    expect(entry.languages.fr.page_count).toBe(2);
    expect(entry.languages.nl.page_count).toBe(1);
    // Each language's own files are there (its metadata, its wasm), and Pagefind's script once.
    const files = readdirSync(join(site, 'pagefind'));
    for (const language of ['fr', 'nl']) {
      expect(files).toContain(`${entry.languages[language].hash.replace(/^(\w+)_/, 'pagefind.$1_')}.pf_meta`);
      expect(files).toContain(`wasm.${language}.pagefind`);
    }
    expect(files).toContain('pagefind.js');
    expect(report.bytes).toBeGreaterThan(0);
  });

  it('publishes no ready-made UI, no stale file and no scratch folder', () => {
    const files = readdirSync(join(site, 'pagefind'));
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    expect(files).not.toContain('stale.txt');
    expect(existsSync(join(site, '.pagefind-languages'))).toBe(false);
  });

  it('refuses a site where no page is marked for the index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'search-index-empty-'));
    try {
      writeFileSync(join(empty, 'index.html'), page('fr', 'Portail', 'rien', false));
      await expect(indexSearch(empty)).rejects.toThrow(/aucune page indexée/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
