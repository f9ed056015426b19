/**
 * The state of a search or explorer view ⇄ its URL query string, so a copied link reproduces the
 * view and the back button undoes a filter.
 *
 * One vocabulary for both pages: `q`, one parameter per facet (`plan`, `type`, `axe`, `statut`,
 * `pilote`, `partenaire`, `enjeu`, `indicateurs`, repeated for several values), year bounds
 * (`debut_min`, `debut_max`, `fin_min`, `fin_max`), `budget` (`connu` / `inconnu`), the sort
 * (`tri`, `ordre=desc`) and `page` (the explorer's page of rows; on the search page, how many
 * batches of results "more results" has shown). Parameters a page does not use are simply ignored by it.
 *
 * The query string is canonical: parameters in a fixed order, facet values sorted, defaults
 * left out. Two ways of reaching the same view give the same URL, and parsing what was written
 * gives the same state back. Anything malformed (a year that is not one, page "-3", unknown
 * parameters) is dropped rather than reported: URLs are typed, truncated and shared by people.
 */
import { FACET_KEYS, FACETS, type FacetKey } from './facets';

/** Sort keys of the URL (`tri=`), in the order the forms offer them (named by `t.search.sorts`). */
export const SORT_KEYS = ['code', 'titre', 'statut', 'debut', 'fin'] as const;
export type SortKey = (typeof SORT_KEYS)[number];


/** Inclusive year bounds; either may be absent. */
export interface YearRange {
  min?: number;
  max?: number;
}

export interface ViewState {
  /** Full-text query (search page only); '' when none. */
  q: string;
  /** Selected values per facet; a key is absent (never `[]`) when nothing is selected. */
  facets: Partial<Record<FacetKey, string[]>>;
  start: YearRange;
  end: YearRange;
  budget?: 'connu' | 'inconnu';
  /** Absent: the page's default order (relevance for search, the plan's order for the explorer). */
  sort?: { key: SortKey; desc: boolean };
  /** 1-based page of results. */
  page: number;
}

/** Years a plan can plausibly name; anything else in a URL is a typo. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
/** Bounds on what a URL may carry, so a crafted link cannot make the page do silly amounts of work. */
const MAX_VALUES = 100;
const MAX_LENGTH = 300;

export function emptyState(): ViewState {
  return { q: '', facets: {}, start: {}, end: {}, page: 1 };
}

// One fixed collation, whatever the page's language: it makes the URL canonical, not a display order.
const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function year(raw: string | null): number | undefined {
  if (raw === null || !/^\s*\d{4}\s*$/u.test(raw)) return undefined;
  const y = Number(raw);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : undefined;
}

function range(min: number | undefined, max: number | undefined): YearRange {
  // Bounds given the wrong way round are swapped: "from 2026 to 2020" means 2020–2026.
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** Distinct, trimmed, non-empty values, sorted the way French readers sort words. */
export function normaliseValues(values: readonly string[]): string[] {
  const set = new Set<string>();
  for (const v of values) {
    const t = v.trim().slice(0, MAX_LENGTH);
    if (t) set.add(t);
    if (set.size >= MAX_VALUES) break;
  }
  return [...set].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads a view state from a query string ("?q=velo&statut=En+cours", with or without "?") or
 * from URLSearchParams. Never throws.
 */
export function parseState(query: string | URLSearchParams): ViewState {
  const p = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/u, '')) : query;
  const state = emptyState();
  state.q = (p.get('q') ?? '').trim().replace(/\s+/gu, ' ').slice(0, MAX_LENGTH);
  for (const key of FACET_KEYS) {
    const values = normaliseValues(p.getAll(FACETS[key].param));
    if (values.length > 0) state.facets[key] = values;
  }
  state.start = range(year(p.get('debut_min')), year(p.get('debut_max')));
  state.end = range(year(p.get('fin_min')), year(p.get('fin_max')));
  const budget = p.get('budget');
  if (budget === 'connu' || budget === 'inconnu') state.budget = budget;
  const sort = p.get('tri');
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) state.sort = { key: sort as SortKey, desc: p.get('ordre') === 'desc' };
  const page = p.get('page');
  if (page && /^\d{1,6}$/u.test(page) && Number(page) >= 1) state.page = Number(page);
  return state;
}

