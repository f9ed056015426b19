/**
 * Table rows of the exports, from loaded plans. Pure: the same plans give the same rows in the
 * same order (display order for hierarchy and actions, file order for the other tables, date
 * then file order for updates), with no clock and no randomness.
 */
import type { Budget } from '../normalise/budget';
import type { PartialDate } from '../normalise/date';
import type { Action, BudgetLine, ExtraField, HierarchyNode, Indicator, IndicatorValue, Partner, Plan, StatusValue, SubAction, Update } from '../model/types';
import { childrenOf, type PlanIndex } from '../model/queries';
import type { Translations } from '../i18n/localize';
import { UI_LANGUAGES } from '../i18n/languages';
import { TRANSLATABLE_FIELDS, TRANSLATABLE_PLAN_KEYS } from '../model/translatable';
import { paths } from '../urls';
import { BUDGET_KINDS, LIST_JOIN, PRECISIONS, THIRD_PRECISIONS, type ExportTableName } from './schema';

/** A value of a cell: text, number, boolean, or null when missing (an empty CSV cell). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type TableRows = Record<ExportTableName, Row[]>;

export interface RowContext {
  /** Absolute URL of the site root, base path included, ending with "/" (https://example.org/plan-climat/). */
  siteUrl: string;
  /** Content-derived date of the plan's last change (YYYY-MM-DD), when known. */
  lastUpdated?: string;
}

const text = (s: string | undefined): Cell => (s === undefined || s === '' ? null : s);
const list = (items: string[]): Cell => (items.length > 0 ? items.join(LIST_JOIN) : null);
const num = (n: number | undefined): Cell => (n === undefined || !Number.isFinite(n) ? null : n);

/**
 * The translation cells of an entity's text fields (`title_nl`…), for every interface language;
 * `names` maps a field of `translations` to its export column when they differ.
 */
function translationCells(translations: Translations | undefined, fields: readonly string[], names: Record<string, string> = {}): Row {
  const row: Row = {};
  for (const field of fields) for (const lang of UI_LANGUAGES) row[`${names[field] ?? field}_${lang}`] = text(translations?.[lang]?.[field]);
  return row;
}

function statusCells(name: string, value: StatusValue | undefined): Row {
  return { [`${name}_label`]: text(value?.label), [name]: value ? value.status : null };
}

function dateCells(name: string, d: PartialDate): Row {
  const isDate = d.kind === 'date';
  return {
    [`${name}_raw`]: text(d.raw),
    [`${name}_date_min`]: isDate ? (d.start ?? null) : null,
    [`${name}_date_max`]: isDate ? (d.end ?? null) : null,
    [`${name}_precision`]: isDate && d.precision ? ((d.qualifier && THIRD_PRECISIONS[d.precision]) || PRECISIONS[d.precision]) : null,
  };
}

function budgetCells(name: string, b: Budget): Row {
  const hasAmount = b.kind === 'amount' || b.kind === 'range' || b.kind === 'sum';
  return {
    [`${name}_raw`]: text(b.raw),
    [`${name}_kind`]: BUDGET_KINDS[b.kind],
    [`${name}_min`]: hasAmount ? num(b.min) : null,
    [`${name}_max`]: hasAmount ? num(b.max) : null,
    [`${name}_tax`]: hasAmount ? (b.tax ?? null) : null,
    [`${name}_uncertain`]: hasAmount ? Boolean(b.uncertain) : null,
  };
}

