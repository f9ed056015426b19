import { describe, expect, it } from 'vitest';
import { actionRowsGrouped, planRows, type Row, type TableRows } from '../../../src/lib/export/rows';
import { fixturePlan } from '../model/fixture-plan';

const rows = planRows(fixturePlan(), { siteUrl: 'https://example.org/' });
const rowsOf = actionRowsGrouped(rows);

/** The reference: each table filtered for one action, as the per-action download is defined. */
function filtered(actionId: string): TableRows {
  const indicatorIds = new Set(rows.indicators.filter((r) => r.action === actionId).map((r) => r.id));
  const of = (table: Row[]) => table.filter((r) => r.action === actionId);
  return {
    plans: rows.plans,
    hierarchy: [],
    actions: rows.actions.filter((r) => r.id === actionId),
    action_parents: of(rows.action_parents),
    subactions: of(rows.subactions),
    partners: of(rows.partners),
    indicators: of(rows.indicators),
    indicator_values: rows.indicator_values.filter((r) => indicatorIds.has(r.indicator as string)),
    budget_lines: of(rows.budget_lines),
    updates: of(rows.updates),
    extra_fields: rows.extra_fields.filter((r) => r.entity === 'action' && r.id === actionId),
  };
}

describe('actionRowsGrouped (the rows of each action download)', () => {
  it.each(['a1', 'a2', 'a3', 'a4', 'inconnue'])('gives %s the same rows, in the same order, as filtering every table', (id) => {
    expect(rowsOf(id)).toEqual(filtered(id));
  });

  it("keeps the action's own rows and only those", () => {
    const a1 = rowsOf('a1');
    expect(a1.subactions.map((r) => r.id)).toEqual(['s1', 's3']);
    expect(a1.indicator_values.map((r) => r.indicator)).toEqual(['i4', 'i1', 'i1']);
    expect(a1.action_parents.map((r) => r.action)).toEqual(['a1']);
  });
});
