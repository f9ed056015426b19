/**
 * The field-level history as the test build publishes it: available for every bundled plan (the
 * repository holds their history), told in French on the action pages and the changes pages,
 * and never carrying a commit subject, which is written for developers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { decodeEntities, listFiles } from '../helpers/html';
import { requireDist } from '../helpers/site';

const ROOT = resolve(import.meta.dirname, '../..');
const dist = requireDist();
const PLANS = ['alec-loire', 'bruxelles', 'dijon', 'exemple', 'grand-besancon', 'region-amiens'];
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('field-level history of the bundled plans', () => {
  it.each(PLANS)('%s: history is available, its changes file has rows and its page lists them', (plan) => {
    const rows = Papa.parse<Record<string, string>>(read(`donnees/${plan}/changements.csv`), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date) && /^[0-9a-f]{40}$/.test(r.commit))).toBe(true);
    const page = read(`${plan}/changements/index.html`);
    expect(page).not.toMatch(/historique indisponible/i);
    expect(page).toMatch(/groupes? de changements/);
  });

  it('dates an action’s first publication and its last change, from its own rows', () => {
    const page = decodeEntities(read('exemple/actions/a1-1-3/index.html').replace(/<[^>]+>/g, ''));
    expect(page).toMatch(/Dernière mise à jour le \d{1,2}(er)? \S+ \d{4}/);
    expect(page).toMatch(/première publication sur ce site le \d{1,2}(er)? \S+ \d{4}/);
  });

  it('publishes no subject of the repository’s own git log, anywhere', () => {
    const subjects = execFileSync('git', ['log', '--format=%s'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((s) => s.trim())
      // Full subject lines only: a very short one could be an ordinary phrase of the content.
      .filter((s) => s.length >= 25);
    expect(subjects.length).toBeGreaterThan(5);
    const files = listFiles(dist, ['html', 'csv', 'json', 'xml', 'atom', 'txt', 'jsonld']);
    for (const file of files) {
      const text = decodeEntities(readFileSync(join(dist, file), 'utf8'));
      for (const s of subjects) expect(text.includes(s), `${file} contient « ${s} »`).toBe(false);
    }
  });
});
