/**
 * Every chart of a plan, with a stable id, its title, the page that shows it and its CSV path.
 *
 * Pages build their charts through the functions below, and the CSV endpoint and the open-data
 * page enumerate them through {@link planCharts}: the same function makes both, so a figure's
 * table and its CSV file hold the same rows.
 *
 * Chart ids (CSV file names under `/<plan>/graphiques/`):
 * - `etats`: actions by status; `avancement`: status per top-level node; `budget`: budget per
 *   top-level node (plan home);
 * - `noeud-<node>-etats`, `noeud-<node>-avancement`: the same for one node and its children;
 * - `indicateur-<indicator>`: an indicator's trajectory (indicator page, action page, plan home
 *   for plan-level indicators);
 * - `calendrier` (plan without levels) or `calendrier-<top-level node>`: the schedule.
 */
import type { PlanIndex } from '../model/queries';
import { actionsUnder } from '../model/queries';
import type { HierarchyNode, Indicator, IndicatorValue, Plan } from '../model/types';
import { groupValues } from '../indicators';
import { paths } from '../urls';
import { actionWords, progressChart, statusChart, type ProgressChart, type StatusChart } from './data/status';
import { budgetChart, type BudgetChart } from './data/budget';
import { trajectoryChart, type TrajectoryChart } from './data/trajectory';
import { scheduleChart, type ScheduleChart } from './data/schedule';

export type AnyChart = StatusChart | ProgressChart | BudgetChart | TrajectoryChart | ScheduleChart;

/** A chart of the site, as the open-data page lists it. */
export interface ChartFile {
  plan: string;
  id: string;
  title: string;
  /** Site path of the CSV (see lib/urls `paths.chartCsv`). */
  path: string;
  /** Site path of the page that shows the chart. */
  page: string;
}

/** Schedules larger than this (dated actions) get one page per top-level node. */
export const SCHEDULE_ONE_PAGE_MAX = 200;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const valuesCache = /* @__PURE__ */ new WeakMap<Plan, Map<string, IndicatorValue[]>>();
/** The plan's indicator values grouped by indicator, computed once per plan. */
export function valuesOf(plan: Plan): Map<string, IndicatorValue[]> {
  let map = valuesCache.get(plan);
  if (!map) valuesCache.set(plan, (map = groupValues(plan.indicatorValues)));
  return map;
}

const topLevel = (index: PlanIndex) => index.plan.roots.map((id) => index.nodes.get(id)!).filter(Boolean);
const firstLevel = (index: PlanIndex) => index.plan.meta.levels[0];

/** Plan home: actions by status. */
export function planStatusChart(index: PlanIndex) {
  const { meta } = index.plan;
  return statusChart(index.plan.actions, 'etats', `${meta.actionLabel.plural} par état d'avancement`, actionWords(index));
}

/** Plan home: status per top-level node. */
export function planProgressChart(index: PlanIndex) {
  const level = firstLevel(index);
  const roots = topLevel(index);
  if (!level || roots.length === 0) return undefined;
  const { meta } = index.plan;
  return progressChart(index, roots, 'avancement', `Avancement par ${lower(level.label)} : ${lower(meta.actionLabel.plural)} par état`);
}

/** Plan home: budget per top-level node. */
export function planBudgetChart(index: PlanIndex) {
  const level = firstLevel(index);
  const roots = topLevel(index);
  if (!level || roots.length === 0) return undefined;
  return budgetChart(index, roots, 'budget', `Budget chiffré par ${lower(level.label)}`);
}

/**
 * How a chart title names a node: its code and its title (« 1.2 Rénover les écoles »), never the
 * code alone, which means nothing to a reader outside the plan.
 */
export const nodeName = (node: HierarchyNode): string => `${node.code ? `${node.code} ` : ''}${node.title}`;

/** Node page: the node's actions (at any depth) by status. */
export function nodeStatusChart(index: PlanIndex, node: HierarchyNode) {
  const { meta } = index.plan;
  return statusChart(
    actionsUnder(index, node),
    `noeud-${node.id}-etats`,
    `${meta.actionLabel.plural} de « ${nodeName(node)} » par état d'avancement`,
    actionWords(index),
  );
}

