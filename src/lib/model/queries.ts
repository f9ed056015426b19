import { STATUSES, type Status } from '../normalise/status';
import { countPages, pageItems } from '../pagination';
import type { Action, BudgetLine, ExtraField, HierarchyNode, Indicator, IndicatorValue, Partner, Plan, SubAction, Update } from './types';

/** The rows of the child tables that belong to one action, each list in its table's order. */
export interface ActionChildren {
  subactions: SubAction[];
  partners: Partner[];
  indicators: Indicator[];
  /** Values of the action's indicators. */
  indicatorValues: IndicatorValue[];
  budgetLines: BudgetLine[];
  updates: Update[];
  /** The plan's extra columns that describe the action (entity `action`). */
  extraFields: ExtraField[];
}

/**
 * Lookup tables for one plan, built once per build (O(n) in the plan's rows) and passed to pages,
 * so that no page filters a whole table: at 10 000 actions that is 10⁸ comparisons per table.
 */
export interface PlanIndex {
  plan: Plan;
  nodes: Map<string, HierarchyNode>;
  actions: Map<string, Action>;
  indicators: Map<string, Indicator>;
  /** Child rows by action id; an action without any is absent (see {@link childrenOf}). */
  byAction: Map<string, ActionChildren>;
  /** Indicators attached to a node (not through an action), by node id, in table order. */
  indicatorsByNode: Map<string, Indicator[]>;
  /** Values by indicator id, in table order. */
  valuesByIndicator: Map<string, IndicatorValue[]>;
  /** Position of each action in `plan.actions`, to keep table order when collecting subsets. */
  actionOrder: Map<string, number>;
  /** Memo of {@link actionsUnder}, by node id. */
  under: Map<string, Action[]>;
}

// Marked pure so that client bundles importing this module's helpers leave them out.
const EMPTY_CHILDREN: ActionChildren = /* @__PURE__ */ Object.freeze({
  subactions: [],
  partners: [],
  indicators: [],
  indicatorValues: [],
  budgetLines: [],
  updates: [],
  extraFields: [],
}) as ActionChildren;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const indexes = /* @__PURE__ */ new WeakMap<Plan, PlanIndex>();

/**
 * Indexes a plan: every child table grouped by action and node id in one pass each. Memoised per
 * plan object, so components that only hold the plan reach the same index without rebuilding it.
 */
export function indexPlan(plan: Plan): PlanIndex {
  const known = indexes.get(plan);
  if (known) return known;
  const byAction = new Map<string, ActionChildren>();
  const children = (actionId: string) => {
    let c = byAction.get(actionId);
    if (!c) byAction.set(actionId, (c = { subactions: [], partners: [], indicators: [], indicatorValues: [], budgetLines: [], updates: [], extraFields: [] }));
    return c;
  };
  for (const s of plan.subactions) children(s.action).subactions.push(s);
  for (const p of plan.partners) children(p.action).partners.push(p);
  const indicators = new Map<string, Indicator>();
  const indicatorsByNode = new Map<string, Indicator[]>();
  for (const i of plan.indicators) {
    indicators.set(i.id, i);
    if (i.action !== undefined) children(i.action).indicators.push(i);
    if (i.node !== undefined) push(indicatorsByNode, i.node, i);
  }
  const valuesByIndicator = new Map<string, IndicatorValue[]>();
  for (const v of plan.indicatorValues) {
    push(valuesByIndicator, v.indicator, v);
    const action = indicators.get(v.indicator)?.action;
    if (action !== undefined) children(action).indicatorValues.push(v);
  }
  for (const b of plan.budgetLines) children(b.action).budgetLines.push(b);
  for (const u of plan.updates) children(u.action).updates.push(u);
  for (const x of plan.extraFields ?? []) if (x.entity === 'action') children(x.id).extraFields.push(x);
  const index: PlanIndex = {
    plan,
    nodes: new Map(plan.nodes.map((n) => [n.id, n])),
    actions: new Map(plan.actions.map((a) => [a.id, a])),
    indicators,
    byAction,
    indicatorsByNode,
    valuesByIndicator,
    actionOrder: new Map(plan.actions.map((a, i) => [a.id, i])),
    under: new Map(),
  };
  indexes.set(plan, index);
  return index;
}

/** The child rows of an action (empty lists when it has none). */
export function childrenOf(index: PlanIndex, actionId: string): ActionChildren {
  return index.byAction.get(actionId) ?? EMPTY_CHILDREN;
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

/**
 * Every action under a node, at any depth, each once (an action with two parents counts once), in
 * the plan's action order. Computed once per node.
 */
export function actionsUnder(index: PlanIndex, node: HierarchyNode): Action[] {
  const known = index.under.get(node.id);
  if (known) return known;
  const ids = new Set<string>();
  const seen = new Set<string>();
  const visit = (n: HierarchyNode) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    n.actions.forEach((id) => ids.add(id));
    n.children.forEach((c) => {
      const child = index.nodes.get(c);
      if (child) visit(child);
    });
  };
  visit(node);
  const found = [...ids]
    .filter((id) => index.actionOrder.has(id))
    .sort((a, b) => index.actionOrder.get(a)! - index.actionOrder.get(b)!)
    .map((id) => index.plan.actions[index.actionOrder.get(id)!]);
  // Shared by every caller: frozen, so that an in-place sort fails loudly instead of reordering
  // another page's list.
  index.under.set(node.id, Object.freeze(found) as Action[]);
  return found;
}

/** Number of actions per canonical status, every status present (zero included), in canonical order. */
export function countByStatus(actions: Action[]): { status: Status; count: number }[] {
  const counts = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const a of actions) counts.set(a.status.status, (counts.get(a.status.status) ?? 0) + 1);
  return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Splits a list into pages of `size` items (at least one page, possibly empty). */
export function paginate<T>(items: T[], size: number): T[][] {
  return Array.from({ length: countPages(items.length, size) }, (_, i) => pageItems(items, i + 1, size));
}
