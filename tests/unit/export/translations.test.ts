// A plan's translations reach its open data: `<column>_<lang>` beside each translatable column.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../../src/lib/model/load';
import { planRows } from '../../../src/lib/export/rows';
import { toCsv } from '../../../src/lib/export/csv';
import { exportTable } from '../../../src/lib/export/schema';
import { tableSchema } from '../../../src/lib/export/datapackage';

function loadPlan(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'export-translations-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { plans, issues } = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return plans[0];
}

describe('translated columns in the exports', () => {
  const plan = loadPlan({
    'content/site.yml': 'languages: [fr, nl, en]\n',
    'content/p/plan.md': '---\ntitle: Plan\ntitle_nl: Plan NL\nterritory: Ville\nlevels:\n  - { id: axe, label: Axe, plural: Axes, label_nl: As, plural_nl: Assen }\nlanguages: [fr, nl]\n---\n',
    'data/p/hierarchy.csv': 'id,level,title,title_nl\nax1,axe,Axe un,As een\n',
    'data/p/actions.csv': 'id,parent,title,title_nl,pilot\na1,ax1,Action un,Actie een,Service\n',
  });
  const rows = planRows(plan, { siteUrl: 'https://example.org/' });

  it('gives each row its translations, empty where the plan gives none', () => {
    expect(rows.actions[0]).toMatchObject({ title: 'Action un', title_nl: 'Actie een', title_en: null, title_fr: null, pilot: 'Service', pilot_nl: null });
    expect(rows.hierarchy[0]).toMatchObject({ title_nl: 'As een', level_label: 'Axe', level_label_nl: 'As' });
    expect(rows.plans[0]).toMatchObject({ title: 'Plan', title_nl: 'Plan NL', languages: 'fr ; nl' });
  });

  it('writes the translated column right after its original in the CSV, and describes it in the Table Schema', () => {
    const header = toCsv(exportTable('actions').columns, rows.actions).split('\r\n')[0].split(',');
    expect(header.slice(header.indexOf('title'), header.indexOf('title') + 4)).toEqual(['title', 'title_fr', 'title_nl', 'title_en']);
    expect(toCsv(exportTable('actions').columns, rows.actions)).toContain('Actie een');
    const field = tableSchema(exportTable('actions'), 'plan').fields.find((f) => f.name === 'title_nl');
    expect(field?.description).toMatch(/Traduction de title/);
  });
});
