// Bilans (issue #16) in dist/: every committed file of data/<plan>/bilans/ served byte for byte
// (SHA256SUMS included, nothing added), each bilan's ZIP holding exactly those files, the data page
// listing them with their checksums and citation line, and catalog.jsonld's checksums.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeEntities } from '../helpers/html';
import { DIST, SITE_PREFIX, requireDist } from '../helpers/site';
import { CONTENT, DATA } from '../helpers/sources';
import { parse } from 'yaml';
import { unzip } from '../helpers/unzip';
import { EXEMPLE_BILANS } from '../fixtures/bilans/exemple-changes';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const dist = (path: string) => join(DIST, path);

/** Every bilan folder committed under data/: [plan, id]. */
function committedBilans(): [string, string][] {
  return readdirSync(DATA)
    .filter((plan) => existsSync(join(DATA, plan, 'bilans')))
    .flatMap((plan) => readdirSync(join(DATA, plan, 'bilans')).map((id): [string, string] => [plan, id]));
}

beforeAll(() => {
  requireDist();
});

describe('bilan files', () => {
  test('exemple ships its two bilans, and no seed plan has any', () => {
    expect(committedBilans()).toEqual([
      ['exemple', EXEMPLE_BILANS.before],
      ['exemple', EXEMPLE_BILANS.after],
    ]);
  });

  test.each(committedBilans())('%s/%s: served byte for byte, nothing more', (plan, id) => {
    const source = join(DATA, plan, 'bilans', id);
    const served = dist(`donnees/${plan}/bilans/${id}`);
    expect(readdirSync(served).sort()).toEqual(readdirSync(source).sort());
    for (const name of readdirSync(source)) expect(readFileSync(join(served, name)).equals(readFileSync(join(source, name))), name).toBe(true);
    // And each file matches its SHA256SUMS line, as a reader would check it.
    for (const line of readFileSync(join(served, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
      const [sum, name] = line.split('  ');
      expect(sha256(readFileSync(join(served, name))), name).toBe(sum);
    }
  });

  test.each(committedBilans())('%s/%s: its ZIP holds exactly its files', (plan, id) => {
    const entries = unzip(readFileSync(dist(`donnees/${plan}/bilans/${id}.zip`)));
    const source = join(DATA, plan, 'bilans', id);
    expect(entries.map((e) => e.path).sort()).toEqual(readdirSync(source).map((n) => `${plan}-bilan-${id}/${n}`).sort());
    for (const e of entries) expect(e.data.equals(readFileSync(join(source, e.path.split('/')[1]))), e.path).toBe(true);
  });
});

describe('the data page and the catalogue', () => {
  const page = (prefix: string) => decodeEntities(readFileSync(dist(`${prefix}donnees/index.html`), 'utf8'));

  test('the data page lists each bilan with every file’s checksum, its ZIP and a citation naming it, in every language', () => {
    for (const [prefix, citation] of [
      ['', 'bilan 2025 publié le 30 janvier 2026'],
      ['nl/', 'voortgangsrapport 2025 gepubliceerd op 30 januari 2026'],
      ['en/', 'progress report 2025 published on 30 January 2026'],
    ]) {
      const html = page(prefix);
      expect(html, prefix).toContain(citation);
      for (const [plan, id] of committedBilans()) {
        expect(html).toContain(`id="${plan}-bilan-${id}"`);
        expect(html).toContain(`href="/plan-climat/donnees/${plan}/bilans/${id}.zip"`);
        expect(html).toContain(sha256(readFileSync(dist(`donnees/${plan}/bilans/${id}.zip`))));
        for (const line of readFileSync(join(DATA, plan, 'bilans', id, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
          const [sum, name] = line.split('  ');
          expect(html).toContain(`href="/plan-climat/donnees/${plan}/bilans/${id}/${name}"`);
          expect(html).toContain(sum);
        }
      }
    }
  });

  test('catalog.jsonld gives each bilan’s ZIP with the checksum of the served file; the fictional plan’s are left out', () => {
    const catalog = JSON.parse(readFileSync(dist('catalog.jsonld'), 'utf8'));
    const distributions = catalog['dcat:dataset'].flatMap((d: { 'dcat:distribution': Record<string, unknown>[] }) => d['dcat:distribution']);
    const urls: string[] = distributions.map((d: { '@id': string }) => d['@id']);
    expect(urls.filter((u) => u.includes('/donnees/exemple/'))).toEqual([]);
    const summed = distributions.filter((d: Record<string, unknown>) => d['spdx:checksum']);
    for (const d of summed) {
      const path = (d['@id'] as string).slice(SITE_PREFIX.length);
      expect(d['spdx:checksum']['spdx:checksumValue']['@value'], path).toBe(sha256(readFileSync(dist(path))));
    }
    // Every public plan's bilan is there (none today: the seed plans have none).
    const fictional = (plan: string) => parse(readFileSync(join(CONTENT, plan, 'plan.md'), 'utf8').split(/^---$/m)[1]).fictional === true;
    const publicBilans = committedBilans().filter(([plan]) => !fictional(plan));
    expect(summed.map((d: { '@id': string }) => d['@id']).sort()).toEqual(publicBilans.map(([plan, id]) => `${SITE_PREFIX}donnees/${plan}/bilans/${id}.zip`).sort());
  });
});
