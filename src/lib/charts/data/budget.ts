/**
 * Budget per axis, summed without inventing precision.
 *
 * The summing rule:
 * - An action's figure is its global budget when that is a number, an amount range or a sum;
 *   otherwise its operating and investment budgets, each one that is a figure (they are parts of
 *   the same cost, so they add up). Words ("Intégré dans l'action du service énergie"), "?" and
 *   empty cells are no figure: the action is counted as "sans montant chiffré", never as 0 €.
 * - Single amounts (and sums whose every part is known) add up in `fixed`; ranges ("17 à 27 M€")
 *   add their low ends in `rangeLow` and their high ends in `rangeHigh`. The total is then
 *   `fixed + rangeLow` to `fixed + rangeHigh`: a min–max, shown as one amount when no range is
 *   involved.
 * - A sum with an unknown part ("10 000 € + ?") is a floor: its known total goes to `fixed`, and
 *   the row has no upper bound (`high` undefined, "au moins").
 * - HT, TTC and amounts that say neither are separate series, never added together: a plan that
 *   uses two of them gets one row per series and axis. A figure given both HT and TTC counts by
 *   its HT amount (see normalise/budget).
 * - An action under two axes counts in each of them; the plan total counts it once.
 */
import { actionsUnder, type PlanIndex } from '../../model/queries';
import type { Action, HierarchyNode } from '../../model/types';
import type { Budget } from '../../normalise/budget';
import { formatMoneyCompact, formatNumber } from '../../format';
import { actionWords, nodeLabel } from './status';
import type { ChartTable } from './table';

export type TaxSeries = 'HT' | 'TTC' | '';

/** One figure of an action, in euros. */
export interface Contribution {
  tax: TaxSeries;
  kind: 'fixed' | 'range' | 'floor';
  low: number;
  high?: number;
}

const isFigure = (b: Budget) =>
  (b.kind === 'amount' || b.kind === 'range' || b.kind === 'sum') && b.min !== undefined && Number.isFinite(b.min);

function contribution(b: Budget): Contribution {
  const tax: TaxSeries = b.tax ?? '';
  if (b.kind === 'sum' && b.max === undefined) return { tax, kind: 'floor', low: b.min! };
  if (b.max !== undefined && b.max !== b.min) return { tax, kind: 'range', low: b.min!, high: b.max };
  return { tax, kind: 'fixed', low: b.min!, high: b.min! };
}

/** The figures an action contributes (see the module comment); [] when it has none. */
export function actionFigures(action: Action): Contribution[] {
  if (isFigure(action.budget)) return [contribution(action.budget)];
  return [action.budgetOperating, action.budgetInvestment].filter(isFigure).map(contribution);
}

/** Sums of one tax series over a set of actions. */
export interface BudgetSum {
  tax: TaxSeries;
  fixed: number;
  rangeLow: number;
  rangeHigh: number;
  /** fixed + rangeLow. */
  low: number;
  /** fixed + rangeHigh; undefined when a floor ("au moins") is involved. */
  high?: number;
  /** Actions with at least one figure in this series. */
  actions: number;
  /** Figures in this series that are single amounts or floors. */
  fixedFigures: number;
  /** Figures in this series that are ranges. */
  ranges: number;
  /** Figures in this series that are floors ("au moins"). */
  floors: number;
}

/** Sums the figures of `actions`, one {@link BudgetSum} per tax series present (HT, TTC, neither). */
export function sumBudgets(actions: Action[]): { sums: BudgetSum[]; withFigure: number; withoutFigure: number } {
  const sums = new Map<TaxSeries, BudgetSum>();
  let withFigure = 0;
  for (const action of actions) {
    const figures = actionFigures(action);
    if (figures.length > 0) withFigure += 1;
    const seen = new Set<TaxSeries>();
    for (const f of figures) {
      const s = sums.get(f.tax) ?? { tax: f.tax, fixed: 0, rangeLow: 0, rangeHigh: 0, low: 0, high: 0, actions: 0, fixedFigures: 0, ranges: 0, floors: 0 };
      if (f.kind === 'range') {
        s.rangeLow += f.low;
        s.rangeHigh += f.high!;
        s.ranges += 1;
      } else {
        s.fixed += f.low;
        s.fixedFigures += 1;
        if (f.kind === 'floor') s.floors += 1;
      }
      if (!seen.has(f.tax)) s.actions += 1;
      seen.add(f.tax);
      sums.set(f.tax, s);
    }
  }
  const order: TaxSeries[] = ['HT', 'TTC', ''];
  const list = [...sums.values()]
    .map((s) => {
      const cents = (n: number) => Math.round(n * 100) / 100;
      const fixed = cents(s.fixed);
      const rangeLow = cents(s.rangeLow);
      const rangeHigh = cents(s.rangeHigh);
      return { ...s, fixed, rangeLow, rangeHigh, low: cents(fixed + rangeLow), high: s.floors > 0 ? undefined : cents(fixed + rangeHigh) };
    })
    .sort((a, b) => order.indexOf(a.tax) - order.indexOf(b.tax));
  return { sums: list, withFigure, withoutFigure: actions.length - withFigure };
}

