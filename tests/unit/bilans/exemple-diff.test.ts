/**
 * The « depuis le bilan précédent » diff of the fictional plan's two bilans lists exactly the
 * changes scripted when they were cut (tests/fixtures/bilans/exemple-changes.ts), read from the
 * committed release files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReleases } from '../../../src/lib/bilans/diff';
import { readRelease } from '../../../src/lib/bilans/read';
import { EXEMPLE_BILANS, EXEMPLE_SCRIPTED_CHANGES } from '../../fixtures/bilans/exemple-changes';

const data = join(import.meta.dirname, '../../../data');
const release = (id: string) => readRelease(data, 'exemple', { id, title: `Bilan ${id}`, date: '' });
const diff = diffReleases(release(EXEMPLE_BILANS.before), release(EXEMPLE_BILANS.after));
const scripted = (kind: string) => EXEMPLE_SCRIPTED_CHANGES.filter((c) => c.kind === kind);

describe('diff of the two exemple bilans', () => {
  it('lists exactly the scripted state changes', () => {
    expect(diff.statusChanges.map((c) => [c.action.id, c.from, c.to])).toEqual(
      scripted('status').map((c) => [c.id, c.cells.status.before, c.cells.status.after]),
    );
  });

  it('lists exactly the scripted new actions, and no withdrawn one', () => {
    expect(diff.added.map((a) => [a.id, a.title])).toEqual(scripted('new-action').map((c) => [c.id, c.cells.title.after]));
    expect(diff.withdrawn).toEqual([]);
  });

  it('lists exactly the scripted indicator values', () => {
    expect(diff.indicatorChanges.map((c) => [c.id, c.year, c.type, c.from, c.to])).toEqual(
      scripted('indicator').map((c) => [c.id, c.year, c.type, c.cells.value.before, c.cells.value.after]),
    );
  });

  it('lists exactly the scripted budgets', () => {
    expect(diff.budgetChanges.map((c) => [c.actionId, c.line, c.field, c.from, c.to])).toEqual(
      scripted('budget').map((c) => [c.id, undefined, 'budget', c.cells.budget_raw.before, c.cells.budget_raw.after]),
    );
  });

  it('covers every scripted change', () => {
    expect(EXEMPLE_SCRIPTED_CHANGES.map((c) => c.kind).sort()).toEqual(['budget', 'indicator', 'new-action', 'status']);
  });
});
