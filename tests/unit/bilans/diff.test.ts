import { describe, expect, it } from 'vitest';
import { diffReleases, isEmptyDiff } from '../../../src/lib/bilans/diff';
import { fixtureRelease } from './release-fixture';

const older = fixtureRelease('val-test', '2024');
const newer = fixtureRelease('val-test', '2025');
const diff = diffReleases(older, newer);

describe('diffReleases', () => {
  it('lists the actions whose state changed, with the plan wording', () => {
    // a4 had only its wording in 2024 (« En cours »): the same state, not a change.
    expect(diff.statusChanges.map((c) => [c.action.id, c.from, c.to, c.fromLabel, c.toLabel])).toEqual([['a1', 'en_cours', 'realise', 'En cours', 'Terminé']]);
  });

  it('lists new and withdrawn actions', () => {
    expect(diff.added.map((a) => a.id)).toEqual(['a5']);
    expect(diff.withdrawn.map((a) => a.id)).toEqual(['a3']);
  });

  it('lists indicator values that moved or appeared, not a number rewritten (12 → 12.0)', () => {
    expect(diff.indicatorChanges.map((c) => [c.id, c.year, c.type, c.from, c.to])).toEqual([
      ['km', '2023', 'resultat', '15', '16'],
      ['km', '2024', 'resultat', undefined, '21'],
    ]);
    expect(diff.indicatorChanges[0].indicator?.label).toBe('Kilomètres de pistes');
  });

  it('lists the budgets that changed: an action\'s budget, then lines changed, added or withdrawn', () => {
    expect(diff.budgetChanges.map((c) => [c.actionId, c.line && Object.values(c.line).join('/'), c.field, c.from, c.to])).toEqual([
      ['a1', undefined, 'budget', '10 000 €', '12 000 €'],
      ['a1', '2023/investissement/prevu', 'amount', '5000', '6000'],
      ['a1', '2024/investissement/realise', 'amount', undefined, '3000'],
      ['a3', '2023/fonctionnement/prevu', 'amount', '1000', undefined],
    ]);
    // The withdrawn action's line still names it, from the older release.
    expect(diff.budgetChanges[3].action?.title).toBe('Rénovation des écoles');
  });

  it('finds nothing between a release and itself, nor in a column only one exporter wrote', () => {
    expect(isEmptyDiff(diffReleases(newer, newer))).toBe(true);
    const withoutBudget = { ...newer, tables: { ...newer.tables, actions: newer.tables.actions.map(({ budget_raw: _, ...row }) => row) } };
    expect(diffReleases(withoutBudget, newer).budgetChanges.filter((c) => !c.line)).toEqual([]);
  });
});
