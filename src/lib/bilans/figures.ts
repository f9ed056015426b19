/**
 * The figures of one release, computed from its own tables (never today's content): actions by
 * status, progress per top-level node, budget totals and the indicators' latest values.
 * Pure; tolerant of the columns an older exporter did or did not write (see ./tables).
 */
import { STATUSES, type Status } from '../normalise/status';
import type { Release } from './types';
import { byKey, cell, numberCell, rowsOf, statusOf, type ReleaseRow } from './tables';

export type StatusCounts = Record<Status, number>;

export interface NodeProgress {
  /** The hierarchy row of the top-level node, as the release published it. */
  node: ReleaseRow;
  /** Actions under the node at any depth, each once. */
  total: number;
  counts: StatusCounts;
}

export interface BudgetYear {
  year: string;
  /** Sum of the `prevu` lines, euros; undefined when the year has none. */
  planned?: number;
  /** Sum of the `realise` lines, euros; undefined when the year has none. */
  actual?: number;
}

export interface BudgetTotals {
  /** One row per year of the budget lines, oldest first. */
  years: BudgetYear[];
  planned?: number;
  actual?: number;
  /** Tax bases the lines name (`HT`, `TTC`): more than one means the sums mix them. */
  taxes: string[];
  /** The actions' own budgets (budget_min/budget_max), summed over the actions that give an amount. */
  declared?: { low: number; high: number; actions: number };
}

export interface IndicatorLatest {
  /** The indicators row, as published. */
  indicator: ReleaseRow;
  year: string;
  /** The value as written (a number in plain form, or the plan's words). */
  value: string;
  /** The value as a number, when it is one. */
  number?: number;
}

export interface ReleaseFigures {
  actions: number;
  /** Actions per canonical status (every status, 0 when none). */
  statuses: StatusCounts;
  /** Statuses with at least one action, in canonical order. */
  present: Status[];
  /** Per top-level node of the hierarchy, in the plan's order; empty without a hierarchy. */
  progress: NodeProgress[];
  /** Undefined when the release has neither budget lines nor action budgets. */
  budget?: BudgetTotals;
  /** The latest observed value of each indicator that has one, in the plan's order. */
  indicators: IndicatorLatest[];
}

const zeroCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Rows in the plan's display order: by `order` when the column holds numbers, else as written. */
function inOrder(rows: ReleaseRow[]): ReleaseRow[] {
  return rows
    .map((row, i) => ({ row, i, order: numberCell(row, 'order') }))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.i - b.i)
    .map((x) => x.row);
}

/**
 * The nodes each action hangs from: the `action_parents` table when the release has it, else the
 * actions' own `parent` column (several parents joined by « ; »).
 */
export function actionParents(release: Release): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  const add = (action: string, parent: string) => {
    if (!action || !parent) return;
    const list = parents.get(action) ?? [];
    if (!list.includes(parent)) list.push(parent);
    parents.set(action, list);
  };
  if (release.tables.action_parents) {
    for (const row of rowsOf(release, 'action_parents')) add(cell(row, 'action'), cell(row, 'parent'));
  } else {
    for (const row of rowsOf(release, 'actions')) {
      for (const p of cell(row, 'parent').split(';')) add(cell(row, 'id'), p.trim());
    }
  }
  return parents;
}

/** The top-level node of `id` (itself when it has no parent); undefined for an unknown node or a cycle. */
function rootOf(id: string, nodes: Map<string, ReleaseRow>): string | undefined {
  const seen = new Set<string>();
  let at = id;
  for (;;) {
    const node = nodes.get(at);
    if (!node || seen.has(at)) return undefined;
    seen.add(at);
    const parent = cell(node, 'parent');
    if (!parent) return at;
    at = parent;
  }
}