/** "17 M€", "17 à 27 M€", "au moins 10 k€" — short form for bar labels. */
export function budgetLabel(low: number, high: number | undefined): string {
  if (high === undefined) return `au moins ${formatMoneyCompact(low)}`;
  if (high === low) return formatMoneyCompact(low);
  return `${formatMoneyCompact(low)} à ${formatMoneyCompact(high)}`;
}

export interface BudgetChart {
  kind: 'budget';
  id: string;
  title: string;
  message: string;
  /** Further sentences of the caption: what was summed and what was left out. */
  notes: string[];
  /** True when the plan uses more than one tax series (rows then name their series). */
  mixedTax: boolean;
  /** One per node and tax series; a node with no figure has one row without `sum`. */
  rows: { node: HierarchyNode; label: string; sum?: BudgetSum; withoutFigure: number }[];
  table: ChartTable;
}

/**
 * Budget per node (the plan's top level), by tax series.
 * @returns undefined when no action of these nodes has a figure
 */
export function budgetChart(index: PlanIndex, nodes: HierarchyNode[], id: string, title: string): BudgetChart | undefined {
  const { singular, plural } = actionWords(index);
  const perNode = nodes.map((node) => {
    const actions = actionsUnder(index, node);
    return { node, label: nodeLabel(node), actions, ...sumBudgets(actions) };
  });
  const planWide = sumBudgets([...new Map(perNode.flatMap((n) => n.actions).map((a) => [a.id, a])).values()]);
  if (planWide.withFigure === 0) return undefined;
  const mixedTax = planWide.sums.length > 1;
  // A node without any figure keeps its row, empty: its absence from the chart would read as 0 €.
  const rows: BudgetChart['rows'] = perNode.flatMap((n) =>
    n.sums.length > 0
      ? n.sums.map((sum) => ({ node: n.node, label: n.label, sum, withoutFigure: n.withoutFigure }))
      : [{ node: n.node, label: n.label, withoutFigure: n.withoutFigure }],
  );

  const reach = (s: BudgetSum) => s.high ?? s.low;
  const top = rows.filter((r) => r.sum).sort((a, b) => reach(b.sum!) - reach(a.sum!))[0] as { label: string; sum: BudgetSum };
  const total = planWide.withFigure + planWide.withoutFigure;
  const topTax = top.sum.tax ? ` ${top.sum.tax}` : '';
  const message = `« ${top.label} » porte le plus gros montant chiffré : ${budgetLabel(top.sum.low, top.sum.high)}${topTax}.`;
  const notes = [
    planWide.withoutFigure === 0
      ? `Toutes les ${plural} ont un montant chiffré.`
      : `${formatNumber(planWide.withoutFigure)} des ${formatNumber(total)} ${plural} n'ont pas de montant chiffré ; elles ne comptent pas ici.`,
    ...(rows.some((r) => r.sum && r.sum.ranges > 0) ? ['Les fourchettes (« 17 à 27 M€ ») sont additionnées à part : la partie hachurée va de leur bas à leur haut.'] : []),
    ...(rows.some((r) => r.sum && r.sum.floors > 0) ? ['Un montant dont une partie est inconnue compte comme un minimum (« au moins »).'] : []),
    mixedTax ? 'Montants HT, TTC et sans précision (« HT/TTC ? ») sont des séries séparées, jamais additionnées.' : '',
    nodes.length > 1 ? `Une ${singular} rattachée à deux niveaux compte dans chacun.` : '',
  ].filter(Boolean);

  return {
    kind: 'budget',
    id,
    title,
    message,
    notes,
    mixedTax,
    rows,
    table: {
      columns: [
        { key: 'id', label: 'Identifiant', kind: 'text' },
        { key: 'intitule', label: 'Intitulé', kind: 'text' },
        { key: 'taxe', label: 'HT / TTC', kind: 'text' },
        { key: 'montants_simples', label: 'Montants simples', kind: 'money' },
        { key: 'fourchettes_bas', label: 'Fourchettes, bas', kind: 'money' },
        { key: 'fourchettes_haut', label: 'Fourchettes, haut', kind: 'money' },
        { key: 'total_bas', label: 'Total, bas', kind: 'money' },
        { key: 'total_haut', label: 'Total, haut', kind: 'money' },
        { key: 'actions_chiffrees', label: `${cap(plural)} chiffrées`, kind: 'count' },
        { key: 'actions_sans_montant', label: `${cap(plural)} du niveau sans montant`, kind: 'count' },
      ],
      rows: rows.map(({ node, label, sum, withoutFigure }) => ({
        id: node.id,
        intitule: label,
        taxe: sum?.tax || undefined,
        montants_simples: sum && sum.fixedFigures > 0 ? sum.fixed : undefined,
        fourchettes_bas: sum && sum.ranges > 0 ? sum.rangeLow : undefined,
        fourchettes_haut: sum && sum.ranges > 0 ? sum.rangeHigh : undefined,
        total_bas: sum?.low,
        total_haut: sum?.high,
        actions_chiffrees: sum?.actions ?? 0,
        actions_sans_montant: withoutFigure,
      })),
    },
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
