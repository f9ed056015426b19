// The history in the reader's language: field names and sentences from the catalogue, values as
// the plan published them.
import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../src/lib/history/changes';
import { actionTimeline, describe as describeChange } from '../../../src/lib/history/describe';
import { planBlocks } from '../../../src/lib/history/plan-log';
import { reportUrl } from '../../../src/lib/history';

const plain = (s: string | undefined) => s?.replace(/[\u202f\u00a0]/g, ' ');
const change = (c: Partial<PlanChange>): PlanChange => ({
  plan: 'test',
  commit: 'c1',
  date: '2026-03-12',
  entity: 'actions',
  entityId: 'a1',
  actionId: 'a1',
  kind: 'modification',
  field: 'status',
  old: 'En cours',
  new: 'Réalisé',
  note: '',
  row: {},
  ...c,
});

describe('change sentences in Dutch and English', () => {
  it('names the field in the reader’s language and keeps the plan’s values as published', () => {
    expect(describeChange(change({}), undefined, 'nl')).toBe('Status: En cours → Réalisé');
    expect(describeChange(change({}), undefined, 'en')).toBe('Status: En cours → Réalisé');
    expect(describeChange(change({}))).toBe('État : En cours → Réalisé');
    expect(describeChange(change({ field: 'budget_investment', old: '', new: '1,2 M€' }), undefined, 'nl')).toBe('Investeringsbudget ingevuld: “1,2 M€”');
    expect(describeChange(change({ field: 'pilot', old: 'Service voirie', new: '' }), undefined, 'en')).toBe('Lead cleared (was ‘Service voirie’)');
  });

  it('tells the plan’s own reporting with a date in the reader’s locale', () => {
    const update = change({ entity: 'updates', entityId: 'u1', kind: 'ajout', field: '', old: '', new: '', row: { date: '2026-03-10', status: 'Réalisé', progress: '100', source: 'Rapport 2026' } });
    expect(describeChange(update, undefined, 'en')).toBe('Progress report of 10 March 2026 — status: Réalisé, progress: 100% (source: Rapport 2026)');
    expect(describeChange(update, undefined, 'nl')).toBe('Voortgangsrapport van 10 maart 2026 — status: Réalisé, voortgang: 100% (bron: Rapport 2026)');
  });

  it('writes amounts and indicator values with the reader’s locale', () => {
    const line = change({ entity: 'budget_lines', entityId: 'b1', field: 'amount', old: '1500', new: '2500', row: { year: '2025', section: 'investissement', kind: 'prevu' } });
    expect(plain(describeChange(line, undefined, 'nl'))).toBe('Begrotingslijn 2025 (investissement, gepland): € 1.500 → € 2.500');
    const value = change({ entity: 'indicator_values', entityId: 'v1', kind: 'ajout', field: '', old: '', new: '', row: { indicator: 'km', type: 'resultat', year: '2024', value: '1234.5' } });
    expect(plain(describeChange(value, () => ({ label: 'km de pistes', unit: 'km' }), 'en'))).toBe('Indicator km de pistes: result 2024 added (1,234.5 km)');
  });

  it('lists what came with a newly published action the way the language lists', () => {
    const publication = [
      change({ commit: 'c0', kind: 'ajout', field: '', old: '', new: 'Action un' }),
      change({ commit: 'c0', entity: 'partners', entityId: 'p1', kind: 'ajout', field: '', old: '', new: '' }),
      change({ commit: 'c0', entity: 'partners', entityId: 'p2', kind: 'ajout', field: '', old: '', new: '' }),
      change({ commit: 'c0', entity: 'indicators', entityId: 'i1', kind: 'ajout', field: '', old: '', new: '' }),
    ];
    expect(actionTimeline(publication, undefined, 'en')[0].lines).toEqual(['Action published on this site, with 2 partners and 1 indicator']);
    expect(actionTimeline(publication, undefined, 'nl')[0].lines).toEqual(['Actie op deze site gepubliceerd, met 2 partners en 1 indicator']);
    expect(actionTimeline(publication)[0].lines).toEqual(['Action publiée sur ce site, avec 2 partenaires et 1 indicateur']);
  });

  it('groups the changes page’s blocks in the reader’s language', () => {
    const blocks = planBlocks([change({}), change({ field: 'end', old: '2025', new: '2026' })], undefined, new Map([['a1', 0]]), undefined, 'nl');
    expect(blocks[0].lines).toEqual(['Status: En cours → Réalisé', 'Einddatum: 2025 → 2026']);
  });

  it('prefills the error report in the reader’s language', () => {
    const url = reportUrl('contact@example.org', { plan: 'PCAET', action: '1.1 Vélo', page: 'https://x.example/en/p/' }, 'en')!;
    expect(decodeURIComponent(url.split('subject=')[1].split('&')[0])).toBe('Error on the page ‘1.1 Vélo’ (PCAET)');
  });
});