function budgetTotals(release: Release): BudgetTotals | undefined {
  const years = new Map<string, BudgetYear>();
  const taxes = new Set<string>();
  let planned: number | undefined;
  let actual: number | undefined;
  for (const row of rowsOf(release, 'budget_lines')) {
    const amount = numberCell(row, 'amount');
    const kind = cell(row, 'kind');
    if (amount === undefined || (kind !== 'prevu' && kind !== 'realise')) continue;
    const year = cell(row, 'year');
    const entry = years.get(year) ?? { year };
    years.set(year, entry);
    if (kind === 'prevu') {
      entry.planned = (entry.planned ?? 0) + amount;
      planned = (planned ?? 0) + amount;
    } else {
      entry.actual = (entry.actual ?? 0) + amount;
      actual = (actual ?? 0) + amount;
    }
    if (cell(row, 'tax')) taxes.add(cell(row, 'tax'));
  }
  let declared: BudgetTotals['declared'];
  for (const row of rowsOf(release, 'actions')) {
    const low = numberCell(row, 'budget_min');
    if (low === undefined) continue;
    const high = numberCell(row, 'budget_max') ?? low;
    declared = { low: (declared?.low ?? 0) + low, high: (declared?.high ?? 0) + high, actions: (declared?.actions ?? 0) + 1 };
  }
  if (years.size === 0 && !declared) return undefined;
  return {
    years: [...years.values()].sort((a, b) => a.year.localeCompare(b.year, 'en', { numeric: true })),
    planned,
    actual,
    taxes: [...taxes].sort(),
    declared,
  };
}

/**
 * The latest observed value of each indicator: among its `indicator_values` rows of type
 * `resultat` (every row when the release has no `type` column), the one of the latest year.
 */
function latestIndicatorValues(release: Release): IndicatorLatest[] {
  const latest = new Map<string, ReleaseRow>();
  for (const row of rowsOf(release, 'indicator_values')) {
    const type = cell(row, 'type');
    if (type !== '' && type !== 'resultat') continue;
    if (cell(row, 'value') === '') continue;
    const id = cell(row, 'indicator');
    const year = numberCell(row, 'year');
    const known = latest.get(id);
    if (year !== undefined && (!known || year >= (numberCell(known, 'year') ?? -Infinity))) latest.set(id, row);
  }
  return rowsOf(release, 'indicators').flatMap((indicator) => {
    const row = latest.get(cell(indicator, 'id'));
    return row ? [{ indicator, year: cell(row, 'year'), value: cell(row, 'value'), number: numberCell(row, 'value_number') ?? numberCell(row, 'value') }] : [];
  });
}

/** The figures of `release`, from its own tables. */
export function releaseFigures(release: Release): ReleaseFigures {
  const actions = rowsOf(release, 'actions');
  const statuses = zeroCounts();
  const statusById = new Map<string, Status>();
  for (const row of actions) {
    const status = statusOf(row);
    statuses[status] += 1;
    statusById.set(cell(row, 'id'), status);
  }

  const hierarchy = rowsOf(release, 'hierarchy');
  const nodes = byKey(hierarchy, (row) => cell(row, 'id'));
  const roots = inOrder(hierarchy.filter((row) => cell(row, 'parent') === ''));
  const perRoot = new Map(roots.map((node) => [cell(node, 'id'), { node, total: 0, counts: zeroCounts() }]));
  for (const [action, parents] of actionParents(release)) {
    const status = statusById.get(action);
    if (!status) continue;
    // An action under two nodes of the same axis counts once in it.
    for (const root of new Set(parents.map((p) => rootOf(p, nodes)))) {
      const entry = root === undefined ? undefined : perRoot.get(root);
      if (!entry) continue;
      entry.total += 1;
      entry.counts[status] += 1;
    }
  }

  return {
    actions: actions.length,
    statuses,
    present: STATUSES.filter((s) => statuses[s] > 0),
    progress: [...perRoot.values()],
    budget: budgetTotals(release),
    indicators: latestIndicatorValues(release),
  };
}
