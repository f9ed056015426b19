// The DCAT catalogue written one dataset at a time (src/lib/export/dcat.ts): the same text as the
// whole document serialised at once, whatever its datasets.
import { describe, expect, test } from 'vitest';
import { dcatCatalog, dcatCatalogJson, type DcatCatalog, type DcatDataset } from '../../../src/lib/export/dcat';

const dataset = (id: string, extra: Partial<DcatDataset> = {}): DcatDataset => ({
  id: `https://example.org/donnees/#${id}`,
  title: [{ lang: 'fr', text: `Plan ${id}` }],
  description: [{ lang: 'fr', text: 'Deux lignes\net des « guillemets » "doubles"' }],
  keywords: [{ lang: 'fr', text: 'climat' }],
  licence: { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
  landingPage: `https://example.org/donnees/#${id}`,
  distributions: [{ title: [{ lang: 'fr', text: 'Actions (CSV)' }], url: `https://example.org/donnees/${id}/actions.csv`, mediaType: 'text/csv', bytes: 1234 }],
  ...extra,
});

const catalog = (datasets: DcatDataset[]): DcatCatalog => ({
  url: 'https://example.org/catalog.jsonld',
  languages: ['fr', 'nl'],
  title: [{ lang: 'fr', text: 'Plans climat' }],
  description: [{ lang: 'fr', text: 'Suivre les plans' }],
  homepage: 'https://example.org/',
  publisher: { name: 'Éditeur', url: 'https://example.org/editeur' },
  contactUrl: 'https://example.org/contact',
  datasets,
});

describe('dcatCatalogJson', () => {
  test.each([
    ['no dataset', []],
    ['one dataset', [dataset('a')]],
    ['several, with periods, creators and checksums', [dataset('a', { period: { start: 2020, end: 2026 }, creator: 'Ville' }), dataset('b', { distributions: [] }), dataset('c', {
        modified: '2025-06-30',
        distributions: [{ title: [{ lang: 'fr', text: 'Bilan 2025' }], url: 'https://example.org/b.zip', mediaType: 'application/zip', bytes: 9, sha256: 'ab'.repeat(32), issued: '2025-06-30', version: '2025' }],
      })]],
  ])('%s: the text of JSON.stringify(dcatCatalog(…), null, 2) and a line break', (_, datasets) => {
    const c = catalog(datasets as DcatDataset[]);
    const chunks = [...dcatCatalogJson(c)];
    expect(chunks.join('')).toBe(JSON.stringify(dcatCatalog(c), null, 2) + '\n');
    // One chunk per dataset, besides the head and the end.
    expect(chunks.length).toBeLessThanOrEqual(datasets.length + 3);
  });
});
