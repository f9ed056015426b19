import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../src/lib/history/changes';
import { actionTimeline, commitUrl, kindsOf, preferPlanReporting } from '../../../src/lib/history/describe';
import { changeFeedEntries } from '../../../src/lib/history/feed';
import { changeYears, planBlocks } from '../../../src/lib/history/plan-log';
import { changeRows } from '../../../src/lib/export/changes';
import { atomFeed } from '../../../src/lib/export/atom';
import { indexPlan } from '../../../src/lib/model/queries';
import { fixturePlan } from '../model/fixture-plan';

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

const history: PlanChange[] = [
  change({ commit: 'c0', date: '2025-01-05', kind: 'ajout', field: '', old: '', new: 'Action un' }),
  change({ commit: 'c0', date: '2025-01-05', entityId: 'a2', actionId: 'a2', kind: 'ajout', field: '', old: '', new: 'Action deux' }),
  change({ commit: 'c1', entity: 'updates', entityId: 'u1', kind: 'ajout', field: '', old: '', new: '2026-03-10', row: { id: 'u1', action: 'a1', date: '2026-03-10', status: 'Réalisé', note: 'Travaux finis.', source: 'Rapport 2026' } }),
  change({ commit: 'c1', note: 'Vu en conseil.' }),
  change({ commit: 'c1', field: 'budget', old: '1,2 M€', new: '1,4 M€', note: 'Vu en conseil.' }),
  change({ commit: 'c2', date: '2026-04-01', entityId: 'a2', actionId: 'a2', kind: 'retrait', field: '', old: 'Action deux', new: '' }),
];

describe('preferPlanReporting', () => {
  it('shows a status change recorded both as an updates row and in actions.csv once, the plan’s reporting first', () => {
    const kept = preferPlanReporting(history.filter((c) => c.commit === 'c1'));
    expect(kept.map((c) => `${c.entity}:${c.field}`)).toEqual(['updates:', 'actions:budget']);
  });
  it('keeps a status change that no updates row reports', () => {
    expect(preferPlanReporting([change({})])).toHaveLength(1);
  });
});

describe('kinds and blocks', () => {
  it.each([
    [change({}), ['etat']],
    [change({ field: 'budget' }), ['budget']],
    [change({ field: 'end' }), ['dates']],
    [change({ kind: 'ajout', field: '' }), ['nouvelles-actions']],
    [change({ kind: 'retrait', field: '' }), ['actions-retirees']],
    [change({ entity: 'indicator_values', field: 'value' }), ['indicateurs']],
    [change({ field: 'title' }), []],
  ])('%o is of kinds %j', (c, kinds) => {
    expect(kindsOf(c)).toEqual(kinds);
  });

  const index = indexPlan(fixturePlan());
  it('groups by day then action, newest day first, filtered by kind or year', () => {
    const all = planBlocks(history, undefined, index.actionOrder);
    expect(all.map((b) => `${b.date} ${b.actionId} ${b.lines.length}`)).toEqual(['2026-04-01 a2 1', '2026-03-12 a1 2', '2025-01-05 a1 1', '2025-01-05 a2 1']);
    expect(all[1].notes).toEqual(['Vu en conseil.']);
    expect(planBlocks(history, { kind: 'etat' }, index.actionOrder).map((b) => b.lines)).toEqual([["Point d'étape du 10 mars 2026 — état : Réalisé — Travaux finis. (source : Rapport 2026)"]]);
    expect(planBlocks(history, { year: '2025' }, index.actionOrder)).toHaveLength(2);
    expect(changeYears(history)).toEqual(['2026', '2025']);
  });

  it('an action’s timeline is newest first, one group per commit', () => {
    const t = actionTimeline(history.filter((c) => c.actionId === 'a1'));
    expect(t.map((g) => [g.date, g.lines.length])).toEqual([
      ['2026-03-12', 2],
      ['2025-01-05', 1],
    ]);
  });

  it('the CSV rows are newest commit first, raw values kept', () => {
    const rows = changeRows(history);
    expect(rows[0]).toMatchObject({ date: '2026-04-01', commit: 'c2', entity: 'actions', entity_id: 'a2', change: 'retrait', field: null, old_value: 'Action deux' });
    expect(rows.find((r) => r.field === 'budget')).toMatchObject({ old_value: '1,2 M€', new_value: '1,4 M€', public_note: 'Vu en conseil.' });
  });

  it('the plan’s feed carries the changes, not the updates rows it already has', () => {
    const entries = changeFeedEntries(history, index);
    expect(entries.map((e) => e.date)).toEqual(['2026-04-01', '2026-03-12', '2025-01-05', '2025-01-05']);
    expect(entries[1]).toMatchObject({ date: '2026-03-12', title: '1 Action un : Budget : « 1,2 M€ » → « 1,4 M€ »' });
    expect(entries.some((e) => /Point d'étape/.test(e.summary))).toBe(false);
    const xml = atomFeed({ siteUrl: 'https://x.test/', path: 'test/flux.atom', page: 'test/', title: 't', subtitle: 's', author: 'a', withPlan: false, events: [], changes: entries });
    expect(xml).toContain('<title>1 Action un : Budget : « 1,2 M€ » → « 1,4 M€ »</title>');
    expect(xml).toContain('<updated>2026-04-01T00:00:00Z</updated>');
  });
});

describe('commitUrl', () => {
  it.each([
    [undefined, undefined],
    ['https://gitlab.example/org/repo/-/commit/', 'https://gitlab.example/org/repo/-/commit/abc123'],
    ['https://forge.example/c?id={commit}&v=1', 'https://forge.example/c?id=abc123&v=1'],
  ])('%s → %s', (base, expected) => {
    expect(commitUrl(base, 'abc123')).toBe(expected);
  });
});
