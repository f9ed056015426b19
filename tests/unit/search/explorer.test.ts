import { describe, expect, it } from 'vitest';
import { explorerData } from '../../../src/lib/search/explorer-data';
import { col, createModel, runQuery, EXPLORER_COLUMNS, EXPLORER_FACETS, type ExplorerData } from '../../../src/lib/search/explorer';
import { facetCounts } from '../../../src/lib/search/facets';
import { emptyState, parseState } from '../../../src/lib/search/url-state';
import { villePlan } from './plan-builder';

const data: ExplorerData = JSON.parse(JSON.stringify(explorerData([villePlan()], 'fr')));
const model = createModel(data);
const ids = (query: string) => runQuery(model, parseState(query)).rows.map((i) => data.rows[i][col.id]);

describe('explorerData', () => {
  it('one row per action in list order, each row as long as the column list', () => {
    expect(data.rows.map((r) => r[col.id])).toEqual(['x1', 'x2', 'x3', 'x4']);
    for (const r of data.rows) expect(r).toHaveLength(EXPLORER_COLUMNS.length);
  });

  it('reads plans one at a time from any iterable, in order (a portal makes each index as it is read)', () => {
    const read: string[] = [];
    function* plans() {
      for (const slug of ['un', 'deux']) {
        read.push(slug);
        yield villePlan({ slug });
      }
    }
    const both = explorerData(plans(), 'fr');
    expect(read).toEqual(['un', 'deux']);
    expect(both.plans.map((p) => p.slug)).toEqual(['un', 'deux']);
    expect(both.rows.map((r) => `${r[col.plan]}:${r[col.id]}`)).toEqual(['0:x1', '0:x2', '0:x3', '0:x4', '1:x1', '1:x2', '1:x3', '1:x4']);
  });

  it('keeps repeated values once, in dictionaries', () => {
    expect(data.values.partner).toEqual(['ADEME', 'Association Vélo', 'Non renseigné']);
    expect(data.rows[1][col.partner].map((i) => data.values.partner[i])).toEqual(['Association Vélo', 'ADEME']);
  });

  it('writes dates as ISO bounds and as the pages show them', () => {
    const r = data.rows[0];
    expect([r[col.start], r[col.end], r[col.startText], r[col.endText]]).toEqual(['2021-01-01', '2024-12-31', '2021', '2024']);
    expect([data.rows[3][col.start], data.rows[3][col.startText]]).toEqual(['', '']);
  });

  it('a budget is known when a figure is given anywhere, budget lines included', () => {
    expect(data.rows.map((r) => r[col.budgetKnown])).toEqual([1, 0, 1, 0]);
    expect(data.rows[3][col.budgetText]).toBe('inconnu');
  });
});