/** Builds the rows of one plan's entities, one at a time (see {@link planRows}, {@link actionRows}). */
function rowMakers(plan: Plan, ctx: RowContext) {
  const { meta } = plan;
  const slug = meta.slug;
  const head = { plan: slug, fictif: meta.fictional };
  const page = (path: string) => ctx.siteUrl + path;
  const levelLabel = new Map(meta.levels.map((l) => [l.id, l.label]));
  const levelTranslations = new Map(meta.levels.map((l) => [l.id, translationCells(l.translations, ['label'], { label: 'level_label' })]));
  return {
    plan: (): Row => ({
      ...head,
      title: meta.title,
      short_title: text(meta.shortTitle),
      territory: meta.territory,
      territory_code_scheme: meta.territoryCode?.scheme ?? null,
      territory_code: text(meta.territoryCode?.value),
      kind: text(meta.kind),
      description: text(meta.description),
      period_start: num(meta.period?.start),
      period_end: num(meta.period?.end),
      adopted: text(meta.adopted),
      document_title: text(meta.document?.title),
      document_url: text(meta.document?.url),
      licence: meta.licence.name,
      licence_url: text(meta.licence.url),
      last_updated: ctx.lastUpdated ?? null,
      url: page(paths.plan(slug)),
      languages: list(meta.languages),
      ...translationCells(meta.translations, [...TRANSLATABLE_PLAN_KEYS, 'document.title'], { 'document.title': 'document_title' }),
    }),
    node: (n: HierarchyNode): Row => ({
      ...head,
      id: n.id,
      level: n.level,
      level_label: levelLabel.get(n.level) ?? n.level,
      ...levelTranslations.get(n.level),
      parent: text(n.parent),
      code: text(n.code),
      title: n.title,
      summary: text(n.summary),
      order: n.order,
      url: page(paths.node(n)),
      source: text(n.source),
      ...translationCells(n.translations, TRANSLATABLE_FIELDS.hierarchy),
    }),
    action: (a: Action): Row => ({
      ...head,
      id: a.id,
      parent: list(a.parents),
      code: text(a.code),
      title: a.title,
      summary: text(a.summary),
      ...statusCells('status', a.status),
      status_derived: Boolean(a.status.derived),
      progress: num(a.progress),
      pilot: text(a.pilot),
      targets: text(a.targets),
      ...dateCells('start', a.start),
      ...dateCells('end', a.end),
      ...budgetCells('budget', a.budget),
      ...budgetCells('budget_operating', a.budgetOperating),
      ...budgetCells('budget_investment', a.budgetInvestment),
      climate_issue: list(a.climateIssues),
      energy_effect: list(a.energyEffects),
      citizen_dimension: a.citizenDimension === undefined ? null : a.citizenDimension ? 'oui' : 'non',
      carbon_gain: text(a.carbonGain),
      approaches: list(a.approaches),
      tags: list(a.tags),
      concertation: text(a.concertation),
      commune: text(a.place.commune),
      district: text(a.place.district),
      site: text(a.place.site),
      related: list(a.related),
      related_text: list(a.relatedText),
      order: a.order,
      fiche: text(a.fiche),
      url: page(paths.action(slug, a.id)),
      source: text(a.source),
      ...translationCells(a.translations, TRANSLATABLE_FIELDS.actions),
    }),
    parents: (a: Action): Row[] => a.parents.map((parent, i) => ({ ...head, action: a.id, parent, rank: i + 1 })),
    subaction: (s: SubAction): Row => ({
      ...head,
      id: s.id,
      action: s.action,
      code: text(s.code),
      title: s.title,
      description: text(s.description),
      pilot: text(s.pilot),
      ...statusCells('status', s.status),
      ...dateCells('start', s.start),
      ...dateCells('end', s.end),
      source: text(s.source),
      ...translationCells(s.translations, TRANSLATABLE_FIELDS.subactions),
    }),
    partner: (p: Partner): Row => ({
      ...head,
      id: p.id,
      action: p.action,
      subaction: text(p.subaction),
      name: p.name,
      role: p.role,
      source: text(p.source),
      ...translationCells(p.translations, TRANSLATABLE_FIELDS.partners),
    }),
    indicator: (i: Indicator): Row => ({
      ...head,
      id: i.id,
      action: text(i.action),
      node: text(i.node),
      subaction: text(i.subaction),
      label: i.label,
      unit: text(i.unit),
      kind: i.kind ?? null,
      direction: i.direction ?? null,
      description: text(i.description),
      data_source: text(i.dataSource),
      url: page(paths.indicator(slug, i.id)),
      source: text(i.source),
      ...translationCells(i.translations, TRANSLATABLE_FIELDS.indicators),
    }),
    value: (v: IndicatorValue): Row => ({
      ...head,
      indicator: v.indicator,
      year: v.year,
      type: v.type,
      value: text(v.raw),
      value_number: num(v.number),
      note: text(v.note),
      source: text(v.source),
      ...translationCells(v.translations, TRANSLATABLE_FIELDS.indicator_values),
    }),
    budgetLine: (b: BudgetLine): Row => ({
      ...head,
      action: b.action,
      year: b.year,
      section: b.section,
      kind: b.kind,
      amount: b.amount,
      tax: b.tax ?? null,
      note: text(b.note),
      source: text(b.source),
      ...translationCells(b.translations, TRANSLATABLE_FIELDS.budget_lines),
    }),
    update: (u: Update): Row => ({
      ...head,
      id: u.id,
      action: u.action,
      date: u.date,
      ...statusCells('status', u.status),
      progress: num(u.progress),
      note: text(u.note),
      source: text(u.source),
      ...translationCells(u.translations, TRANSLATABLE_FIELDS.updates),
    }),
    extra: (x: ExtraField): Row => ({
      ...head,
      entity: x.entity,
      id: x.id,
      field: x.field,
      value: x.value,
      source: text(x.source),
      ...translationCells(x.translations, TRANSLATABLE_FIELDS.extra_fields),
    }),
  };
}

