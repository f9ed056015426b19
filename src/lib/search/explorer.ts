/**
 * The action explorer's data and its query engine, shared by the build (which writes the JSON)
 * and the browser (which filters, counts, sorts and pages it).
 *
 * JSON format (`<plan>/explorer/actions.json`, `explorer/actions.json` for all public plans),
 * version 1: one object with dictionaries and one array (tuple) per action, because a
 * 10 000-action plan repeats the same pilots, partners and axes thousands of times:
 *
 * ```
 * { "version": 1,
 *   "columns": ["plan", "id", "code", …],           // names of the tuple slots, in order
 *   "plans": [{ "slug", "title", "fictional" }],     // `plan` slot = index here
 *   "statuses": ["À venir", …],                      // `status` slot = index (canonical order)
 *   "values": { "axis": […], "pilot": […], "partner": […], "issue": […] },
 *   "rows": [[0, "a36", "36", "Accompagner…", 1, [0], [3], [5, 6], [0], 1,
 *             "2016-01-01", "2020-12-31", "2016", "2020", 1, "24 000 €"], …] }
 * ```
 * Slots `axis`, `pilot`, `partner`, `issue` hold indices into `values`; `indicators` and
 * `budgetKnown` are 0/1; `start`/`end` are ISO days ('' when the plan gives no date) and
 * `startText`/`endText`/`budgetText` the formatted text the pages show. Rows come in the order of
 * the plain list (plan by plan, the plan's own order).
 */
import { HAS_INDICATORS, NOT_GIVEN, type FacetKey } from './facets';
import { sortableCode, sortableText } from './attributes';
import { formatState, type SortKey, type ViewState } from './url-state';

export const EXPLORER_COLUMNS = [
  'plan',
  'id',
  'code',
  'title',
  'status',
  'axis',
  'pilot',
  'partner',
  'issue',
  'indicators',
  'start',
  'end',
  'startText',
  'endText',
  'budgetKnown',
  'budgetText',
  'statusDerived',
  'titleLang',
] as const;

export type ExplorerRow = [
  plan: number,
  id: string,
  code: string,
  title: string,
  status: number,
  axis: number[],
  pilot: number[],
  partner: number[],
  issue: number[],
  indicators: 0 | 1,
  start: string,
  end: string,
  startText: string,
  endText: string,
  budgetKnown: 0 | 1,
  budgetText: string,
  /** 1 when the status was derived from the sub-actions (model/derive-status). */
  statusDerived: 0 | 1,
  /** The language of `title` when it is not the file's (an untranslated title); '' otherwise. */
  titleLang: string,
];

export interface ExplorerPlan {
  slug: string;
  title: string;
  fictional: boolean;
}

/**
 * How one page names and links a plan of the data, for its reader (the JSON has no language:
 * the page gives these in a `data-plans` attribute, in the order of `plans`).
 */
export interface ExplorerPlanView {
  /** Where the plan's pages are for this reader, with the base path: `/`, `/nl/`… */
  root: string;
  /** The language of the plan's texts (action titles, pilots) when it is not the page's. */
  textLang?: string;
  /** The plan's short name as shown. */
  name: string;
  /** The language of `name` when it is not the page's. */
  lang?: string;
  /** After the name when the plan is not published in the page's language: « (in het Frans) ». */
  note?: string;
}

export interface ExplorerData {
  version: 1;
  columns: readonly string[];
  plans: ExplorerPlan[];
  statuses: string[];
  values: { axis: string[]; pilot: string[]; partner: string[]; issue: string[] };
  rows: ExplorerRow[];
}

/** The facets of the explorer: every search facet but the page type (all rows are actions). */
export const EXPLORER_FACETS = ['plan', 'axis', 'status', 'pilot', 'partner', 'issue', 'indicators'] as const satisfies readonly FacetKey[];
export type ExplorerFacet = (typeof EXPLORER_FACETS)[number];

/** A row slot by name, typed. */
export const col = {
  plan: 0,
  id: 1,
  code: 2,
  title: 3,
  status: 4,
  axis: 5,
  pilot: 6,
  partner: 7,
  issue: 8,
  indicators: 9,
  start: 10,
  end: 11,
  startText: 12,
  endText: 13,
  budgetKnown: 14,
  budgetText: 15,
  statusDerived: 16,
  titleLang: 17,
} as const satisfies Record<(typeof EXPLORER_COLUMNS)[number], number>;

