import { describe, expect, it } from 'vitest';
import { actionOfRow, diffTable, lineDelta } from '../../../src/lib/history/diff';

const action = (id: string, fields: Record<string, string> = {}) => ({ id, title: `Action ${id}`, status: 'En cours', budget: '1,2 M€', ...fields });

describe('diffTable', () => {
  const cases: { name: string; table: Parameters<typeof diffTable>[0]; before?: Record<string, string>[]; after?: Record<string, string>[]; expected: object[] }[] = [
    {
      name: 'a status change is one modification of one field',
      table: 'actions',
      before: [action('a1'), action('a2')],
      after: [action('a1', { status: 'Réalisé' }), action('a2')],
      expected: [{ entity: 'actions', entityId: 'a1', kind: 'modification', field: 'status', old: 'En cours', new: 'Réalisé' }],
    },
    {
      name: 'a budget change keeps the raw text as published',
      table: 'actions',
      before: [action('a1')],
      after: [action('a1', { budget: '1,4 M€' })],
      expected: [{ field: 'budget', old: '1,2 M€', new: '1,4 M€' }],
    },
    {
      name: 'rows are matched by key, not by position',
      table: 'actions',
      before: [action('a1'), action('a2')],
      after: [action('a2'), action('a1')],
      expected: [],
    },
    {
      name: 'a new and a removed row are named by their label',
      table: 'subactions',
      before: [{ id: 's1', action: 'a1', title: 'Ancienne' }],
      after: [{ id: 's2', action: 'a1', title: 'Nouvelle' }],
      expected: [
        { entityId: 's2', kind: 'ajout', new: 'Nouvelle', old: '' },
        { entityId: 's1', kind: 'retrait', old: 'Ancienne', new: '' },
      ],
    },
    {
      name: 'composite keys join their columns',
      table: 'indicator_values',
      before: [],
      after: [{ indicator: 'km', year: '2025', type: 'resultat', value: '8.2' }],
      expected: [{ entity: 'indicator_values', entityId: 'km|2025|resultat', kind: 'ajout', new: '8.2' }],
    },
    {
      name: 'a table created from nothing adds every row',
      table: 'partners',
      after: [{ id: 'p1', action: 'a1', name: 'ADEME', role: 'financier' }],
      expected: [{ entityId: 'p1', kind: 'ajout', new: 'ADEME' }],
    },
    {
      name: 'an old version without a column diffs as an empty cell, surrounding spaces ignored',
      table: 'actions',
      before: [{ id: 'a1', title: 'T ' }],
      after: [{ id: 'a1', title: 'T', pilot: 'Service' }],
      expected: [{ field: 'pilot', old: '', new: 'Service' }],
    },
    {
      name: 'rows without a key and duplicated keys of an invalid old version never throw',
      table: 'actions',
      before: [{ id: '', title: 'x' }, action('a1'), action('a1', { status: 'Abandonné' })],
      after: [action('a1')],
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const changes = diffTable(c.table, c.before, c.after);
      expect(changes).toHaveLength(c.expected.length);
      c.expected.forEach((e, i) => expect(changes[i]).toMatchObject(e));
    });
  }
});

describe('lineDelta', () => {
  it.each([
    ['a\nb\nc', 'a\nb\nc', 0, 0],
    ['a\nb', 'a\nb\nc\nd', 2, 0],
    ['a\nb\nc', 'a\nx', 1, 2],
  ])('%j → %j: +%i −%i', (before, after, added, removed) => {
    expect(lineDelta(before, after)).toEqual({ added, removed });
  });
});

describe('actionOfRow', () => {
  const indicators = new Map([['km', 'a7']]);
  it.each([
    ['actions', 'a1', {}, 'a1'],
    ['fiche', 'a1', {}, 'a1'],
    ['subactions', 's1', { action: 'a2' }, 'a2'],
    ['indicator_values', 'km|2025|resultat', { indicator: 'km' }, 'a7'],
    ['indicator_values', 'ges|2025|resultat', { indicator: 'ges' }, undefined],
    ['hierarchy', 'ax1', { action: 'a1' }, undefined],
  ] as const)('%s %s → %s', (entity, id, row, expected) => {
    expect(actionOfRow(entity, id, row, indicators)).toBe(expected);
  });
});