describe('runQuery', () => {
  it.each<[string, string, string[]]>([
    ['no filter: every action in list order', '', ['x1', 'x2', 'x3', 'x4']],
    ['one status', 'statut=En+cours', ['x1', 'x3']],
    ['two statuses (OR)', 'statut=En+cours&statut=R%C3%A9alis%C3%A9', ['x1', 'x2', 'x3']],
    ['status AND pilot', 'statut=En+cours&pilote=Service+mobilit%C3%A9', ['x1']],
    ['an axis reached through a second parent', 'axe=Ville+%E2%80%94+Axe+2+%3A+Habiter', ['x2', 'x3', 'x4']],
    ['start year bounds keep dated actions only', 'debut_min=2020', ['x1']],
    ['end year range', 'fin_min=2020&fin_max=2025', ['x1', 'x2']],
    ['budget known', 'budget=connu', ['x1', 'x3']],
    ['budget unknown', 'budget=inconnu', ['x2', 'x4']],
    ['with indicators', 'indicateurs=Avec+indicateurs', ['x1']],
    ['sort by code: 1.1.2 before 1.1.10, no code last', 'tri=code', ['x1', 'x2', 'x3', 'x4']],
    ['sort by code descending: no code still last', 'tri=code&ordre=desc', ['x3', 'x2', 'x1', 'x4']],
    ['sort by title, French order (É with E)', 'tri=titre', ['x1', 'x2', 'x3', 'x4']],
    ['sort by end date, undated last', 'tri=fin&ordre=desc', ['x3', 'x1', 'x2', 'x4']],
    ['sort by status, ties in list order', 'tri=statut', ['x1', 'x3', 'x2', 'x4']],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('counts each facet over the other filters', () => {
    const r = runQuery(model, parseState('statut=En+cours'));
    const status = Object.fromEntries(r.counts.status.filter((c) => c.count > 0).map((c) => [c.value, c.count]));
    expect(status).toEqual({ 'En cours': 2, Réalisé: 1, 'Non renseigné': 1 });
    expect(r.counts.status.find((c) => c.value === 'En cours')?.selected).toBe(true);
    const pilot = Object.fromEntries(r.counts.pilot.map((c) => [c.value, c.count]));
    expect(pilot).toEqual({ 'Service éducation': 0, 'Service mobilité': 1, 'Non renseigné': 1 });
  });

  it('lists free-text values alphabetically with "Non renseigné" last', () => {
    expect(runQuery(model, emptyState()).counts.pilot.map((c) => c.value)).toEqual(['Service éducation', 'Service mobilité', 'Non renseigné']);
  });

  it('reports values a stale link asks for', () => {
    const r = runQuery(model, parseState('pilote=Service+disparu'));
    expect(r.rows).toEqual([]);
    expect(r.unknown).toEqual([{ key: 'pilot', value: 'Service disparu' }]);
  });
});

describe('runQuery agrees with facetCounts', () => {
  // The explorer's one-pass counter must give the counts of the rule lib/search/facets states.
  const states = ['', 'statut=En+cours', 'statut=En+cours&pilote=Service+%C3%A9ducation', 'enjeu=Att%C3%A9nuation&indicateurs=Sans+indicateur', 'budget=connu&statut=R%C3%A9alis%C3%A9', 'fin_min=2021'];
  it.each(states)('%s', (query) => {
    const state = parseState(query);
    const r = runQuery(model, state);
    const keys = EXPLORER_FACETS;
    const valuesOf = (i: number) => Object.fromEntries(keys.map((k) => [k, model.items[i][k].map((v) => model.dict[k][v])])) as Record<(typeof keys)[number], string[]>;
    const passesOthers = (i: number) => runQuery(model, { ...emptyState(), start: state.start, end: state.end, budget: state.budget }).rows.includes(i);
    const kept = data.rows.map((_, i) => i).filter(passesOthers);
    const items = kept.map(valuesOf);
    const expected = facetCounts(items, (j, key) => !state.facets[key] || items[j][key].some((v) => state.facets[key]!.includes(v)), keys);
    for (const key of keys) {
      const got = Object.fromEntries(r.counts[key].filter((c) => c.count > 0).map((c) => [c.value, c.count]));
      expect(got, key).toEqual(Object.fromEntries(expected[key]));
    }
  });
});

describe('explorerData in another language', () => {
  const index = villePlan({ languages: ['fr', 'nl'] });
  const x1 = index.plan.actions.find((a) => a.id === 'x1')!;
  x1.translations = { nl: { title: 'De fiets ontwikkelen' } };
  const nl = explorerData([index], 'nl');
  const row = (id: string) => nl.rows.find((r) => r[col.id] === id)!;

  it("writes a translated title in the file's language, unmarked", () => {
    expect(row('x1')[col.title]).toBe('De fiets ontwikkelen');
    expect(row('x1')[col.titleLang]).toBe('');
  });

  it('keeps an untranslated title as published, marked with its language', () => {
    expect(row('x3')[col.title]).toBe('Rénover les cantines');
    expect(row('x3')[col.titleLang]).toBe('fr');
  });

  it('writes dates in the language of the file', () => {
    expect(row('x1')[col.startText]).toBe(explorerData([villePlan()], 'fr').rows.find((r) => r[col.id] === 'x1')![col.startText]);
    expect(explorerData([villePlan()], 'en').rows.find((r) => r[col.id] === 'x4')![col.budgetText]).not.toMatch(/inconnu/);
  });
});