export interface ExplorerModel {
  data: ExplorerData;
  /** Facet values per key, as shown and as written in URLs. */
  dict: Record<ExplorerFacet, string[]>;
  /** Value indices in display order, per key. */
  display: Record<ExplorerFacet, number[]>;
  /** Value → index, per key, to read URL selections. */
  lookup: Record<ExplorerFacet, Map<string, number>>;
  /** Per row: value indices per facet. */
  items: Record<ExplorerFacet, number[]>[];
  startYear: Int16Array;
  endYear: Int16Array;
  orders: Map<string, Uint32Array>;
  /** Sort keys per row, kept to derive descending orders. */
  keys: Map<SortKey, (string | number | undefined)[]>;
  /** The last query, reused when only the page changes. */
  last?: { key: string; result: QueryResult };
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Display order of free-text values: alphabetical, "Non renseigné" last. */
function alphabetical(values: string[]): number[] {
  return values
    .map((_, i) => i)
    .sort((a, b) => Number(values[a] === NOT_GIVEN) - Number(values[b] === NOT_GIVEN) || collator.compare(values[a], values[b]) || a - b);
}

/** Indexes the JSON once, after download: dictionaries, per-row facet indices, years. */
export function createModel(data: ExplorerData): ExplorerModel {
  const dict: Record<ExplorerFacet, string[]> = {
    plan: data.plans.map((p) => p.title),
    axis: data.values.axis,
    status: data.statuses,
    pilot: data.values.pilot,
    partner: data.values.partner,
    issue: data.values.issue,
    indicators: [HAS_INDICATORS.no, HAS_INDICATORS.yes],
  };
  const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
  const order: Record<ExplorerFacet, number[]> = {
    plan: identity(dict.plan.length),
    // Axes come plan by plan in the plan's order already.
    axis: identity(dict.axis.length),
    status: identity(dict.status.length),
    pilot: alphabetical(dict.pilot),
    partner: alphabetical(dict.partner),
    issue: alphabetical(dict.issue),
    indicators: [1, 0],
  };
  const lookup = {} as Record<ExplorerFacet, Map<string, number>>;
  for (const key of EXPLORER_FACETS) lookup[key] = new Map(dict[key].map((v, i) => [v, i]));
  const n = data.rows.length;
  const startYear = new Int16Array(n);
  const endYear = new Int16Array(n);
  const items = data.rows.map((r, i) => {
    startYear[i] = r[col.start] ? Number(r[col.start].slice(0, 4)) : 0;
    endYear[i] = r[col.end] ? Number(r[col.end].slice(0, 4)) : 0;
    return {
      plan: [r[col.plan]],
      axis: r[col.axis],
      status: [r[col.status]],
      pilot: r[col.pilot],
      partner: r[col.partner],
      issue: r[col.issue],
      indicators: [r[col.indicators]],
    };
  });
  return { data, dict, display: order, lookup, items, startYear, endYear, orders: new Map(), keys: new Map() };
}

/**
 * Row indices in the order of a sort, computed once per sort and kept. Ties (and the default
 * order, `sort` undefined) follow the rows' own order, i.e. the plain list's. Rows with no value
 * for the sort key (no code, no date) come last in both directions.
 *
 * Keys are plain strings and numbers compared with `<` (titles folded by sortableText: lower case,
 * no accents), because Intl.Collator is ten times slower on 10 000 rows; "Écoles" still sorts
 * with "ecoles", and the order is stable.
 */
export function orderOf(model: ExplorerModel, sort: ViewState['sort']): Uint32Array {
  const id = sort ? `${sort.key}:${sort.desc ? 'desc' : 'asc'}` : 'default';
  const cached = model.orders.get(id);
  if (cached) return cached;
  const n = model.data.rows.length;
  let order: Uint32Array;
  if (!sort) order = Uint32Array.from({ length: n }, (_, i) => i);
  else if (!sort.desc) {
    const keys = sortKeys(model, sort.key);
    model.keys.set(sort.key, keys);
    const present: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < n; i++) (keys[i] === undefined ? missing : present).push(i);
    present.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    order = Uint32Array.from([...present, ...missing]);
  } else {
    // Descending: the ascending order with its runs of equal keys reversed, not the rows inside
    // a run (ties stay in list order), rows without a key still last. O(n) from the cached order.
    const asc = orderOf(model, { key: sort.key, desc: false });
    const keys = model.keys.get(sort.key)!;
    let present = asc.length;
    while (present > 0 && keys[asc[present - 1]] === undefined) present -= 1;
    const out: number[] = [];
    let end = present;
    while (end > 0) {
      let start = end - 1;
      while (start > 0 && keys[asc[start - 1]] === keys[asc[end - 1]]) start -= 1;
      for (let k = start; k < end; k++) out.push(asc[k]);
      end = start;
    }
    for (let k = present; k < asc.length; k++) out.push(asc[k]);
    order = Uint32Array.from(out);
  }
  model.orders.set(id, order);
  return order;
}