describe('a change of a translation column', () => {
  const translationChange = (field: string) => ({ entity: 'actions', kind: 'modification', field, old: '', new: 'Scholen renoveren', entityId: 'a1', row: {} }) as unknown as PlanChange;

  it('is told to the readers of its language, naming the field and the language', () => {
    expect(describeChange(translationChange('title_nl'), undefined, 'nl')).toBe('Titel (Nederlands) ingevuld: “Scholen renoveren”');
    expect(describeChange(translationChange('title_en'), undefined, 'en')).toMatch(/^Title \(English\) added/);
    expect(describeChange(translationChange('data_source_nl'), undefined, 'nl')).toMatch(/^Gegevensbron \(Nederlands\) ingevuld/);
  });

  it('is left out for the readers of other languages (changements.csv keeps it)', () => {
    expect(describeChange(translationChange('title_nl'), undefined, 'fr')).toBeUndefined();
    expect(describeChange(translationChange('title_nl'), undefined, 'en')).toBeUndefined();
    const list = [change({}), change({ field: 'pilot_en', old: '', new: 'Mobility Service' })];
    expect(actionTimeline(list)[0].lines).toEqual(['État : En cours → Réalisé']);
    expect(actionTimeline([list[1]])).toEqual([]);
    expect(planBlocks(list, undefined, new Map([['a1', 0]]))[0].lines).toEqual(['État : En cours → Réalisé']);
  });
});

describe('many translations of one action in one commit', () => {
  const fields = ['title_en', 'summary_en', 'pilot_en', 'targets_en'];
  const translated = fields.map((field) => change({ field, old: '', new: 'text' }));

  it('are told in one line to the readers of their language, where the first one was', () => {
    const list = [change({}), ...translated, change({ commit: 'c1', field: 'end', old: '2025', new: '2026' })];
    expect(actionTimeline(list, undefined, 'en')[0].lines).toEqual(['Status: En cours → Réalisé', 'English translation: 4 texts added or changed', 'End date: 2025 → 2026']);
    expect(planBlocks(list, undefined, new Map([['a1', 0]]), undefined, 'nl')[0].lines).toEqual(['Status: En cours → Réalisé', 'Einddatum: 2025 → 2026']);
    const dutch = fields.map((field) => change({ field: field.replace('_en', '_nl'), old: '', new: 'tekst' }));
    expect(planBlocks(dutch, undefined, new Map([['a1', 0]]), undefined, 'nl')[0].lines).toEqual(['Vertaling in het Nederlands: 4 teksten toegevoegd of gewijzigd']);
  });

  it('are told one by one up to three, and apart for each action', () => {
    expect(actionTimeline(translated.slice(0, 3), undefined, 'en')[0].lines).toHaveLength(3);
    const twoActions = [...translated.slice(0, 2), ...translated.slice(0, 2).map((c) => ({ ...c, actionId: 'a2', entityId: 'a2' }))];
    expect(planBlocks(twoActions, undefined, new Map([['a1', 0], ['a2', 1]]), undefined, 'en').map((b) => b.lines.length)).toEqual([2, 2]);
  });
});

describe('French agreement', () => {
  it('agrees « renseigné » and « effacé » with the field name', () => {
    expect(describeChange(change({ field: 'end', old: '', new: '2026' }))).toBe('Date de fin renseignée : 2026');
    expect(describeChange(change({ field: 'tags', old: '', new: 'vélo' }))).toBe('Thèmes renseignés : « vélo »');
    expect(describeChange(change({ field: 'targets', old: 'Collégiens', new: '' }))).toBe('Cibles effacées (était « Collégiens »)');
    expect(describeChange(change({ field: 'pilot', old: '', new: 'Service voirie' }))).toBe('Pilote renseigné : « Service voirie »');
    expect(describeChange(change({ entity: 'indicators', entityId: 'i1', field: 'unit', old: '', new: 'km', row: { label: 'Pistes' } }))).toMatch(/Unité renseignée : « km »/);
  });
});
