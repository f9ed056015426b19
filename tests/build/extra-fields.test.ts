// Spreadsheet columns the site has no field for (extra_fields.csv) are published: on the action
// page under their original header, and in the open data with the same stable columns, per plan
// and for all plans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, requireDist } from '../helpers/site';

beforeAll(() => requireDist());

// Free-text columns are followed by their translations (`<column>_<lang>`, every interface language).
const COLUMNS = ['plan', 'fictif', 'entity', 'id', 'field', 'field_fr', 'field_nl', 'field_en', 'value', 'value_fr', 'value_nl', 'value_en', 'source'];

describe('extra fields', () => {
  test('the action page shows them under their original header', () => {
    const html = readFileSync(join(DIST, 'exemple/actions/reseau-cyclable/index.html'), 'utf8');
    const section = html.slice(html.indexOf('<section aria-labelledby="autres-informations">'));
    expect(section).toMatch(/^<section aria-labelledby="autres-informations"><h2 id="autres-informations">Autres informations du plan<\/h2><dl class="fields"><dt>Commentaire<\/dt><dd><p>Tronçon nord livré, tronçon sud en consultation\.<\/p><\/dd><dt>Élu référent<\/dt>/);
  });

  test('they are exported per plan and for all plans, with the same columns, and documented', () => {
    const perPlan = Papa.parse<string[]>(readFileSync(join(DIST, 'donnees/exemple/extra_fields.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(perPlan[0]).toEqual(COLUMNS);
    expect(perPlan.slice(1).map((r) => r.slice(2, 5))).toEqual([
      ['action', 'reseau-cyclable', 'Commentaire'],
      ['action', 'reseau-cyclable', 'Élu référent'],
    ]);
    const all = readFileSync(join(DIST, 'donnees/tous/extra_fields.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(all.split(/\r?\n/)[0]).toBe(COLUMNS.join(','));
    const pkg = JSON.parse(readFileSync(join(DIST, 'donnees/exemple/datapackage.json'), 'utf8'));
    const resource = pkg.resources.find((r: { name: string }) => r.name === 'extra_fields');
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(COLUMNS);
  });
});
