/**
 * Facets: the values a page or an action is filtered by, in search (Pagefind filters) and in the
 * explorer alike, so that "Pilote : Service Environnement" means the same thing in both.
 *
 * Values are words, not internal ids: a plan's own (its short title, "Axe 5 : Gouvernance
 * participative", a pilot's name) and, for the site's own vocabulary (states, page types, "Non
 * renseigné"…), the canonical French words. They are the same in every language, in the index, the
 * explorer JSON and the URL (`?statut=En+cours`), so a shared link filters the same way under
 * `/nl/`; {@link facetValueLabel} gives the words a reader of another language sees for them.
 *
 * Pure functions over the model: no Astro import, usable in pages, endpoints and tests.
 */
import { STATUSES, STATUS_LABELS, type Status } from '../normalise/status';
import type { Messages } from '../i18n';
import { ancestors, nodeShortLabel, type PlanIndex } from '../model/queries';
import type { Action, HierarchyNode, Indicator, PlanMeta } from '../model/types';
import { indicatorsUnder } from '../indicators/scope';

/** Facet keys, in the order the filter forms show them. They are also the Pagefind filter names. */
export const FACET_KEYS = ['plan', 'type', 'axis', 'status', 'pilot', 'partner', 'issue', 'indicators'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** A value list per facet key; `[]` when the facet does not apply (a status on an axis page). */
export type FacetValues = Record<FacetKey, string[]>;

/**
 * The URL parameter of each facet: French in every language, so that a link keeps working when
 * shared across languages (data, not interface text: the forms name facets from the catalogue,
 * `t.search.facets`).
 */
export const FACETS: Record<FacetKey, { param: string }> = {
  plan: { param: 'plan' },
  type: { param: 'type' },
  axis: { param: 'axe' },
  status: { param: 'statut' },
  pilot: { param: 'pilote' },
  partner: { param: 'partenaire' },
  issue: { param: 'enjeu' },
  indicators: { param: 'indicateurs' },
};

// The values below are the language-free facet values (see the top of this file), not interface
// text: each language shows them through facetValueLabel().

/** The value a facet takes when the plan leaves the field empty (kept apart from "not applicable"). */
export const NOT_GIVEN = 'Non renseigné';

/** Values of the `type` facet. */
export const PAGE_TYPES = { action: 'Action', node: 'Partie du plan (axe, objectif…)', indicator: 'Indicateur' } as const;

/** Values of the `indicators` facet. */
export const HAS_INDICATORS = { yes: 'Avec indicateurs', no: 'Sans indicateur' } as const;

/** Values of the `issue` facet for the climate issues the loaders keep as ids. */
export const ISSUE_LABELS: Record<string, string> = { attenuation: 'Atténuation', adaptation: 'Adaptation' };

/** The catalogue words facetValueLabel() needs: small parts, so the browser scripts can carry them. */
export interface FacetWords {
  search: Pick<Messages['search'], 'pageTypes' | 'indicators' | 'issues' | 'notGiven'>;
  statusNames: Messages['status']['names'];
}

const STATUS_OF_VALUE = new Map(STATUSES.map((s) => [STATUS_LABELS[s], s]));

/** The state a `status` facet value stands for (`"En cours"` → `en_cours`); undefined for any other text. */
export function statusOfValue(value: string): Status | undefined {
  return STATUS_OF_VALUE.get(value);
}

/**
 * The words shown for a facet value in the reader's language: the site's own vocabulary (states,
 * page types, indicators, climate issues, "Non renseigné") from the catalogue; a plan's own values
 * (plan titles, axes, pilots, partners, an issue id the site does not know) as published.
 */
export function facetValueLabel(key: FacetKey, value: string, words: FacetWords): string {
  if (key === 'status') {
    const status = statusOfValue(value);
    return status ? words.statusNames[status] : value;
  }
  if (value === NOT_GIVEN) return words.search.notGiven;
  switch (key) {
    case 'type': {
      const type = (Object.keys(PAGE_TYPES) as (keyof typeof PAGE_TYPES)[]).find((k) => PAGE_TYPES[k] === value);
      return type ? words.search.pageTypes[type] : value;
    }
    case 'indicators':
      return value === HAS_INDICATORS.yes ? words.search.indicators.yes : value === HAS_INDICATORS.no ? words.search.indicators.no : value;
    case 'issue': {
      const issue = (Object.keys(words.search.issues) as (keyof FacetWords['search']['issues'])[]).find((k) => ISSUE_LABELS[k] === value);
      return issue ? words.search.issues[issue] : value;
    }
    default:
      return value;
  }
}

/** The plan as a facet value: its short title (unique per site), the full title otherwise. */
export function planValue(meta: Pick<PlanMeta, 'title' | 'shortTitle'>): string {
  return meta.shortTitle ?? meta.title;
}

/**
 * A top-level node as a facet value: "Axe 5 : Gouvernance participative" when it has a code,
 * its title otherwise. Axes are numbered in every plan, so the plan's short title comes first
 * ("Grand Besançon — … — Axe 5 : …") to keep values of different plans apart in the all-plans forms.
 */
export function axisValue(index: PlanIndex, root: HierarchyNode): string {
  return `${planValue(index.plan.meta)} — ${axisLabel(index, root)}`;
}

/** A top-level node as readers name it within its plan: "Axe 5 : Gouvernance participative". */
export function axisLabel(index: PlanIndex, root: HierarchyNode): string {
  return root.code ? `${nodeShortLabel(index, root)} : ${root.title}` : root.title;
}

/** The canonical status as a facet value ("En cours"); the plan's own wording stays on the page. */
export function statusValue(status: Status): string {
  return STATUS_LABELS[status];
}

const issueValue = (id: string): string => ISSUE_LABELS[id] ?? id.charAt(0).toUpperCase() + id.slice(1);

/** Distinct, trimmed, non-empty values in first-seen order. */
function distinct(values: (string | undefined)[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const t = v?.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** Per-plan lookups built once (a 10 000-action plan must not scan its partners per action). */
interface Lookups {
  pilots: Map<string, string[]>;
  partners: Map<string, string[]>;
  withIndicators: Set<string>;
}
const lookups = new WeakMap<PlanIndex, Lookups>();

function lookupsOf(index: PlanIndex): Lookups {
  let l = lookups.get(index);
  if (l) return l;
  const { plan } = index;
  const push = (map: Map<string, string[]>, key: string, value: string | undefined) => {
    if (!value) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const pilots = new Map<string, string[]>();
  for (const s of plan.subactions) push(pilots, s.action, s.pilot);
  const partners = new Map<string, string[]>();
  for (const p of plan.partners) push(partners, p.action, p.name);
  const withIndicators = new Set(plan.indicators.flatMap((i) => (i.action ? [i.action] : [])));
  l = { pilots, partners, withIndicators };
  lookups.set(index, l);
  return l;
}

/** The top-level node above a node (itself when it is one). */
export function rootOf(index: PlanIndex, node: HierarchyNode): HierarchyNode {
  return ancestors(index, node)[0] ?? node;
}

/** Top-level nodes an action sits under: one per parent chain, each once (an action may have two parents). */
export function actionRoots(index: PlanIndex, action: Action): HierarchyNode[] {
  const roots = new Map<string, HierarchyNode>();
  for (const id of action.parents) {
    const node = index.nodes.get(id);
    if (node) {
      const root = rootOf(index, node);
      roots.set(root.id, root);
    }
  }
  return [...roots.values()];
}

/**
 * Facet values of an action.
 *
 * - pilot: the action's pilot and its sub-actions' pilots (a service piloting one mesure is
 *   looked up by readers as a pilot of the action);
 * - partner: every partner named for the action or one of its sub-actions, whatever the role
 *   (financier, partenaire, concertation);
 * - issue: atténuation/adaptation; pilot, partner and issue are "Non renseigné" when empty;
 * - indicators: whether an indicator follows the action (or one of its sub-actions).
 */
export function actionFacets(index: PlanIndex, action: Action): FacetValues {
  const l = lookupsOf(index);
  const pilots = distinct([action.pilot, ...(l.pilots.get(action.id) ?? [])]);
  const partners = distinct(l.partners.get(action.id) ?? []);
  const issues = distinct(action.climateIssues.map(issueValue));
  return {
    plan: [planValue(index.plan.meta)],
    type: [PAGE_TYPES.action],
    axis: actionRoots(index, action).map((r) => axisValue(index, r)),
    status: [statusValue(action.status.status)],
    pilot: pilots.length > 0 ? pilots : [NOT_GIVEN],
    partner: partners.length > 0 ? partners : [NOT_GIVEN],
    issue: issues.length > 0 ? issues : [NOT_GIVEN],
    indicators: [l.withIndicators.has(action.id) ? HAS_INDICATORS.yes : HAS_INDICATORS.no],
  };
}

/**
 * Facet values of a hierarchy node page (axis, objective…). Status, pilot, partner and issue
 * describe actions, not parts of the plan: they stay empty, so filtering on "En cours" keeps the
 * actions and drops the axis pages, as a reader expects.
 */
export function nodeFacets(index: PlanIndex, node: HierarchyNode): FacetValues {
  return {
    plan: [planValue(index.plan.meta)],
    type: [PAGE_TYPES.node],
    axis: [axisValue(index, rootOf(index, node))],
    status: [],
    pilot: [],
    partner: [],
    issue: [],
    indicators: [indicatorsUnder(index, node).length > 0 ? HAS_INDICATORS.yes : HAS_INDICATORS.no],
  };
}

/** Facet values of an indicator page: its plan, and the axis of the action or node it follows. */
export function indicatorFacets(index: PlanIndex, indicator: Indicator): FacetValues {
  const action = indicator.action ? index.actions.get(indicator.action) : undefined;
  const node = indicator.node ? index.nodes.get(indicator.node) : undefined;
  const roots = action ? actionRoots(index, action) : node ? [rootOf(index, node)] : [];
  return {
    plan: [planValue(index.plan.meta)],
    type: [PAGE_TYPES.indicator],
    axis: roots.map((r) => axisValue(index, r)),
    status: [],
    pilot: [],
    partner: [],
    issue: [],
    indicators: [],
  };
}

/**
 * Counts of each value of each facet over a set of items, with the usual faceted-search rule:
 * the counts of facet F are taken over the items that match every *other* selected facet, so a
 * count says how many items ticking that value would show (values of one facet combine with OR,
 * facets with AND). Works on any value type: strings in pages, dictionary indices in the explorer.
 *
 * @param items values per facet key, per item
 * @param matches whether item `i` passes the selection of facet `key` (true when nothing is
 *   selected in it)
 * @param keys the facets to count
 * @returns per key, value → count; values absent from every counted item are absent
 */
export function facetCounts<K extends string, T>(
  items: readonly Readonly<Record<K, readonly T[]>>[],
  matches: (i: number, key: K) => boolean,
  keys: readonly K[],
): Record<K, Map<T, number>> {
  const counts = Object.fromEntries(keys.map((k) => [k, new Map<T, number>()])) as Record<K, Map<T, number>>;
  const add = (key: K, values: readonly T[]) => {
    const m = counts[key];
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let failed: K | undefined;
    let failures = 0;
    for (const k of keys) {
      if (!matches(i, k)) {
        failures += 1;
        failed = k;
        if (failures > 1) break;
      }
    }
    if (failures === 0) for (const k of keys) add(k, item[k]);
    else if (failures === 1 && failed !== undefined) add(failed, item[failed]);
  }
  return counts;
}
