// Smoke test of the build benchmark: `npm run bench -- --actions 50` generates a small synthetic
// plan, builds it into bench-out/dist-50 (never dist/, which the other build tests read) and
// prints a `BENCH {json}` line with the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { startTags, tokenize, type Token } from '../helpers/html';
import { unzip } from '../helpers/unzip';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 5 * 60_000;

test(
  'npm run bench -- --actions 50 builds a synthetic plan and reports its figures',
  () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--actions', '50'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
      // run.ts sets CONTENT_DIR, DATA_DIR, OUT_DIR and ASTRO_CACHE_DIR for its build itself.
    });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    const line = output.split('\n').find((l) => l.startsWith('BENCH '));
    expect(line, `pas de ligne BENCH dans la sortie :\n${output.slice(-4000)}`).toBeDefined();
    const result = JSON.parse(line!.slice('BENCH '.length));
    expect(run.status, output.slice(-4000)).toBe(0);
    expect(result.ok).toBe(true);
    expect(result.actions).toBe(50);
    expect(result.pageCount).toBeGreaterThan(50);
    expect(result.actionPages).toBe(50);
    expect(result.buildSeconds).toBeGreaterThan(0);
    expect(result.peakRssBytes).toBeGreaterThan(0);
    // PSS splits shared pages, so the tree's PSS is positive and never above its RSS sum.
    expect(result.peakPssBytes).toBeGreaterThan(0);
    expect(result.peakPssBytes).toBeLessThanOrEqual(result.peakRssBytes);
    for (const part of ['html', 'css', 'total'] as const) {
      expect(result.median[part].raw, part).toBeGreaterThan(0);
      expect(result.median[part].gzip, part).toBeGreaterThan(0);
      expect(result.median[part].gzip, part).toBeLessThan(result.median[part].raw);
    }
    expect(result.median.js.raw).toBeGreaterThanOrEqual(0);
    // The generated plan has no Markdown fiche (CSV actions and MDX fiches), like a plan imported
    // from a spreadsheet: its build warns of nothing (Astro used to call the fiches collection empty).
    const log = readFileSync(join(ROOT, 'bench-out', 'build-50.log'), 'utf8');
    expect(log.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  },
  TIMEOUT + 10_000,
);

// A portal of 51 plans (one more than a page): the portal paginates and offers static filter
// pages, and the all-plans files, written by streaming after the build, hold every plan's rows.
test(
  'npm run bench -- --actions 255 --plans 51 builds a paginated portal and all-plans files of every plan',
  () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--actions', '255', '--plans', '51', '--keep'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const dist = join(ROOT, 'bench-out', 'dist-255-p51');
    try {
      const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
      expect(run.status, output.slice(-4000)).toBe(0);
      const result = JSON.parse(output.split('\n').find((l) => l.startsWith('BENCH '))!.slice('BENCH '.length));
      expect(result.plans).toBe(51);
      expect(result.actions).toBe(255);

      const page = (path: string) => tokenize(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const cards = (tokens: Token[]) => startTags(tokens, 'li').filter((t) => t.attrs.get('class') === 'card').length;
      const links = (tokens: Token[]) => startTags(tokens, 'a').map((a) => a.attrs.get('href'));
      const portal = page('');
      expect(cards(portal)).toBe(50);
      expect(links(portal)).toEqual(expect.arrayContaining(['/plans/2/', '/plans/type/pcaet/', '/plans/lettre/a/']));
      expect(cards(page('plans/2'))).toBe(1);
      const byKind = ['pcaet', 'pcaet-volontaire', 'plan-climat-communal', 'plan-climat-regional'].map((k) => cards(page(`plans/type/${k}`)));
      expect(byKind.reduce((a, b) => a + b, 0)).toBe(51);
      expect(startTags(page('plans/type/pcaet'), 'script')).toEqual([]);
      expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('/plans/lettre/a/</loc>');

      const rows = Papa.parse<Record<string, string>>(readFileSync(join(dist, 'donnees/tous/actions.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
      expect(rows).toHaveLength(255);
      expect(new Set(rows.map((r) => r.plan)).size).toBe(51);
      const archive = unzip(readFileSync(join(dist, 'donnees/plans-climat-donnees.zip')));
      expect(archive.map((e) => e.path)).toEqual(expect.arrayContaining(['LISEZMOI.md', 'tous/actions.csv', 'tous/tous.xlsx', 'p01/actions.csv', 'p51/actions.csv']));
    } finally {
      for (const d of ['content', 'data', 'dist', 'cache']) rmSync(join(ROOT, 'bench-out', `${d}-255-p51`), { recursive: true, force: true });
    }
  },
  TIMEOUT + 10_000,
);
