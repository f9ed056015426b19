import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../src/lib/model/queries';
import { actionView } from '../../../src/lib/view/action';
import { fixturePlan } from '../model/fixture-plan';

const index = indexPlan(fixturePlan());
const view = (id: string) => actionView(index, index.actions.get(id)!);

describe('actionView', () => {
  it('shows the parents, and the breadcrumb trail through the first one', () => {
    const v = view('a2');
    expect(v.parents.map((n) => n.id)).toEqual(['ob2', 'ob1']);
    expect(v.firstChain.map((n) => n.id)).toEqual(['ax1', 'ob2']);
    expect(view('a3').firstChain.map((n) => n.id)).toEqual(['ax2']);
  });

  it("lists the action's own sub-actions, indicators and updates, and budget lines by year", () => {
    const v = view('a1');
    expect(v.subactions.map((s) => s.title)).toEqual(['Mesure un', 'Mesure trois']);
    expect(v.indicators.map((i) => i.label)).toEqual(['Vélos', 'Arbres']);
    expect(v.budgetLines.map((b) => [b.year, b.amount])).toEqual([
      [2022, 20],
      [2024, 100],
    ]);
    expect(v.updates.map((u) => u.note)).toEqual(['Suite', 'Lancement']);
  });

  it.each([
    ['financier', undefined, ['Région', 'Europe']],
    ['partenaire', undefined, ['Association']],
    ['financier', 's3', ['État']],
    ['concertation', undefined, []],
  ] as const)('names the %s partners of %s', (role, sub, expected) => {
    expect(view('a1').byRole(role, sub).map((name) => name.text)).toEqual(expected);
  });

  it('links related actions of the plan, and writes the title and place as read', () => {
    const v = view('a1');
    expect(v.related.map((a) => a.id)).toEqual(['a3', 'a2']);
    expect(v.title).toBe('1 Action un');
    expect(v.place).toBe('Ville test — Gymnase');
    expect(view('a4').title).toBe('Action sans code');
    expect(view('a4').place).toBe('');
    expect(view('a4').subactions).toEqual([]);
  });
});

describe('actionView in the reader’s language', () => {
  const plan = fixturePlan();
  const a1 = plan.actions.find((a) => a.id === 'a1')!;
  a1.translations = { nl: { title: 'Actie een', pilot: 'Dienst Mobiliteit', carbon_gain: '2 500 t CO2e vermeden' } };
  Object.assign(a1, { pilot: 'Service mobilité', carbonGain: '2 500 t CO2e évitées', targets: 'Collégiens' });
  const region = plan.partners.find((p) => p.action === 'a1' && p.name === 'Région')!;
  region.translations = { nl: { name: 'Gewest' } };
  Object.assign(a1, { climateIssues: ['attenuation', 'autre'], energyEffects: ['renouvelables'] });
  const translated = indexPlan(plan);
  const inLanguage = (id: string, language: 'fr' | 'nl' | 'en') => actionView(translated, translated.actions.get(id)!, language);

  it('gives the plan’s translation of the title when there is one, else the original marked as French', () => {
    expect(inLanguage('a1', 'nl')).toMatchObject({ title: '1 Actie een', heading: { text: 'Actie een', lang: 'nl', translated: true } });
    expect(inLanguage('a1', 'en')).toMatchObject({ title: '1 Action un', heading: { text: 'Action un', lang: 'fr', translated: false } });
    expect(inLanguage('a1', 'fr').heading).toEqual({ text: 'Action un', lang: 'fr', translated: true });
  });

  it('gives the translated pilot, carbon gain and partner names, and the others marked as French', () => {
    const nl = inLanguage('a1', 'nl');
    expect(nl.pilot).toEqual({ text: 'Dienst Mobiliteit', lang: 'nl', translated: true });
    expect(nl.carbonGain).toEqual({ text: '2 500 t CO2e vermeden', lang: 'nl', translated: true });
    expect(nl.targets).toEqual({ text: 'Collégiens', lang: 'fr', translated: false });
    expect(nl.concertation).toBeUndefined();
    expect(nl.byRole('financier')).toEqual([
      { text: 'Gewest', lang: 'nl', translated: true },
      { text: 'Europe', lang: 'fr', translated: false },
    ]);
    expect(inLanguage('a1', 'fr').pilot).toEqual({ text: 'Service mobilité', lang: 'fr', translated: true });
  });

  it('names climate issues and energy effects in the reader’s language, unknown values as written', () => {
    expect(inLanguage('a1', 'fr').climateIssues).toEqual(['Atténuation', 'autre']);
    expect(inLanguage('a1', 'nl').climateIssues).toEqual(['Mitigatie', 'autre']);
    expect(inLanguage('a1', 'en').energyEffects).toEqual(['Renewable energy']);
  });

  it('calls the actions of a plan that does not name them in the reader’s language', () => {
    expect(inLanguage('a1', 'nl').words.action).toEqual({ singular: 'Actie', plural: 'Acties', lang: 'nl' });
    expect(inLanguage('a1', 'en').words.subaction).toEqual({ singular: 'Sub-action', plural: 'Sub-actions', lang: 'en' });
    expect(inLanguage('a1', 'fr').words.action).toEqual({ singular: 'Action', plural: 'Actions', lang: 'fr' });
  });
});