/** Node page: status per child node. */
export function nodeProgressChart(index: PlanIndex, node: HierarchyNode) {
  const children = node.children.map((id) => index.nodes.get(id)!).filter(Boolean);
  if (children.length === 0) return undefined;
  const level = index.plan.meta.levels.find((l) => l.id === children[0].level);
  const label = level ? lower(level.label) : 'sous-niveau';
  return progressChart(index, children, `noeud-${node.id}-avancement`, `Avancement par ${label} de « ${nodeName(node)} »`);
}

/** Indicator page, action page, plan home: an indicator's trajectory (undefined without numbers). */
export function indicatorChart(index: PlanIndex, indicator: Indicator) {
  return trajectoryChart(indicator, valuesOf(index.plan).get(indicator.id) ?? []);
}

/** A group of the schedule: a top-level node (absent for plans without levels) and its chart. */
export interface ScheduleGroup {
  node?: HierarchyNode;
  chart: ScheduleChart;
}

/** The schedule, one group per top-level node that has dated actions (or one group for a plan without levels). */
export function scheduleGroups(index: PlanIndex): ScheduleGroup[] {
  const { meta } = index.plan;
  const words = actionWords(index);
  const roots = topLevel(index);
  if (roots.length === 0) {
    const chart = scheduleChart(index.plan.actions, 'calendrier', `Calendrier des ${lower(meta.actionLabel.plural)}`, words);
    return chart ? [{ chart }] : [];
  }
  return roots.flatMap((node) => {
    const chart = scheduleChart(actionsUnder(index, node), `calendrier-${node.id}`, `Calendrier : ${nodeName(node)}`, words);
    return chart ? [{ node, chart }] : [];
  });
}

/** True when the schedule is too large for one page (then one page per group). */
export const scheduleIsSplit = (groups: ScheduleGroup[]) =>
  groups.length > 1 && groups.reduce((n, g) => n + g.chart.actions.length, 0) > SCHEDULE_ONE_PAGE_MAX;

const chartsCache = /* @__PURE__ */ new WeakMap<PlanIndex, { chart: AnyChart; file: ChartFile }[]>();

/**
 * Every chart of a plan with the page that shows it, in page order. The CSV endpoint writes one
 * file per entry; the open-data page lists them. Computed once per plan index: the exports, the
 * CSV endpoint and the data page share the same list.
 */
export function planCharts(index: PlanIndex): { chart: AnyChart; file: ChartFile }[] {
  let charts = chartsCache.get(index);
  if (!charts) chartsCache.set(index, (charts = computePlanCharts(index)));
  return charts;
}

function computePlanCharts(index: PlanIndex): { chart: AnyChart; file: ChartFile }[] {
  const slug = index.plan.meta.slug;
  const out: { chart: AnyChart; file: ChartFile }[] = [];
  const add = (chart: AnyChart | undefined, page: string) => {
    if (chart) out.push({ chart, file: { plan: slug, id: chart.id, title: chart.title, path: paths.chartCsv(slug, chart.id), page } });
  };
  const home = paths.plan(slug);
  add(planStatusChart(index), home);
  add(planProgressChart(index), home);
  add(planBudgetChart(index), home);
  for (const node of index.plan.nodes) {
    add(nodeStatusChart(index, node), paths.node(node));
    add(nodeProgressChart(index, node), paths.node(node));
  }
  for (const indicator of index.plan.indicators) add(indicatorChart(index, indicator), paths.indicator(slug, indicator.id));
  const groups = scheduleGroups(index);
  const split = scheduleIsSplit(groups);
  for (const g of groups) add(g.chart, split && g.node ? paths.schedule(slug, g.node.id) : paths.schedule(slug));
  return out;
}

/** The per-chart CSV files of every plan given (fictional plans included: each file is the plan's own). */
export function chartFiles(indexes: Iterable<PlanIndex>): ChartFile[] {
  return [...indexes].flatMap((index) => planCharts(index).map((c) => c.file));
}
