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
import type { HierarchyNode, Indicator, IndicatorValue, Level, Plan } from '../model/types';
import { groupValues } from '../indicators';
import { paths } from '../urls';
import type { UiLanguage } from '../i18n';
import { capitalise, chartLanguage, lower, planText } from './words';
import { actionWords, progressChart, statusChart, type ProgressChart, type StatusChart } from './data/status';
import { budgetChart, type BudgetChart } from './data/budget';
import { trajectoryChart, type TrajectoryChart } from './data/trajectory';
import { scheduleChart, type ScheduleChart } from './data/schedule';
import { RecentCache } from '../recent-cache';

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

const valuesCache = /* @__PURE__ */ new WeakMap<Plan, Map<string, IndicatorValue[]>>();
/** The plan's indicator values grouped by indicator, computed once per plan. */
export function valuesOf(plan: Plan): Map<string, IndicatorValue[]> {
  let map = valuesCache.get(plan);
  if (!map) valuesCache.set(plan, (map = groupValues(plan.indicatorValues)));
  return map;
}

const topLevel = (index: PlanIndex) => index.plan.roots.map((id) => index.nodes.get(id)!).filter(Boolean);
const firstLevel = (index: PlanIndex) => index.plan.meta.levels[0];
const sourceOf = (index: PlanIndex) => index.plan.meta.languages[0];

/** A level's name, lower case, as the plan publishes it (or its translation in `language`). */
const levelName = (index: PlanIndex, level: Level, language: UiLanguage) =>
  lower(planText(level, 'label', level.label, language, sourceOf(index)));

/**
 * A chart in `language`, able to write itself again in another one (see `chartIn` in words.ts):
 * pages that built it without the reader's language still show it in the reader's language.
 */
function localised<T extends { language: UiLanguage; inLanguage?: (l: UiLanguage) => T | undefined }>(
  build: (language: UiLanguage) => T | undefined,
  language: UiLanguage,
): T | undefined {
  const chart = build(language);
  if (chart) chart.inLanguage = build;
  return chart;
}

/**
 * Plan home: actions by status.
 * @param language the page's language (default French, the language of the chart CSVs)
 */
export function planStatusChart(index: PlanIndex, language: UiLanguage = 'fr') {
  return localised((l) => {
    const words = actionWords(index, l);
    return statusChart(index.plan.actions, 'etats', chartLanguage(l).t.titles.planStatus(capitalise(words.plural)), words, l);
  }, language);
}

/** Plan home: status per top-level node. */
export function planProgressChart(index: PlanIndex, language: UiLanguage = 'fr') {
  const level = firstLevel(index);
  const roots = topLevel(index);
  if (!level || roots.length === 0) return undefined;
  return localised((l) => {
    const title = chartLanguage(l).t.titles.planProgress(levelName(index, level, l), actionWords(index, l).plural);
    return progressChart(index, roots, 'avancement', title, l);
  }, language);
}

/** Plan home: budget per top-level node. */
export function planBudgetChart(index: PlanIndex, language: UiLanguage = 'fr') {
  const level = firstLevel(index);
  const roots = topLevel(index);
  if (!level || roots.length === 0) return undefined;
  return localised((l) => budgetChart(index, roots, 'budget', chartLanguage(l).t.titles.planBudget(levelName(index, level, l)), l), language);
}

/**
 * How a chart title names a node: its code and its title (« 1.2 Rénover les écoles »), never the
 * code alone, which means nothing to a reader outside the plan. The title is the plan's
 * translation in `language` when it gives one.
 */
export const nodeName = (node: HierarchyNode, language: UiLanguage = 'fr', source?: UiLanguage): string =>
  `${node.code ? `${node.code} ` : ''}${planText(node, 'title', node.title, language, source)}`;

/** Node page: the node's actions (at any depth) by status. */
export function nodeStatusChart(index: PlanIndex, node: HierarchyNode, language: UiLanguage = 'fr') {
  return localised((l) => {
    const words = actionWords(index, l);
    const title = chartLanguage(l).t.titles.nodeStatus(capitalise(words.plural), nodeName(node, l, sourceOf(index)));
    return statusChart(actionsUnder(index, node), `noeud-${node.id}-etats`, title, words, l);
  }, language);
}