// An empty cell of the plan's yearly table is no value: exporting it as a row would make a
// count of rows (targets per indicator) larger than what the plan publishes.
const hasValue = (v: IndicatorValue) => v.raw.trim() !== '';

// The model lists updates newest first; files read better oldest first (same day: file order).
const byDateThenLine = (x: Update, y: Update) => x.date.localeCompare(y.date) || firstLine(x) - firstLine(y);

/**
 * Every table of one plan as rows whose keys are the export columns (see `schema.ts`).
 * Updates are sorted by date (oldest first), then by their order in the file.
 */
export function planRows(plan: Plan, ctx: RowContext): TableRows {
  const row = rowMakers(plan, ctx);
  return {
    plans: [row.plan()],
    hierarchy: plan.nodes.map(row.node),
    actions: plan.actions.map(row.action),
    action_parents: plan.actions.flatMap(row.parents),
    subactions: plan.subactions.map(row.subaction),
    partners: plan.partners.map(row.partner),
    indicators: plan.indicators.map(row.indicator),
    indicator_values: plan.indicatorValues.filter(hasValue).map(row.value),
    budget_lines: plan.budgetLines.map(row.budgetLine),
    updates: [...plan.updates].sort(byDateThenLine).map(row.update),
    extra_fields: (plan.extraFields ?? []).map(row.extra),
  };
}

/**
 * The rows of one action and of everything attached to it, built from the plan's index alone
 * (O(the action's rows), not O(the plan)): the same rows, in the same order, as
 * `actionRowsGrouped(planRows(plan, ctx))(actionId)` — the dev server answers an action page
 * without exporting the whole plan. Empty tables (the plan's row kept) for an unknown action.
 */
export function actionRows(index: PlanIndex, actionId: string, ctx: RowContext): TableRows {
  const row = rowMakers(index.plan, ctx);
  const action = index.actions.get(actionId);
  const c = childrenOf(index, actionId);
  return {
    plans: [row.plan()],
    hierarchy: [],
    actions: action ? [row.action(action)] : [],
    action_parents: action ? row.parents(action) : [],
    subactions: c.subactions.map(row.subaction),
    partners: c.partners.map(row.partner),
    indicators: c.indicators.map(row.indicator),
    indicator_values: c.indicatorValues.filter(hasValue).map(row.value),
    budget_lines: c.budgetLines.map(row.budgetLine),
    updates: [...c.updates].sort(byDateThenLine).map(row.update),
    extra_fields: c.extraFields.map(row.extra),
  };
}

const firstLine = (x: { origin: { line: number }[] }) => x.origin[0]?.line ?? 0;

/**
 * The rows of each action and of everything attached to it, table by table (the plan's row kept
 * for context, no hierarchy). Every table is grouped by action once, O(rows): filtering the whole
 * tables for each action would be quadratic in the plan's size.
 * @param rows the rows of one plan
 * @returns the rows of one action (empty tables for an unknown action)
 */
export function actionRowsGrouped(rows: TableRows): (actionId: string) => TableRows {
  const group = (table: Row[], key: (r: Row) => unknown) => {
    const map = new Map<unknown, Row[]>();
    for (const r of table) {
      const k = key(r);
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
    return map;
  };
  const byId = group(rows.actions, (r) => r.id);
  const parents = group(rows.action_parents, (r) => r.action);
  const subactions = group(rows.subactions, (r) => r.action);
  const partners = group(rows.partners, (r) => r.action);
  const indicators = group(rows.indicators, (r) => r.action);
  const indicatorAction = new Map(rows.indicators.map((r) => [r.id, r.action]));
  const values = group(rows.indicator_values, (r) => (indicatorAction.has(r.indicator) ? indicatorAction.get(r.indicator) : undefined));
  const budget = group(rows.budget_lines, (r) => r.action);
  const updates = group(rows.updates, (r) => r.action);
  const extras = group(rows.extra_fields, (r) => (r.entity === 'action' ? r.id : undefined));
  return (actionId) => ({
    plans: rows.plans,
    hierarchy: [],
    actions: byId.get(actionId) ?? [],
    action_parents: parents.get(actionId) ?? [],
    subactions: subactions.get(actionId) ?? [],
    partners: partners.get(actionId) ?? [],
    indicators: indicators.get(actionId) ?? [],
    indicator_values: values.get(actionId) ?? [],
    budget_lines: budget.get(actionId) ?? [],
    updates: updates.get(actionId) ?? [],
    extra_fields: extras.get(actionId) ?? [],
  });
}

