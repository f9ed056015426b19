/**
 * Site paths, relative to the base path (no leading slash): components prefix them with the
 * configured base. Every plan page lives under `/<plan>/`, so adding a plan never moves a page.
 */
import type { HierarchyNode } from './model/types';

/** Path segments a plan's level ids may not take, because plan pages already use them. */
export const RESERVED_SEGMENTS = ['actions', 'liste', 'indicateurs', 'donnees', 'recherche', 'explorer', 'calendrier', 'graphiques', 'changements'] as const;

/** Actions per page of the plain list: enough to scan, small enough for a phone and a screen reader. */
export const LIST_PAGE_SIZE = 50;

/**
 * Rows per page of the explorer table, server-rendered and in the browser alike. Fifty keeps a
 * filter change on a 10 000-action plan well under 100 ms: laying out the table is most of it.
 */
export const EXPLORER_PAGE_SIZE = 50;

export const paths = {
  portal: () => '',
  plan: (plan: string) => `${plan}/`,
  node: (node: Pick<HierarchyNode, 'plan' | 'level' | 'id'>) => `${node.plan}/${node.level}/${node.id}/`,
  action: (plan: string, id: string) => `${plan}/actions/${id}/`,
  /** Paginated list of all actions; page 1 has no number in its URL. */
  list: (plan: string, page = 1) => (page <= 1 ? `${plan}/liste/` : `${plan}/liste/${page}/`),
  indicators: (plan: string) => `${plan}/indicateurs/`,
  indicator: (plan: string, id: string) => `${plan}/indicateurs/${id}/`,
  /** The schedule; with `group` (a top-level node id), the page of that group when the plan is too large for one page. */
  schedule: (plan: string, group?: string) => (group ? `${plan}/calendrier/${group}/` : `${plan}/calendrier/`),
  /** The data of one chart, as CSV (see lib/charts/catalog). */
  chartCsv: (plan: string, id: string) => `${plan}/graphiques/${id}.csv`,
  /** The action explorer of one plan, or of every public plan without `plan`; page 1 has no number. */
  explorer: (plan?: string, page = 1) => `${plan ? `${plan}/` : ''}explorer/${page > 1 ? `${page}/` : ''}`,
  /** The explorer's data, written at build time (format in lib/search/explorer). */
  explorerData: (plan?: string) => `${plan ? `${plan}/` : ''}explorer/actions.json`,
  /** Open data (see lib/export): the data page, the field documentation and the files. */
  data: () => 'donnees/',
  dataFields: () => 'donnees/champs/',
  /** A file of one plan, or of all public plans when `scope` is `tous`: `donnees/<scope>/<file>`. */
  dataFile: (scope: string, file: string) => `donnees/${scope}/${file}`,
  /** One action's data, as `csv` or `json`. */
  actionData: (plan: string, id: string, ext: 'csv' | 'json') => `donnees/${plan}/actions/${id}.${ext}`,
  dataPackage: () => 'donnees/datapackage.json',
  dataZip: () => 'donnees/plans-climat-donnees.zip',
  catalog: () => 'catalog.jsonld',
  /** Atom feed of a plan's updates; without `plan`, the site's (public plans). */
  feed: (plan?: string) => (plan ? `${plan}/flux.atom` : 'flux.atom'),
  /**
   * What changed in a plan; `filter` is a kind (`etat`, `budget`…) or a year (`annee/2026`, kept apart
   * from page numbers); page 1 has no number.
   */
  changes: (plan: string, filter?: string, page = 1) => `${plan}/changements/${filter ? `${filter}/` : ''}${page > 1 ? `${page}/` : ''}`,
  search: () => 'recherche/',
  about: () => 'a-propos/',
  accessibility: () => 'accessibilite/',
  legal: () => 'mentions-legales/',
};
