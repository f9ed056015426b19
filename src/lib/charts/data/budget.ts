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
import type { UiLanguage } from '../../i18n';
import { capitalise, chartLanguage, type InLanguage } from '../words';
import { actionWords, nodeLocal } from './status';
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

/** "17 M€", "17 à 27 M€", "au moins 10 k€" ("€17M to €27M" in English) — short form for bar labels. */
export function budgetLabel(low: number, high: number | undefined, language: UiLanguage = 'fr'): string {
  const { t, locale } = chartLanguage(language);
  if (high === undefined) return t.budget.atLeast(formatMoneyCompact(low, locale));
  if (high === low) return formatMoneyCompact(low, locale);
  return t.budget.range(formatMoneyCompact(low, locale), formatMoneyCompact(high, locale));
}

/** How a bar names its tax series: « HT », « TTC », « HT/TTC ? » when the plan mixes series. */
export function taxLabel(tax: TaxSeries, mixedTax: boolean, language: UiLanguage = 'fr'): string {
  const { t } = chartLanguage(language);
  return tax ? t.budget.tax[tax] : mixedTax ? t.budget.tax.unknown : '';
}

export interface BudgetChart extends InLanguage<BudgetChart> {
  kind: 'budget';
  id: string;
  title: string;
  message: string;
  /** Further sentences of the caption: what was summed and what was left out. */
  notes: string[];
  /** True when the plan uses more than one tax series (rows then name their series). */
  mixedTax: boolean;
  /** One per node and tax series; a node with no figure has one row without `sum`. */
  /** `lang`: the language of `label` when it is not the chart's (an untranslated title). */
  rows: { node: HierarchyNode; label: string; lang?: UiLanguage; sum?: BudgetSum; withoutFigure: number }[];
  table: ChartTable;
}

/**
 * Budget per node (the plan's top level), by tax series.
 * @returns undefined when no action of these nodes has a figure
 */
export function budgetChart(index: PlanIndex, nodes: HierarchyNode[], id: string, title: string, language: UiLanguage = 'fr'): BudgetChart | undefined {
  const { t, locale } = chartLanguage(language);
  const n = (x: number) => formatNumber(x, {}, locale);
  const { singular, plural } = actionWords(index, language);
  const perNode = nodes.map((node) => {
    const actions = actionsUnder(index, node);
    const { text, lang } = nodeLocal(node, language, index.plan.meta.languages[0]);
    return { node, label: text, lang, actions, ...sumBudgets(actions) };
  });
  const planWide = sumBudgets([...new Map(perNode.flatMap((n) => n.actions).map((a) => [a.id, a])).values()]);
  if (planWide.withFigure === 0) return undefined;
  const mixedTax = planWide.sums.length > 1;
  // A node without any figure keeps its row, empty: its absence from the chart would read as 0 €.
  const rows: BudgetChart['rows'] = perNode.flatMap((n) =>
    n.sums.length > 0
      ? n.sums.map((sum) => ({ node: n.node, label: n.label, lang: n.lang, sum, withoutFigure: n.withoutFigure }))
      : [{ node: n.node, label: n.label, lang: n.lang, withoutFigure: n.withoutFigure }],
  );

  const reach = (s: BudgetSum) => s.high ?? s.low;
  const top = rows.filter((r) => r.sum).sort((a, b) => reach(b.sum!) - reach(a.sum!))[0] as { label: string; sum: BudgetSum };
  const total = planWide.withFigure + planWide.withoutFigure;
  const topTax = top.sum.tax ? ` ${t.budget.tax[top.sum.tax]}` : '';
  const message = t.budget.message(top.label, `${budgetLabel(top.sum.low, top.sum.high, language)}${topTax}`);
  const notes = [
    planWide.withoutFigure === 0 ? t.budget.allFigured(plural) : t.budget.someFigured(n(planWide.withoutFigure), n(total), plural),
    rows.some((r) => r.sum && r.sum.ranges > 0) ? t.budget.rangesNote : '',
    rows.some((r) => r.sum && r.sum.floors > 0) ? t.budget.floorsNote : '',
    mixedTax ? t.budget.mixedTaxNote : '',
    nodes.length > 1 ? t.budget.twoLevelsNote(singular) : '',
  ].filter(Boolean);

  return {
    kind: 'budget',
    language,
    id,
    title,
    message,
    notes,
    mixedTax,
    rows,
    table: {
      columns: [
        { key: 'id', label: t.columns.id, kind: 'text' },
        { key: 'intitule', label: t.columns.title, kind: 'text', own: true },
        { key: 'taxe', label: t.budget.columns.tax, kind: 'text' },
        { key: 'montants_simples', label: t.budget.columns.fixed, kind: 'money' },
        { key: 'fourchettes_bas', label: t.budget.columns.rangeLow, kind: 'money' },
        { key: 'fourchettes_haut', label: t.budget.columns.rangeHigh, kind: 'money' },
        { key: 'total_bas', label: t.budget.columns.totalLow, kind: 'money' },
        { key: 'total_haut', label: t.budget.columns.totalHigh, kind: 'money' },
        { key: 'actions_chiffrees', label: t.budget.columns.figured(capitalise(plural)), kind: 'count' },
        { key: 'actions_sans_montant', label: t.budget.columns.without(capitalise(plural)), kind: 'count' },
      ],
      rows: rows.map(({ node, label, sum, withoutFigure }) => ({
        id: node.id,
        intitule: label,
        // The CSV (built in French) keeps « HT » / « TTC »; the page's table names them in its language.
        taxe: sum?.tax ? t.budget.tax[sum.tax] : undefined,
        montants_simples: sum && sum.fixedFigures > 0 ? sum.fixed : undefined,
        fourchettes_bas: sum && sum.ranges > 0 ? sum.rangeLow : undefined,
        fourchettes_haut: sum && sum.ranges > 0 ? sum.rangeHigh : undefined,
        total_bas: sum?.low,
        total_haut: sum?.high,
        actions_chiffrees: sum?.actions ?? 0,
        actions_sans_montant: withoutFigure,
      })),
      ...(rows.some((r) => r.lang) ? { rowLang: rows.map((r) => r.lang) } : {}),
    },
  };
}
