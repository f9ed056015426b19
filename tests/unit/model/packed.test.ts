import { describe, expect, it } from 'vitest';
import { packPlan, unpackPlan } from '../../../src/lib/model/packed';
import { indexPlan } from '../../../src/lib/model/queries';
import { fixturePlan } from './fixture-plan';

describe('packPlan / unpackPlan', () => {
  it('gives back an equal plan, keys in the same order, undefined fields kept', () => {
    const plan = fixturePlan();
    const again = unpackPlan(packPlan(plan));
    expect(again).toStrictEqual(plan);
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
    expect(Object.keys(again)).toEqual(Object.keys(plan));
    for (const [i, action] of plan.actions.entries()) expect(Object.keys(again.actions[i])).toEqual(Object.keys(action));
  });

  it('makes new objects each time but shares the metadata', () => {
    const packed = packPlan(fixturePlan());
    const a = unpackPlan(packed);
    const b = unpackPlan(packed);
    expect(a.actions[0]).not.toBe(b.actions[0]);
    expect(a.meta).toBe(packed.meta);
    expect(b.meta).toBe(packed.meta);
  });

  it('counts the actions and indexes the same as the original', () => {
    const plan = fixturePlan();
    const packed = packPlan(plan);
    expect(packed.actionCount).toBe(plan.actions.length);
    expect(packed.ids.actions).toEqual(plan.actions.map((a) => a.id));
    expect(packed.ids.nodes).toEqual(plan.nodes.map((n) => ({ level: n.level, id: n.id })));
    expect(packed.ids.indicators).toEqual(plan.indicators.map((i) => i.id));
    const index = indexPlan(unpackPlan(packed));
    const original = indexPlan(plan);
    expect([...index.byAction.keys()]).toEqual([...original.byAction.keys()]);
    expect(index.byAction.get('a1')).toStrictEqual(original.byAction.get('a1'));
  });
});