/** Node page: status per child node. */
export function nodeProgressChart(index: PlanIndex, node: HierarchyNode, language: UiLanguage = 'fr') {
  const children = node.children.map((id) => index.nodes.get(id)!).filter(Boolean);
  if (children.length === 0) return undefined;
  const level = index.plan.meta.levels.find((l) => l.id === children[0].level);
  return localised((l) => {
    const { t } = chartLanguage(l);
    const title = t.titles.nodeProgress(level ? levelName(index, level, l) : t.titles.subLevel, nodeName(node, l, sourceOf(index)));
    return progressChart(index, children, `noeud-${node.id}-avancement`, title, l);
  }, language);
}

/** Indicator page, action page, plan home: an indicator's trajectory (undefined without numbers). */
export function indicatorChart(index: PlanIndex, indicator: Indicator, language: UiLanguage = 'fr') {
  const values = valuesOf(index.plan).get(indicator.id) ?? [];
  return localised((l) => trajectoryChart(indicator, values, l, sourceOf(index)), language);
}

/** A group of the schedule: a top-level node (absent for plans without levels) and its chart. */
export interface ScheduleGroup {
  node?: HierarchyNode;
  chart: ScheduleChart;
}

/** The schedule, one group per top-level node that has dated actions (or one group for a plan without levels). */
export function scheduleGroups(index: PlanIndex, language: UiLanguage = 'fr'): ScheduleGroup[] {
  const roots = topLevel(index);
  const source = sourceOf(index);
  if (roots.length === 0) {
    const chart = localised((l) => {
      const words = actionWords(index, l);
      return scheduleChart(index.plan.actions, 'calendrier', chartLanguage(l).t.titles.schedule(words.plural), words, l, source);
    }, language);
    return chart ? [{ chart }] : [];
  }
  return roots.flatMap((node) => {
    const chart = localised(
      (l) => scheduleChart(actionsUnder(index, node), `calendrier-${node.id}`, chartLanguage(l).t.titles.scheduleGroup(nodeName(node, l, source)), actionWords(index, l), l, source),
      language,
    );
    return chart ? [{ node, chart }] : [];
  });
}

/** True when the schedule is too large for one page (then one page per group). */
export const scheduleIsSplit = (groups: ScheduleGroup[]) =>
  groups.length > 1 && groups.reduce((n, g) => n + g.chart.actions.length, 0) > SCHEDULE_ONE_PAGE_MAX;

/** The charts of the last plans asked for, in each language asked for (see RecentCache). */
const chartsCache = /* @__PURE__ */ new RecentCache<PlanIndex, Map<UiLanguage, { chart: AnyChart; file: ChartFile }[]>>(4);

/**
 * Every chart of a plan with the page that shows it, in page order. The CSV endpoint writes one
 * file per entry; the open-data page lists them. Kept for the last plans asked for (chartsCache):
 * the exports, the CSV endpoint and the data page going through the plans share the same list.
 * The CSV files are written from the French charts (their column keys never change; their text
 * cells are French).
 */
export function planCharts(index: PlanIndex, language: UiLanguage = 'fr'): { chart: AnyChart; file: ChartFile }[] {
  const byLanguage = chartsCache.get(index, () => new Map());
  let charts = byLanguage.get(language);
  if (!charts) byLanguage.set(language, (charts = computePlanCharts(index, language)));
  return charts;
}

function computePlanCharts(index: PlanIndex, language: UiLanguage): { chart: AnyChart; file: ChartFile }[] {
  const slug = index.plan.meta.slug;
  const out: { chart: AnyChart; file: ChartFile }[] = [];
  const add = (chart: AnyChart | undefined, page: string) => {
    if (chart) out.push({ chart, file: { plan: slug, id: chart.id, title: chart.title, path: paths.chartCsv(slug, chart.id), page } });
  };
  const home = paths.plan(slug);
  add(planStatusChart(index, language), home);
  add(planProgressChart(index, language), home);
  add(planBudgetChart(index, language), home);
  for (const node of index.plan.nodes) {
    add(nodeStatusChart(index, node, language), paths.node(node));
    add(nodeProgressChart(index, node, language), paths.node(node));
  }
  for (const indicator of index.plan.indicators) add(indicatorChart(index, indicator, language), paths.indicator(slug, indicator.id));
  const groups = scheduleGroups(index, language);
  const split = scheduleIsSplit(groups);
  for (const g of groups) add(g.chart, split && g.node ? paths.schedule(slug, g.node.id) : paths.schedule(slug));
  return out;
}

/**
 * The per-chart CSV files of every plan given (fictional plans included: each file is the plan's
 * own), titled in `language` (default French).
 */
export function chartFiles(indexes: Iterable<PlanIndex>, language: UiLanguage = 'fr'): ChartFile[] {
  return [...indexes].flatMap((index) => planCharts(index, language).map((c) => c.file));
}