/** One comparable key per row for a sort; undefined when the row has no value for it. */
function sortKeys(model: ExplorerModel, key: SortKey): (string | number | undefined)[] {
  const rows = model.data.rows;
  switch (key) {
    case 'code':
      return rows.map((r) => (r[col.code] ? `${String(r[col.plan]).padStart(4, '0')} ${sortableCode(r[col.code])}` : undefined));
    case 'titre':
      return rows.map((r) => sortableText(r[col.title]));
    case 'statut':
      return rows.map((r) => r[col.status]);
    case 'debut':
      return rows.map((r) => r[col.start] || undefined);
    case 'fin':
      return rows.map((r) => r[col.end] || undefined);
  }
}

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export interface QueryResult {
  /** Matching row indices, in the order of the sort. */
  rows: number[];
  /** Per facet, every value in display order with its count (see lib/search/facets facetCounts). */
  counts: Record<ExplorerFacet, FacetCount[]>;
  /** Selected values the data does not know (a stale link): reported, never silently dropped. */
  unknown: { key: ExplorerFacet; value: string }[];
}

/**
 * Filters, counts and sorts the rows for a view state. Facet values combine with OR within a
 * facet and AND across facets, and counts follow lib/search/facets facetCounts (a facet's counts
 * ignore its own selection); year bounds and the budget filter apply to everything, counts
 * included. A start-year bound keeps only rows whose start date is known and within it; same for
 * end years. `budget: 'connu'` keeps rows with a figure (amount, range or sum) in any budget
 * field, `'inconnu'` the others. The page number plays no part: the last result is reused when
 * only the page changes.
 *
 * One pass over the rows with typed counters: a filter change on 10 000 rows takes a few ms.
 */
export function runQuery(model: ExplorerModel, state: ViewState): QueryResult {
  const memoKey = formatState({ ...state, q: '', page: 1 });
  if (model.last?.key === memoKey) return model.last.result;

  const unknown: QueryResult['unknown'] = [];
  const selected = {} as Record<ExplorerFacet, Uint8Array | undefined>;
  const active: { key: ExplorerFacet; sel: Uint8Array }[] = [];
  for (const key of EXPLORER_FACETS) {
    const values = state.facets[key];
    if (!values || values.length === 0) continue;
    const sel = new Uint8Array(model.dict[key].length);
    for (const v of values) {
      const idx = model.lookup[key].get(v);
      if (idx === undefined) unknown.push({ key, value: v });
      else sel[idx] = 1;
    }
    selected[key] = sel;
    active.push({ key, sel });
  }
  const counters = {} as Record<ExplorerFacet, Int32Array>;
  for (const key of EXPLORER_FACETS) counters[key] = new Int32Array(model.dict[key].length);

  const { start, end, budget } = state;
  const byStart = start.min !== undefined || start.max !== undefined;
  const byEnd = end.min !== undefined || end.max !== undefined;
  const sMin = start.min ?? -Infinity;
  const sMax = start.max ?? Infinity;
  const eMin = end.min ?? -Infinity;
  const eMax = end.max ?? Infinity;
  const wantBudget = budget === 'connu' ? 1 : budget === 'inconnu' ? 0 : -1;
  const rows = model.data.rows;
  const { items, startYear, endYear } = model;

  const order = orderOf(model, state.sort);
  const matching: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (byStart) {
      const y = startYear[i];
      if (!y || y < sMin || y > sMax) continue;
    }
    if (byEnd) {
      const y = endYear[i];
      if (!y || y < eMin || y > eMax) continue;
    }
    if (wantBudget >= 0 && rows[i][col.budgetKnown] !== wantBudget) continue;
    const item = items[i];
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < active.length; a++) {
      const values = item[active[a].key];
      const sel = active[a].sel;
      let ok = false;
      for (let v = 0; v < values.length; v++) {
        if (sel[values[v]]) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        failed = a;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(i);
      for (const key of EXPLORER_FACETS) {
        const values = item[key];
        const c = counters[key];
        for (let v = 0; v < values.length; v++) c[values[v]] += 1;
      }
    } else if (failures === 1) {
      const key = active[failed].key;
      const values = item[key];
      const c = counters[key];
      for (let v = 0; v < values.length; v++) c[values[v]] += 1;
    }
  }

  const counts = {} as Record<ExplorerFacet, FacetCount[]>;
  for (const key of EXPLORER_FACETS) {
    const values = model.dict[key];
    const sel = selected[key];
    counts[key] = model.display[key].map((i) => ({ value: values[i], count: counters[key][i], selected: sel ? sel[i] === 1 : false }));
  }
  const result = { rows: matching, counts, unknown };
  model.last = { key: memoKey, result };
  return result;
}

