/**
 * The `data-pagefind-*` attributes of an indexed page, from plain data, in one place: every
 * indexed page (action, hierarchy node, indicator) carries the same filter keys, the same meta
 * keys and every sort key, so facets and sorts behave the same whatever the page type.
 *
 * What is indexed, and why:
 * - the body is the page's main content only (`data-pagefind-body` on it): header, navigation,
 *   breadcrumbs and footer never match a query;
 * - pages without `data-pagefind-body` are not indexed at all (Pagefind's rule once any page uses
 *   it): the portal, plan homes, lists, the explorer, schedules, the search page and the site
 *   pages (about, legal…). They repeat the titles of the actions and would push the fiches down;
 * - parts of a page that repeat other pages (lists of the actions under an axis, charts and
 *   their tables) carry `data-pagefind-ignore` in the page template;
 * - fictional plans are indexed like the others and filterable by plan; results say they are
 *   fictional (meta `fictional`).
 *
 * Filters: the facets of lib/search/facets (keys `plan`, `type`, `axis`, `status`, `pilot`,
 * `partner`, `issue`, `indicators`). Every page gets every key that applies to it; a key that
 * does not apply to a page type (a status on an axis page) is left out, so that filtering on
 * "En cours" keeps only actions: Pagefind treats a missing key as "does not match".
 *
 * Sorts: every page carries every sort key, because Pagefind drops a page lacking the key when
 * sorting by it. The index has two, code and title: each sort key adds a permutation of all pages
 * to Pagefind's metadata file, which every first search downloads (about 26 KB per key for 10 000
 * pages; measured by `npm run bench:search`). Sorting by status or date is the explorer's job (its
 * JSON has them). Values sort as plain strings: zero-padded numbers, folded titles; `~` (after
 * every letter and digit) stands for "none", so pages without a code come last in ascending order.
 *
 * Languages: each language's pages go to that language's index, so a page's title and axis in the
 * meta are in the page's language when the plan translates them; when it does not, the meta
 * `titleLang`/`axisLang` give the language they are written in, for the result line's `lang`.
 *
 * Accents and case: Pagefind (≥ 1.5) folds diacritics and case for French pages (`<html lang="fr">`),
 * so "velo" finds "vélo" and "ECOLE" finds "École" from the page text as it is: no folded copy
 * of the text is added (checked by tests/e2e/search.test.ts).
 */
import type { Status } from '../normalise/status';
import type { PlanIndex } from '../model/queries';
import type { Action, HierarchyNode, Indicator } from '../model/types';
import { actionFacets, actionRoots, indicatorFacets, nodeFacets, planValue, rootOf, statusValue, FACET_KEYS, type FacetValues } from './facets';
import type { UiLanguage } from '../i18n/languages';
import { localText, type LocalText } from '../i18n/localize';
import { messages } from '../i18n';
import { levelWord, nodeShortText, sourceLanguage } from '../view/plan-words';

/** Pagefind sort keys, carried by every indexed page (see above why only two). */
export const SEARCH_SORT_KEYS = ['code', 'title'] as const;
export type SearchSortKey = (typeof SEARCH_SORT_KEYS)[number];

/** Pagefind meta keys, read by the search page to show a result. */
export const SEARCH_META_KEYS = ['title', 'titleLang', 'kind', 'plan', 'axis', 'axisLang', 'status', 'statusDerived', 'fictional'] as const;
export type SearchMetaKey = (typeof SEARCH_META_KEYS)[number];

/** What the index needs to know about a page, as plain data. */
export interface SearchPageData {
  kind: 'action' | 'node' | 'indicator';
  /** Result title, e.g. "36 Accompagner les acteurs…" (code first when there is one), in the page's language when the plan translates it. */
  title: string;
  /** The title alone, without code or level word ("Accompagner les acteurs…"): what « sort by title » orders. */
  name: string;
  /** The language the title is written in, when it is not the page's (an untranslated plan text). */
  titleLang?: UiLanguage;
  /** Values per facet; `[]` for a facet that does not apply to the page. */
  facets: FacetValues;
  /** Plan short title, for the result line. */
  plan: string;
  /** Plan position on the site, so sorting by code keeps plans apart. */
  planOrder: number;
  fictional: boolean;
  /** Axis labels within the plan ("Axe 5 : …"), for the result line. */
  axes: string[];
  /** The language the axis labels are written in, when it is not the page's. */
  axesLang?: UiLanguage;
  code?: string;
  status?: Status;
  /** The status was derived from the sub-actions: the result says so next to it. */
  statusDerived?: boolean;
}

/** One hidden element carrying a filter, meta or sort value in its `data-value` attribute. */
export type SearchField = Record<string, string>;

export interface SearchAttributes {
  /** Spread on the element holding the page's indexed content. */
  body: Record<string, string>;
  /** Rendered as empty `<span>`s in a `hidden` container (see components/SearchFields.astro). */
  fields: SearchField[];
}

const NONE = '~';

