import { describe, expect, it } from 'vitest';
import type { HierarchyNode, PlanMeta } from '../../../src/lib/model/types';
import { actionWords, levelWord, nodeShortName, nounFor, planName } from '../../../src/lib/view/plan-words';

const meta = (over: Partial<PlanMeta>): PlanMeta =>
  ({
    languages: ['fr', 'nl'],
    actionLabel: { singular: 'Action', plural: 'Actions', byDefault: true },
    subactionLabel: { singular: 'Sous-action', plural: 'Sous-actions', byDefault: true },
    ...over,
  }) as PlanMeta;

describe('actionWords', () => {
  it('keeps the words a plan gives its actions, marked with the plan’s language', () => {
    const own = meta({ actionLabel: { singular: 'Mesure', plural: 'Mesures' } });
    expect(actionWords(own, 'nl').action).toEqual({ singular: 'Mesure', plural: 'Mesures', lang: 'fr' });
    expect(actionWords(own, 'nl').subaction).toEqual({ singular: 'Deelactie', plural: 'Deelacties', lang: 'nl' });
  });
});

describe('levelWord', () => {
  const axe = { id: 'axe', label: 'Axe stratégique', plural: 'Axes stratégiques' };

  it('gives the plan’s translation of a level name when it has both forms', () => {
    const translated = { ...axe, translations: { nl: { label: 'Strategische as', plural: 'Strategische assen' } } };
    expect(levelWord(translated, meta({}), 'nl')).toEqual({ singular: 'Strategische as', plural: 'Strategische assen', lang: 'nl' });
  });

  it('keeps the original, marked French, when a form is missing', () => {
    const half = { ...axe, translations: { nl: { label: 'Strategische as' } } };
    expect(levelWord(half, meta({}), 'nl')).toEqual({ singular: 'Axe stratégique', plural: 'Axes stratégiques', lang: 'fr' });
  });
});

describe('nounFor', () => {
  const word = { singular: 'Action', plural: 'Actions', lang: 'en' as const };
  it.each<[number, string, string]>([
    [0, 'fr-FR', 'action'],
    [1, 'fr-FR', 'action'],
    [2, 'fr-FR', 'actions'],
    [0, 'en-GB', 'actions'],
    [1, 'nl-BE', 'action'],
  ])('%d in %s → %s', (count, locale, expected) => {
    expect(nounFor(count, word, locale)).toBe(expected);
  });
});

describe('planName and nodeShortName', () => {
  const own = meta({
    title: 'Plan climat',
    shortTitle: 'Climat',
    translations: { nl: { title: 'Klimaatplan' } },
    levels: [{ id: 'axe', label: 'Axe', plural: 'Axes', translations: { nl: { label: 'As', plural: 'Assen' } } }],
  });

  it('translates the title, and falls back on the original short title marked French', () => {
    expect(planName(own, 'nl').title).toEqual({ text: 'Klimaatplan', lang: 'nl', translated: true });
    expect(planName(own, 'nl').short).toEqual({ text: 'Climat', lang: 'fr', translated: false });
  });

  it('names a node by its level in the reader’s language and its code', () => {
    const node = { id: 'a1', level: 'axe', code: '1', title: 'Mobilité' } as HierarchyNode;
    expect(nodeShortName(node, own, 'nl')).toBe('As 1');
    expect(nodeShortName(node, own, 'fr')).toBe('Axe 1');
    expect(nodeShortName({ ...node, code: undefined }, own, 'en')).toBe('Mobilité');
  });
});
