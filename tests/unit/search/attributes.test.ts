import { describe, expect, it } from 'vitest';
import { actionSearchData, indicatorSearchData, nodeSearchData, searchAttributes, sortableCode, SEARCH_SORT_KEYS, type SearchField } from '../../../src/lib/search/attributes';
import { FACET_KEYS } from '../../../src/lib/search/facets';
import { villePlan } from './plan-builder';

const index = villePlan();
const pages = {
  action: actionSearchData(index, index.actions.get('x2')!, 'fr'),
  node: nodeSearchData(index, index.nodes.get('o11')!, 'fr'),
  indicator: indicatorSearchData(index, index.plan.indicators[1], 'fr'),
};
const values = (fields: SearchField[], kind: string) =>
  fields.filter((f) => f[`data-pagefind-${kind}`]).map((f) => [f[`data-pagefind-${kind}`].replace('[data-value]', ''), f['data-value']]);

describe('searchAttributes', () => {
  it.each(Object.entries(pages))('%s page: body marker and every sort key', (_kind, page) => {
    const { body, fields } = searchAttributes(page);
    expect(body).toEqual({ 'data-pagefind-body': '' });
    expect(values(fields, 'sort').map(([k]) => k)).toEqual([...SEARCH_SORT_KEYS]);
    for (const [, v] of values(fields, 'sort')) expect(v).not.toBe('');
  });

  it('an action carries one filter element per facet value, values in attributes (commas and colons kept)', () => {
    const filters = values(searchAttributes(pages.action).fields, 'filter');
    expect(new Set(filters.map(([k]) => k))).toEqual(new Set(FACET_KEYS));
    expect(filters).toContainEqual(['axis', 'Ville — Axe 1 : Se déplacer']);
    expect(filters).toContainEqual(['axis', 'Ville — Axe 2 : Habiter']);
    expect(filters).toContainEqual(['pilot', 'Service éducation']);
  });

  it('a node page has no status, pilot, partner or issue filter', () => {
    const keys = new Set(values(searchAttributes(pages.node).fields, 'filter').map(([k]) => k));
    expect(keys).toEqual(new Set(['plan', 'type', 'axis', 'indicators']));
  });

  it('meta for the result line: title with code, plan, axes, status', () => {
    expect(Object.fromEntries(values(searchAttributes(pages.action).fields, 'meta'))).toEqual({
      title: '1.1.10 Écoles à vélo',
      kind: 'Action',
      plan: 'Ville',
      axis: 'Axe 1 : Se déplacer ; Axe 2 : Habiter',
      status: 'Réalisé',
    });
    expect(Object.fromEntries(values(searchAttributes(pages.node).fields, 'meta')).title).toBe('Objectif 1.1 : Pédaler');
  });

  it('marks fictional plans', () => {
    const fictional = villePlan({ fictional: true });
    const meta = Object.fromEntries(values(searchAttributes(actionSearchData(fictional, fictional.actions.get('x1')!, 'fr')).fields, 'meta'));
    expect(meta.fictional).toBe('oui');
  });

  it('sort values: plan order first, folded titles without code or level word, "~" for no code', () => {
    // « Sort by title » orders titles, not codes again: « Écoles à vélo » among the É, « Pédaler » among the P.
    expect(Object.fromEntries(values(searchAttributes(pages.node).fields, 'sort'))).toEqual({ code: '0002 000001.000001', title: 'pedaler' });
    expect(Object.fromEntries(values(searchAttributes(pages.action).fields, 'sort'))).toEqual({ code: '0002 000001.000001.000010', title: 'ecoles a velo' });
    const noCode = actionSearchData(index, index.actions.get('x4')!, 'fr');
    expect(Object.fromEntries(values(searchAttributes(noCode).fields, 'sort')).code).toBe('0002 ~');
  });
});

describe('sortableCode', () => {
  it.each([
    ['1.1.2', '000001.000001.000002'],
    ['1.1.10', '000001.000001.000010'],
    ['A-3', 'a-000003'],
    ['', '~'],
    [undefined, '~'],
  ])('%s → %s', (code, expected) => {
    expect(sortableCode(code)).toBe(expected);
  });
  it('sorts 1.1.2 before 1.1.10 as plain strings', () => {
    expect(sortableCode('1.1.2') < sortableCode('1.1.10')).toBe(true);
  });
});