/**
 * Writes a view state as a canonical query string: "" for the default view, otherwise "?…".
 * Facet values are normalised (see {@link normaliseValues}), so the output parses back to an
 * equal state.
 */
export function formatState(state: ViewState): string {
  const p = new URLSearchParams();
  const q = state.q.trim().replace(/\s+/gu, ' ');
  if (q) p.append('q', q);
  for (const key of FACET_KEYS) {
    for (const v of normaliseValues(state.facets[key] ?? [])) p.append(FACETS[key].param, v);
  }
  const put = (name: string, y: number | undefined) => {
    if (y !== undefined && Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX) p.append(name, String(y));
  };
  const start = range(state.start.min, state.start.max);
  const end = range(state.end.min, state.end.max);
  put('debut_min', start.min);
  put('debut_max', start.max);
  put('fin_min', end.min);
  put('fin_max', end.max);
  if (state.budget) p.append('budget', state.budget);
  if (state.sort) {
    p.append('tri', state.sort.key);
    if (state.sort.desc) p.append('ordre', 'desc');
  }
  if (state.page > 1) p.append('page', String(Math.floor(state.page)));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when two states give the same URL (and so the same view). */
export function sameState(a: ViewState, b: ViewState): boolean {
  return formatState(a) === formatState(b);
}

/**
 * The state with one facet value ticked or unticked. Any change of filter goes back to page 1:
 * page 7 of the old result list means nothing in the new one.
 */
export function toggleFacet(state: ViewState, key: FacetKey, value: string, on: boolean): ViewState {
  const current = state.facets[key] ?? [];
  const next = on ? normaliseValues([...current, value]) : current.filter((v) => v !== value);
  const facets = { ...state.facets };
  if (next.length > 0) facets[key] = next;
  else delete facets[key];
  return { ...state, facets, page: 1 };
}

/** True when the state filters anything (facets, years or budget); the query and sort are not filters. */
export function hasFilters(state: ViewState): boolean {
  return (
    Object.keys(state.facets).length > 0 ||
    state.start.min !== undefined ||
    state.start.max !== undefined ||
    state.end.min !== undefined ||
    state.end.max !== undefined ||
    state.budget !== undefined
  );
}

/** URL sort keys the search index can sort by, with its sort keys (see lib/search/attributes). */
export const SEARCH_SORTS: Partial<Record<SortKey, string>> = { code: 'code', titre: 'title' };

/**
 * The options of a Pagefind `search()` call for a state: `filters` (OR within a facet, AND across
 * facets) and `sort` when one the index has is chosen (others mean relevance). `except` leaves one facet out, to count its values the
 * way {@link facetCounts} does.
 */
export function pagefindOptions(
  state: ViewState,
  except?: FacetKey,
): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    const values = state.facets[key];
    if (key !== except && values && values.length > 0) filters[key] = { any: values };
  }
  const key = state.sort ? SEARCH_SORTS[state.sort.key] : undefined;
  return key ? { filters, sort: { [key]: state.sort!.desc ? 'desc' : 'asc' } } : { filters };
}

/** Results the search page draws at once; "more results" adds as many. */
export const SEARCH_BATCH = 10;
/**
 * The most batches a link draws at once (100 results): each drawn result downloads its Pagefind
 * fragment (about 0.6 KB), so `page=500` in a shared link must not fetch 5 000 of them.
 */
export const SEARCH_MAX_PAGE = 10;

/**
 * How many of `total` results the search page shows for a state's `page`: page N is the first N
 * batches of {@link SEARCH_BATCH} ("more results" clicked N − 1 times), at most
 * {@link SEARCH_MAX_PAGE} batches. 0 when there is no result.
 */
export function searchShown(page: number, total: number): number {
  const pages = Math.min(Math.max(1, Math.floor(page)), SEARCH_MAX_PAGE);
  return Math.max(0, Math.min(total, pages * SEARCH_BATCH));
}

/**
 * The `page` that says `shown` results are on screen, for the URL after "more results": the
 * number of batches drawn, last one possibly partial. 1 for 0 results (the default, left out of the URL).
 */
export function searchPageOf(shown: number): number {
  return Math.max(1, Math.ceil(shown / SEARCH_BATCH));
}
