/**
 * Site paths, relative to the base path (no leading slash): components prefix them with the
 * configured base. Every plan page lives under `/<plan>/`, so adding a plan never moves a page.
 */
import type { HierarchyNode } from './model/types';

/**
 * Segments of a plan's own pages, `/<plan>/<segment>…`: a level id (`/<plan>/<level>/<node>/`) may
 * not take one. `changements` and `bilans` are kept for the history and report pages.
 * tests/unit/urls.test.ts checks that every folder and endpoint under src/pages/[plan] is here.
 */
export const PLAN_SEGMENTS = [
  'actions',
  'liste',
  'indicateurs',
  'calendrier',
  'graphiques',
  'explorer',
  'changements',
  'bilans',
  'flux.atom',
] as const;

/** Former name of PLAN_SEGMENTS, kept for the callers that discover level folders in dist/. */
export const RESERVED_SEGMENTS = PLAN_SEGMENTS;

/**
 * Everything the site writes at its top level besides the plans' folders, and every name under
 * `/donnees/` besides the plans' scopes (`/donnees/<plan>/` sits next to `/donnees/champs/` and
 * `/donnees/tous/`): a plan slug taking one would overwrite it. Pages and endpoints of
 * src/pages (tests/unit/urls.test.ts keeps this in step), files of public/, and what Astro and
 * Pagefind add.
 */
export const SITE_SEGMENTS = [
  // src/pages
  'donnees',
  'explorer',
  'recherche',
  'a-propos',
  'accessibilite',
  'mentions-legales',
  'flux.atom',
  'catalog.jsonld',
  'sitemap.xml',
  'robots.txt',
  '404',
  'index',
  // the portal's list pages beyond 50 plans (src/pages/plans)
  'plans',
  // src/pages/donnees
  'tous',
  'champs',
  'datapackage.json',
  'plans-climat-donnees.zip',
  // public/
  'favicon.svg',
  // written by the build
  '_astro',
  'pagefind',
] as const;

/**
 * ISO 639-1 language codes: translated pages live under `/<langue>/` (`/en/`, `/nl/`), so no plan
 * may take one, whether the site is translated into it yet or not.
 */
export const LANGUAGE_CODES = (
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
  'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik ' +
  'io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml ' +
  'mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd ' +
  'se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi ' +
  'vo wa wo xh yi yo za zh zu'
).split(' ');

/** Names no plan folder may take (see lib/model/ids: planSlugProblem). */
export const RESERVED_PLAN_SLUGS: ReadonlySet<string> = new Set<string>([...SITE_SEGMENTS, ...LANGUAGE_CODES]);

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
  /** One file of a plan's bilan (lib/bilans), served as committed: `donnees/<plan>/bilans/<id>/<file>`. */
  bilanFile: (plan: string, id: string, file: string) => `donnees/${plan}/bilans/${id}/${file}`,
  /** Every file of a plan's bilan in one archive. */
  bilanZip: (plan: string, id: string) => `donnees/${plan}/bilans/${id}.zip`,
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
  /** A plan's bilans (frozen releases of its data, issue #16), and one of them by its id. */
  bilans: (plan: string) => `${plan}/bilans/`,
  bilan: (plan: string, id: string) => `${plan}/bilans/${id}/`,
  search: () => 'recherche/',
  about: () => 'a-propos/',
  accessibility: () => 'accessibilite/',
  legal: () => 'mentions-legales/',
};
