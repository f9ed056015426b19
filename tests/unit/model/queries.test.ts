import { describe, expect, it } from 'vitest';
import { actionsUnder, childrenOf, indexPlan } from '../../../src/lib/model/queries';
import { fixturePlan } from './fixture-plan';

const plan = fixturePlan();
const index = indexPlan(plan);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('indexPlan', () => {
  it('is built once per plan', () => {
    expect(indexPlan(plan)).toBe(index);
  });

  it.each([
    ['a1', { subactions: ['s1', 's3'], partners: ['p1', 'p3', 'p4', 'p5'], indicators: ['i1', 'i4'], budgetLines: [2024, 2022], updates: ['u3', 'u1'] }],
    ['a2', { subactions: ['s2'], partners: ['p2'], indicators: ['i3'], budgetLines: [2023], updates: ['u2'] }],
    ['a3', { subactions: [], partners: [], indicators: [], budgetLines: [], updates: [] }],
    ['inconnue', { subactions: [], partners: [], indicators: [], budgetLines: [], updates: [] }],
  ])('groups the child rows of %s by action, as filtering each table would', (action, expected) => {
    const c = childrenOf(index, action);
    expect({
      subactions: ids(c.subactions),
      partners: ids(c.partners),
      indicators: ids(c.indicators),
      budgetLines: c.budgetLines.map((b) => b.year),
      updates: ids(c.updates),
    }).toEqual(expected);
    // The reference: what a page used to compute by filtering the whole tables.
    expect(c.subactions).toEqual(plan.subactions.filter((s) => s.action === action));
    expect(c.partners).toEqual(plan.partners.filter((p) => p.action === action));
    expect(c.updates).toEqual(plan.updates.filter((u) => u.action === action));
  });

  it("gives an action the values of its own indicators only, in the table's order", () => {
    expect(childrenOf(index, 'a1').indicatorValues.map((v) => `${v.indicator}/${v.year}`)).toEqual(['i4/2020', 'i1/2020', 'i1/2021']);
    expect(index.valuesByIndicator.get('i1')?.map((v) => v.year)).toEqual([2020, 2021]);
  });

  it('groups indicators by node and looks them up by id', () => {
    expect(ids(index.indicatorsByNode.get('ob1') ?? [])).toEqual(['i2']);
    expect(index.indicators.get('i3')?.label).toBe('Bâtiments');
  });
});

describe('actionsUnder', () => {
  it.each([
    ['ax1', ['a1', 'a2', 'a4']],
    ['ob2', ['a2', 'a4']],
    ['ax2', ['a3']],
  ])('lists every action under %s once, in plan order', (node, expected) => {
    expect(ids(actionsUnder(index, index.nodes.get(node)!))).toEqual(expected);
  });

  it('is computed once per node, and its shared list cannot be reordered by a caller', () => {
    const node = index.nodes.get('ax1')!;
    const first = actionsUnder(index, node);
    expect(actionsUnder(index, node)).toBe(first);
    expect(() => first.sort()).toThrow();
  });
});
