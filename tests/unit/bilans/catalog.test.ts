/**
 * Bilans in the exports (lib/export/bundle): each public plan's bilans in catalog.jsonld as ZIP
 * distributions with their SHA-256 (spdx:checksum), and a citation line naming the bilan.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExports, fileText } from '../../../src/lib/export/bundle';
import { readRelease } from '../../../src/lib/bilans/read';
import { releaseZip } from '../../../src/lib/bilans/serve';
import { loadPlans } from '../../../src/lib/model/load';

const ROOT = resolve(import.meta.dirname, '../../..');
const SITE = 'https://example.org/plan-climat/';

describe('bilans in the exports', () => {
  const { plans } = loadPlans({ content: join(ROOT, 'content'), data: join(ROOT, 'data') });
  const exemple = plans.find((p) => p.meta.slug === 'exemple')!;
  // The same plan, as if it were a real one: fictional plans never reach the catalogue.
  const real = { ...exemple, meta: { ...exemple.meta, fictional: false } };
  const releases = exemple.meta.bilans.map((info) => {
    const release = readRelease(join(ROOT, 'data'), 'exemple', info);
    const zip = releaseZip('exemple', release);
    return { info, files: release.files, zip: { path: zip.path, bytes: zip.bytes.length, sha256: zip.sha256 } };
  });
  const build = (plan: typeof exemple) =>
    buildExports({
      plans: [plan],
      languages: ['fr', 'nl', 'en'],
      siteUrl: SITE,
      site: { title: 'Plans climat', tagline: 'Suivre les plans', publisher: 'Éditeur' },
      lastUpdated: {},
      charts: [],
      releases: { exemple: releases },
    });

  it('lists each bilan of a public plan as a ZIP distribution with its SHA-256, date and id', () => {
    const catalog = JSON.parse(fileText(build(real).catalog));
    const distributions = catalog['dcat:dataset'].flatMap((d: { 'dcat:distribution': Record<string, unknown>[] }) => d['dcat:distribution']);
    const bilans = distributions.filter((d: Record<string, unknown>) => d['spdx:checksum']);
    expect(bilans.map((d: Record<string, unknown>) => [d['@id'], d['owl:versionInfo'], (d['dct:issued'] as { '@value': string })['@value']])).toEqual([
      [`${SITE}donnees/exemple/bilans/2024.zip`, '2024', '2025-01-31'],
      [`${SITE}donnees/exemple/bilans/2025.zip`, '2025', '2026-01-30'],
    ]);
    for (const [i, d] of bilans.entries()) {
      expect(d['spdx:checksum']).toEqual({
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': { '@value': releases[i].zip.sha256, '@type': 'xsd:hexBinary' },
      });
      expect(d['dcat:byteSize']).toEqual({ '@value': String(releases[i].zip.bytes), '@type': 'xsd:nonNegativeInteger' });
    }
    expect(catalog['@context'].spdx).toBe('http://spdx.org/rdf/terms#');
  });

  it('leaves a fictional plan’s bilans out of the catalogue', () => {
    expect(fileText(build(exemple).catalog)).not.toContain('bilans/');
  });

  it('gives each bilan a citation line naming it and its date, in every language', () => {
    const dataset = build(exemple).datasets.find((d) => d.scope === 'exemple')!;
    const latest = dataset.releases.at(-1)!;
    expect(latest.citations.fr).toBe(
      `Communauté de communes de Val-Fictif — ${exemple.meta.title}, bilan 2025 publié le 30 janvier 2026, données téléchargées sur ${SITE}donnees/#exemple-bilan-2025`,
    );
    expect(latest.citations.nl).toContain('voortgangsrapport 2025 gepubliceerd op 30 januari 2026');
    expect(latest.citations.en).toContain(`progress report 2025 published on 30 January 2026, data downloaded from ${SITE}en/donnees/#exemple-bilan-2025`);
  });
});
