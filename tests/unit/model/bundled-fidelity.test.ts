/**
 * Fidelity of the bundled plans as a reader and a data user meet them (issue 11, second part):
 * Dijon's grouped actions carry the status their sub-actions give, marked as derived; a « / »
 * date stays visible; « Début 2020 » is exported with the precision of its interval; Grand
 * Besançon's exported targets are the 92 the plan publishes.
 */
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planRows } from '../../../src/lib/export/rows';
import { formatPartialDate } from '../../../src/lib/format';
import { loadPlans } from '../../../src/lib/model/load';
import { countByStatus, indexPlan } from '../../../src/lib/model/queries';
import { col } from '../../../src/lib/search/explorer';
import { explorerData } from '../../../src/lib/search/explorer-data';
import { actionSearchData, searchAttributes } from '../../../src/lib/search/attributes';
import { actionFacets } from '../../../src/lib/search/facets';
import { STATUSES } from '../../../src/lib/normalise/status';

const root = (dir: string) => fileURLToPath(new URL(`../../../${dir}`, import.meta.url));
const { plans, issues } = loadPlans({ content: root('content'), data: root('data') });
const plan = (slug: string) => plans.find((p) => p.meta.slug === slug)!;
const rowsOf = (slug: string) => planRows(plan(slug), { siteUrl: 'https://example.org/' });
const dijon = plan('dijon');
const action = (id: string) => dijon.actions.find((a) => a.id === id)!;

const GROUPED = ['a5-2-1-1', 'a5-2-2-1', 'a5-2-2-4'];

describe('bundled content', () => {
  it('loads without error', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('Dijon: grouped actions take their status from their sub-actions', () => {
  it.each(GROUPED)('%s: « À venir » (the least advanced open sub-action status), marked derived, no plan wording', (id) => {
    expect(action(id).status).toEqual({ label: '', status: 'a_venir', derived: true });
  });

  it('10 of their 11 sub-action lines give a status; the derivation uses exactly those', () => {
    const subs = dijon.subactions.filter((s) => GROUPED.includes(s.action));
    expect(subs.filter((s) => s.status.label !== '')).toHaveLength(subs.length - 1);
  });

  it('no other action of any bundled plan is derived: a status the plan gives is never replaced', () => {
    const derived = plans.flatMap((p) => p.actions.filter((a) => a.status.derived).map((a) => `${p.meta.slug}/${a.id}`));
    expect(derived).toEqual(GROUPED.map((id) => `dijon/${id}`));
  });

  it('counts, charts and search facets count them under « À venir », not « non renseigné »', () => {
    const counts = countByStatus(GROUPED.map(action));
    expect(counts.find((c) => c.status === 'a_venir')?.count).toBe(3);
    expect(counts.find((c) => c.status === 'non_renseigne')?.count).toBe(0);
    const index = indexPlan(dijon);
    for (const id of GROUPED) expect(actionFacets(index, action(id)).status).toEqual(['À venir']);
  });

  it('the explorer lists them under « À venir », flagged so the row says « d’après ses sous-actions »', () => {
    const rows = explorerData([indexPlan(dijon)], 'fr').rows;
    const flagged = rows.filter((r) => r[col.statusDerived] === 1).map((r) => [r[col.id], STATUSES[r[col.status]]]);
    expect(flagged).toEqual(GROUPED.map((id) => [id, 'a_venir']));
  });

  it('search results carry the note next to the status; a declared status carries none', () => {
    const index = indexPlan(dijon);
    const metaOf = (id: string) => searchAttributes(actionSearchData(index, action(id), 'fr')).fields.filter((f) => 'data-pagefind-meta' in f).map((f) => [f['data-pagefind-meta'], f['data-value']]);
    expect(metaOf('a5-2-1-1')).toEqual(expect.arrayContaining([['status[data-value]', 'À venir'], ['statusDerived[data-value]', 'oui']]));
    expect(metaOf('a1-1-1-1').map(([k]) => k)).not.toContain('statusDerived[data-value]');
  });

  it('exports them with an empty status_label, the derived status and status_derived = true', () => {
    const rows = rowsOf('dijon').actions;
    for (const id of GROUPED) {
      expect(rows.find((r) => r.id === id)).toMatchObject({ status_label: null, status: 'a_venir', status_derived: true });
    }
    const declared = rows.filter((r) => !GROUPED.includes(r.id as string));
    expect(declared.every((r) => r.status_derived === false)).toBe(true);
  });
});

describe('Dijon: « / » and « Début 2020 » in date cells', () => {
  it.each(['a1-2-3-5', 'a1-2-3-13'])('%s: an end « / » reads « inconnu », like « ? », and keeps its mark', (id) => {
    const end = action(id).end;
    expect(end).toEqual({ raw: '/', kind: 'unknown' });
    expect(formatPartialDate(end)).toBe('inconnu');
    expect(rowsOf('dijon').actions.find((r) => r.id === id)).toMatchObject({ end_raw: '/', end_date_min: null, end_precision: null });
  });

  it('« Début 2020 » is exported as January–April 2020 with the precision « tiers_annee »', () => {
    const row = rowsOf('dijon').actions.find((r) => r.start_raw === 'Début 2020');
    expect(row).toMatchObject({ start_date_min: '2020-01-01', start_date_max: '2020-04-30', start_precision: 'tiers_annee' });
  });
});

describe('Grand Besançon: yearly targets', () => {
  const source = Papa.parse<Record<string, string>>(readFileSync(root('data/grand-besancon/indicator_values.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it('exports one row per published target: 92, not one per cell of the yearly table (156)', () => {
    expect(source.filter((r) => r.type === 'objectif')).toHaveLength(156);
    const exported = rowsOf('grand-besancon').indicator_values.filter((r) => r.type === 'objectif');
    expect(exported).toHaveLength(92);
    expect(exported).toHaveLength(source.filter((r) => r.type === 'objectif' && r.value.trim() !== '').length);
    expect(exported.every((r) => typeof r.value === 'string' && r.value !== '')).toBe(true);
  });
});
