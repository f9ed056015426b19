// Applying a published workbook's changes to the plan's CSV rows: a value the action's fiche gives
// (not its CSV row) is refused with the fiche to edit, never written into the CSV, where it would
// contradict the fiche (`npm run check`: « déjà renseigné … avec une autre valeur »).
import { describe, expect, it } from 'vitest';
import { applyToCsv, type UpdateResult } from '../../../src/lib/import/update';

const update = (changes: UpdateResult['changed']): UpdateResult => ({ tables: {}, changed: changes, added: [], missing: [], removed: false, updates: [], errors: [] });
const csv = { actions: [{ id: 'a1', title: 'Action un', targets: '' }] };

describe('applyToCsv', () => {
  it('writes a value of the CSV row', () => {
    const applied = applyToCsv(csv, update([{ table: 'actions', key: 'a1', label: 'a1', changes: [{ column: 'title', field: 'title', before: 'Action un', after: 'Action 1' }] }]), false, new Map([['a1', 'content/p/actions/a1.md']]));
    expect(applied.errors).toEqual([]);
    expect(applied.tables.actions).toEqual([{ id: 'a1', title: 'Action 1', targets: '' }]);
  });

  it('refuses a value that comes from the fiche, naming it', () => {
    const change = update([{ table: 'actions', key: 'a1', label: '1.1', changes: [{ column: 'targets', field: 'targets', before: 'Collégiens', after: 'Lycéens' }] }]);
    const applied = applyToCsv(csv, change, false, new Map([['a1', 'content/p/actions/a1.md']]));
    expect(applied.errors).toEqual(['1.1 : targets modifié(s), mais écrit(s) dans la fiche content/p/actions/a1.md, pas dans actions.csv : modifiez la fiche']);
    expect(applied.tables.actions).toEqual(csv.actions);
  });

  it('adds a value that neither the row nor the fiche gave, to the CSV row', () => {
    const change = update([{ table: 'actions', key: 'a1', label: 'a1', changes: [{ column: 'targets', field: 'targets', before: '', after: 'Lycéens' }] }]);
    expect(applyToCsv(csv, change, false, new Map([['a1', 'content/p/actions/a1.md']])).tables.actions).toEqual([{ id: 'a1', title: 'Action un', targets: 'Lycéens' }]);
  });
});