/** Folds a title for sorting: lower case, no accents, single spaces. */
export function sortableText(s: string): string {
  // Most titles are plain ASCII once lower-cased only when they have no accent: skip the costly
  // decomposition for them (the explorer folds 10 000 titles in the browser).
  const folded = /[^\x00-\x7f]/u.test(s) ? s.normalize('NFD').replace(/\p{M}+/gu, '') : s;
  return folded.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A code that sorts naturally as a string: "3.2.10" → "000003.000002.000010"; "" → "~". */
export function sortableCode(code: string | undefined): string {
  const c = sortableText(code ?? '');
  return c ? c.replace(/\d+/gu, (d) => d.padStart(6, '0')) : NONE;
}

/** Sort values of a page; every key always has a value. */
export function sortValues(page: SearchPageData): Record<SearchSortKey, string> {
  return {
    code: `${String(page.planOrder).padStart(4, '0')} ${sortableCode(page.code)}`,
    title: sortableText(page.name) || NONE,
  };
}

// The `key[data-value]` form reads the value from an attribute: values may hold commas and
// colons ("Axe 5 : …"), which the inline `key:value, key:value` form would split.
const field = (kind: 'filter' | 'meta' | 'sort', key: string, value: string): SearchField => ({
  [`data-pagefind-${kind}`]: `${key}[data-value]`,
  'data-value': value,
});

/**
 * The one helper: Pagefind attributes of a page.
 * @returns `body` for the content element, `fields` for hidden carriers of filters, meta and sorts
 */
export function searchAttributes(page: SearchPageData): SearchAttributes {
  const fields: SearchField[] = [];
  for (const key of FACET_KEYS) for (const v of page.facets[key]) fields.push(field('filter', key, v));
  const meta: Record<SearchMetaKey, string> = {
    title: page.title,
    titleLang: page.titleLang ?? '',
    kind: page.facets.type[0] ?? '',
    plan: page.plan,
    axis: page.axes.join(' ; '),
    axisLang: page.axes.length > 0 ? (page.axesLang ?? '') : '',
    status: page.status ? statusValue(page.status) : '',
    // Flags, not words: the search page writes them in its own language.
    statusDerived: page.status && page.statusDerived ? 'oui' : '',
    fictional: page.fictional ? 'oui' : '',
  };
  for (const key of SEARCH_META_KEYS) if (meta[key]) fields.push(field('meta', key, meta[key]));
  const sorts = sortValues(page);
  for (const key of SEARCH_SORT_KEYS) fields.push(field('sort', key, sorts[key]));
  return { body: { 'data-pagefind-body': '' }, fields };
}

const titled = (code: string | undefined, title: string) => (code ? `${code} ${title}` : title);

/** `lang` for a text shown on a page of `language`: undefined when it is in that language. */
const otherThan = (text: { lang: UiLanguage }, language: UiLanguage) => (text.lang === language ? undefined : text.lang);

/** A node's title for a reader of `language` (translated, or the original with its language). */
function nodeTitle(index: PlanIndex, node: HierarchyNode, language: UiLanguage): LocalText {
  return localText(node.title, node.translations, 'title', language, sourceLanguage(index.plan.meta))!;
}

/**
 * Axis labels ("Axe 5 : …") of `roots` in the reader's language, and the language of their titles.
 * The format is facets.ts's axisLabel (the facet value, in the plan's language), written again here
 * on purpose: facets.ts is shared with the browser scripts, which would otherwise bundle the
 * localizing helpers they never use.
 */
function axesOf(index: PlanIndex, roots: HierarchyNode[], language: UiLanguage): Pick<SearchPageData, 'axes' | 'axesLang'> {
  const titles = roots.map((root) => ({ root, title: nodeTitle(index, root, language) }));
  // « Axe 5 : … », "Strand 5: …": the colon as the reader's language writes it.
  const label = messages(language).plan.label;
  const axes = titles.map(({ root, title }) => (root.code ? `${label(nodeShortText(root, index.plan.meta, language).text)} ${title.text}` : title.text));
  // The titles are the words of a label; one untranslated title marks them all with the plan's language.
  const untranslated = titles.find(({ title }) => title.lang !== language);
  return { axes, axesLang: untranslated?.title.lang };
}

/** Search data of an action page of `language`. */
export function actionSearchData(index: PlanIndex, action: Action, language: UiLanguage): SearchPageData {
  const { meta } = index.plan;
  const title = localText(action.title, action.translations, 'title', language, sourceLanguage(meta))!;
  return {
    kind: 'action',
    title: titled(action.code, title.text),
    name: title.text,
    titleLang: otherThan(title, language),
    facets: actionFacets(index, action),
    plan: planValue(meta),
    planOrder: meta.order,
    fictional: meta.fictional,
    ...axesOf(index, actionRoots(index, action), language),
    code: action.code,
    status: action.status.status,
    statusDerived: action.status.derived,
  };
}

/** Search data of a hierarchy node page (axis, objective…) of `language`. */
export function nodeSearchData(index: PlanIndex, node: HierarchyNode, language: UiLanguage): SearchPageData {
  const { meta } = index.plan;
  const level = meta.levels.find((l) => l.id === node.level);
  const title = nodeTitle(index, node, language);
  return {
    kind: 'node',
    title: node.code && level ? `${levelWord(level, meta, language).singular} ${node.code} : ${title.text}` : title.text,
    name: title.text,
    titleLang: otherThan(title, language),
    facets: nodeFacets(index, node),
    plan: planValue(meta),
    planOrder: meta.order,
    fictional: meta.fictional,
    ...axesOf(index, [rootOf(index, node)], language),
    code: node.code,
  };
}

/** Search data of an indicator page of `language`. */
export function indicatorSearchData(index: PlanIndex, indicator: Indicator, language: UiLanguage): SearchPageData {
  const { meta } = index.plan;
  const action = indicator.action ? index.actions.get(indicator.action) : undefined;
  const node = indicator.node ? index.nodes.get(indicator.node) : undefined;
  const roots = action ? actionRoots(index, action) : node ? [rootOf(index, node)] : [];
  const title = localText(indicator.label, indicator.translations, 'label', language, sourceLanguage(meta))!;
  return {
    kind: 'indicator',
    title: title.text,
    name: title.text,
    titleLang: otherThan(title, language),
    facets: indicatorFacets(index, indicator),
    plan: planValue(meta),
    planOrder: meta.order,
    fictional: meta.fictional,
    ...axesOf(index, roots, language),
    // Indicators sort next to the action they follow.
    code: action?.code,
  };
}
