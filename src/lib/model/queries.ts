import { STATUSES, type Status } from '../normalise/status';
import type { Action, HierarchyNode, Plan } from './types';

/** Lookup tables for one plan, built once per build and passed to pages. */
export interface PlanIndex {
  plan: Plan;
  nodes: Map<string, HierarchyNode>;
  actions: Map<string, Action>;
}

export function indexPlan(plan: Plan): PlanIndex {
  return {
    plan,
    nodes: new Map(plan.nodes.map((n) => [n.id, n])),
    actions: new Map(plan.actions.map((a) => [a.id, a])),
  };
}

/**
 * Short name of a node for breadcrumbs: "Axe 5", "Domaine 3" when the node has a code, else its title.
 */
export function nodeShortLabel(index: PlanIndex, node: HierarchyNode): string {
  const level = index.plan.meta.levels.find((l) => l.id === node.level);
  return node.code && level ? `${level.label} ${node.code}` : node.code ?? node.title;
}

/** Ancestors of a node, from the root down (the node itself excluded). */
export function ancestors(index: PlanIndex, node: HierarchyNode): HierarchyNode[] {
  const chain: HierarchyNode[] = [];
  const seen = new Set<string>([node.id]);
  let current = node.parent ? index.nodes.get(node.parent) : undefined;
  while (current && !seen.has(current.id)) {
    chain.unshift(current);
    seen.add(current.id);
    current = current.parent ? index.nodes.get(current.parent) : undefined;
  }
  return chain;
}

/** Every action under a node, at any depth, each once (an action with two parents counts once). */
export function actionsUnder(index: PlanIndex, node: HierarchyNode): Action[] {
  const ids = new Set<string>();
  const visit = (n: HierarchyNode) => {
    n.actions.forEach((id) => ids.add(id));
    n.children.forEach((c) => {
      const child = index.nodes.get(c);
      if (child) visit(child);
    });
  };
  visit(node);
  return index.plan.actions.filter((a) => ids.has(a.id));
}

/** Number of actions per canonical status, every status present (zero included), in canonical order. */
export function countByStatus(actions: Action[]): { status: Status; count: number }[] {
  const counts = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const a of actions) counts.set(a.status.status, (counts.get(a.status.status) ?? 0) + 1);
  return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Splits a list into pages of `size` items (at least one page, possibly empty). */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
