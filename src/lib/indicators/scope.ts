/** Which indicators belong to a node, an action or the whole plan. */
import { actionsUnder, type PlanIndex } from '../model/queries';
import type { HierarchyNode, Indicator, Plan } from '../model/types';

/** A node and every node below it, each once, depth first in display order. */
export function nodesUnder(index: PlanIndex, node: HierarchyNode): HierarchyNode[] {
  const out: HierarchyNode[] = [];
  const seen = new Set<string>();
  const visit = (n: HierarchyNode) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push(n);
    n.children.forEach((c) => {
      const child = index.nodes.get(c);
      if (child) visit(child);
    });
  };
  visit(node);
  return out;
}

/**
 * Every indicator attached to a node, to one of its descendants, or to one of their actions,
 * in the plan's indicator order (each once).
 */
export function indicatorsUnder(index: PlanIndex, node: HierarchyNode): Indicator[] {
  const nodeIds = new Set(nodesUnder(index, node).map((n) => n.id));
  const actionIds = new Set(actionsUnder(index, node).map((a) => a.id));
  return index.plan.indicators.filter((i) => (i.node !== undefined && nodeIds.has(i.node)) || (i.action !== undefined && actionIds.has(i.action)));
}

/** Indicators of the whole plan (neither an action nor a node): the territory's objectives. */
export function planLevelIndicators(plan: Plan): Indicator[] {
  return plan.indicators.filter((i) => !i.action && !i.node);
}
