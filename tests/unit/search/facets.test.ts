import { describe, expect, it } from 'vitest';
import { actionFacets, facetCounts, facetValueLabel, indicatorFacets, nodeFacets, HAS_INDICATORS, NOT_GIVEN, PAGE_TYPES, FACET_KEYS } from '../../../src/lib/search/facets';
import { messages } from '../../../src/lib/i18n';
import { villePlan } from './plan-builder';

const index = villePlan();
const facetsOf = (id: string) => actionFacets(index, index.actions.get(id)!);

describe('actionFacets', () => {
  it('gives every facet of an action, with the words readers see', () => {
    expect(facetsOf('x1')).toEqual({
      plan: ['Ville'],
      type: [PAGE_TYPES.action],
      axis: ['Ville — Axe 1 : Se déplacer'],
      status: ['En cours'],
      pilot: ['Service mobilité'],
      partner: ['ADEME'],
      issue: ['Atténuation'],
      indicators: [HAS_INDICATORS.yes],
    });
  });

  it.each([
    ['an action under two axes belongs to both', 'x2', 'axis', ['Ville — Axe 1 : Se déplacer', 'Ville — Axe 2 : Habiter']],
    ["sub-action pilots count as the action's pilots, each once", 'x2', 'pilot', ['Service éducation']],
    ["sub-action partners count, each name once", 'x2', 'partner', ['Association Vélo', 'ADEME']],
    ['an empty pilot is "Non renseigné"', 'x3', 'pilot', [NOT_GIVEN]],
    ['no partner is "Non renseigné"', 'x3', 'partner', [NOT_GIVEN]],
    ['both climate issues', 'x3', 'issue', ['Atténuation', 'Adaptation']],
    ['no climate issue is "Non renseigné"', 'x4', 'issue', [NOT_GIVEN]],
    ['no indicator', 'x4', 'indicators', [HAS_INDICATORS.no]],
    ['an empty status is the canonical "Non renseigné"', 'x4', 'status', ['Non renseigné']],
  ] as const)('%s', (_name, id, key, expected) => {
    expect(facetsOf(id)[key]).toEqual(expected);
  });

  it('uses the full title when the plan has no short title', () => {
    const plain = villePlan({ shortTitle: undefined });
    expect(actionFacets(plain, plain.actions.get('x1')!).plan).toEqual(['Plan climat de la Ville']);
  });
});

describe('nodeFacets and indicatorFacets', () => {
  it('a node carries plan, type, its axis and indicators; the action facets stay empty', () => {
    expect(nodeFacets(index, index.nodes.get('o11')!)).toEqual({
      plan: ['Ville'],
      type: [PAGE_TYPES.node],
      axis: ['Ville — Axe 1 : Se déplacer'],
      status: [],
      pilot: [],
      partner: [],
      issue: [],
      indicators: [HAS_INDICATORS.yes],
    });
  });

  it('an indicator takes the axis of the action or node it follows', () => {
    expect(indicatorFacets(index, index.plan.indicators[0]).axis).toEqual(['Ville — Axe 1 : Se déplacer']);
    expect(indicatorFacets(index, index.plan.indicators[1]).axis).toEqual(['Ville — Axe 2 : Habiter']);
    expect(indicatorFacets(index, index.plan.indicators[1]).type).toEqual([PAGE_TYPES.indicator]);
  });

  it('every page type has every facet key', () => {
    for (const f of [facetsOf('x1'), nodeFacets(index, index.nodes.get('a1')!), indicatorFacets(index, index.plan.indicators[0])]) {
      expect(Object.keys(f).sort()).toEqual([...FACET_KEYS].sort());
    }
  });
});

describe('facetCounts', () => {
  const items = [
    { status: ['En cours'], pilot: ['A'] },
    { status: ['En cours'], pilot: ['B'] },
    { status: ['Réalisé'], pilot: ['A', 'B'] },
    { status: ['À venir'], pilot: [] },
  ];
  type Sel = Partial<Record<'status' | 'pilot', string[]>>;
  const run = (sel: Sel) =>
    facetCounts(items, (i, key) => !sel[key] || items[i][key].some((v) => sel[key]!.includes(v)), ['status', 'pilot'] as const);
  const plain = (m: Map<string, number>) => Object.fromEntries(m);

  it.each<[string, Sel, Record<string, number>, Record<string, number>]>([
    ['nothing selected: plain counts', {}, { 'En cours': 2, Réalisé: 1, 'À venir': 1 }, { A: 2, B: 2 }],
    // Ticking "En cours" keeps the other statuses' counts (OR within the facet) and narrows the pilots.
    ['one status selected', { status: ['En cours'] }, { 'En cours': 2, Réalisé: 1, 'À venir': 1 }, { A: 1, B: 1 }],
    ['a status and a pilot', { status: ['En cours'], pilot: ['A'] }, { 'En cours': 1, Réalisé: 1 }, { A: 1, B: 1 }],
  ])('%s', (_name, sel, status, pilot) => {
    const counts = run(sel);
    expect(plain(counts.status)).toEqual(status);
    expect(plain(counts.pilot)).toEqual(pilot);
  });
});

describe('facet values in the reader\'s words', () => {
  const words = (language: 'fr' | 'nl' | 'en') => ({ search: messages(language).search, statusNames: messages(language).status.names });

  it.each([
    ['status', 'En cours', 'nl', messages('nl').status.names.en_cours],
    ['status', 'En cours', 'fr', 'En cours'],
    ['type', PAGE_TYPES.indicator, 'en', 'Indicator'],
    ['indicators', HAS_INDICATORS.no, 'nl', 'Zonder indicator'],
    ['issue', 'Atténuation', 'en', 'Mitigation'],
    ['pilot', NOT_GIVEN, 'en', 'Not stated'],
    // A plan's own values stay as published.
    ['pilot', 'Service Environnement', 'nl', 'Service Environnement'],
    ['axis', 'Val-Fictif — Axe 1 : Habiter', 'en', 'Val-Fictif — Axe 1 : Habiter'],
  ] as const)('%s « %s » reads in %s as « %s »', (key, value, language, shown) => {
    expect(facetValueLabel(key, value, words(language))).toBe(shown);
  });
});

it('names the unknown state as the status catalogue does, not as an empty field', () => {
  const words = { search: messages('en').search, statusNames: messages('en').status.names };
  expect(facetValueLabel('status', 'Non renseigné', words)).toBe(messages('en').status.names.non_renseigne);
});
