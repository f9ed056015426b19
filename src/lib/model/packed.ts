/**
 * A validated plan kept as bytes between the pages that read it.
 *
 * A build renders every page of every plan in one process. Kept as objects, a thousand plans'
 * models and indexes stayed alive for the whole build (about 0.8 GB at 100 000 actions) while
 * each page only reads one plan. Packed (lib/pack), a plan is 30 to 40 times smaller and is made
 * whole again, in milliseconds, for the pages that read it (page-data/catalog keeps the last few).
 *
 * The metadata stays an object: portal, explorer and data pages list every plan by it.
 */
import { pack, unpack } from '../pack';
import type { Plan, PlanMeta } from './types';

export interface PackedPlan {
  meta: PlanMeta;
  /** Number of actions, for the portal's cards. */
  actionCount: number;
  /** The ids the plan's routes list, without unpacking it: its actions, nodes and indicators. */
  ids: { actions: string[]; nodes: { level: string; id: string }[]; indicators: string[] };
  /** Every table of the plan but its metadata (see unpackPlan). */
  bytes: Buffer;
}

export function packPlan(plan: Plan): PackedPlan {
  const { meta, ...tables } = plan;
  const ids = { actions: plan.actions.map((a) => a.id), nodes: plan.nodes.map((n) => ({ level: n.level, id: n.id })), indicators: plan.indicators.map((i) => i.id) };
  return { meta, actionCount: plan.actions.length, ids, bytes: pack(tables) };
}

/** The plan again: equal to the packed one, with new objects but for `meta`, which is shared. */
export function unpackPlan(packed: PackedPlan): Plan {
  return { meta: packed.meta, ...unpack<Omit<Plan, 'meta'>>(packed.bytes) };
}
