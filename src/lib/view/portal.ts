/**
 * The portal's list of plans when a site publishes many of them (a département, an observatory of
 * a thousand PCAETs): static pages, no JavaScript. Up to PORTAL_PAGE_SIZE plans the portal stays one
 * page, as it always was. Beyond, it becomes the first page of the list of all plans, with static
 * filter pages: one list per kind of plan (« PCAET », « Plan climat communal »…) and one per initial
 * letter of the territory, each paginated the same way. Every list page is reachable from the portal
 * in two steps, which a reader without JavaScript (or a crawler) can follow.
 *
 * Paths (relative to the base path):
 *   ''                          the portal = page 1 of all plans
 *   plans/<n>/                  page n ≥ 2 of all plans
 *   plans/type/<kind>/[<n>/]    plans of one kind
 *   plans/lettre/<l>/[<n>/]     plans whose territory starts with letter l (« autres » for the rest)
 */
import { paginate } from '../model/queries';
import { localText, type LocalText } from '../i18n/localize';
import type { UiLanguage } from '../i18n/languages';
import type { PlanMeta } from '../model/types';

/** Plans per portal page: a screenful of cards, and the threshold beyond which the portal paginates. */
export const PORTAL_PAGE_SIZE = 50;

/** What the portal needs of a plan to sort it into lists. */
export interface PortalEntry {
  meta: { slug: string; territory: string; kind?: string; languages?: readonly string[] };
}

/**
 * One list of plans: by kind or by initial. `label` is the plan's own kind (« PCAET ») or the
 * letter; it is absent for the lists of plans without a kind and of the other initials, which
 * the page names in its language ({@link filterLabel}).
 */
export type PortalFilter = {
  by: 'kind' | 'letter';
  slug: string;
  label?: string;
  /** The language a kind is written in (the plan's first language), for `lang` on another language's page. */
  lang?: string;
};

/** The catalogue's names of the lists without a label of their own. */
export interface PortalWords {
  noKind: string;
  otherLetters: string;
}

/** The name of a list in the reader's language. */
export function filterLabel(filter: Pick<PortalFilter, 'by' | 'label'>, words: PortalWords): string {
  return filter.label ?? (filter.by === 'kind' ? words.noKind : words.otherLetters);
}

export interface PortalFacet {
  slug: string;
  by: PortalFilter['by'];
  label?: string;
  lang?: string;
  count: number;
  path: string;
}

export interface PortalPage<T> {
  /** Site path of the page (the portal itself for page 1 of all plans). */
  path: string;
  /** `plans/…` segments after the portal prefix, for the route's rest parameter; undefined for the portal. */
  rest?: string;
  filter?: PortalFilter;
  plans: T[];
  page: number;
  pageCount: number;
  /** Plans in this list, over all its pages. */
  total: number;
}

/** Plans are listed on pages when they are more than one page's worth. */
export function portalIsPaginated(planCount: number, pageSize = PORTAL_PAGE_SIZE): boolean {
  return planCount > pageSize;
}

/** Lower-case ASCII slug of a label: « Plan climat régional » → `plan-climat-regional`. */
export function labelSlug(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'autre';
}

/** Slug used for plans without a kind. */
export const NO_KIND = 'sans-type';
/** Slug of territories that do not start with a letter A–Z. */
export const OTHER_LETTER = 'autres';

/** The list a plan belongs to by kind: slug and label. */
export function kindOf(entry: PortalEntry): { slug: string; label?: string; lang?: string } {
  const kind = entry.meta.kind?.trim();
  return kind ? { slug: labelSlug(kind), label: kind, lang: entry.meta.languages?.[0] } : { slug: NO_KIND };
}

/** The list a plan belongs to by the initial of its territory (accents ignored): `a`…`z` or « autres ». */
export function letterOf(entry: PortalEntry): { slug: string; label?: string } {
  const initial = entry.meta.territory.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toLowerCase();
  return /^[a-z]$/.test(initial) ? { slug: initial, label: initial.toUpperCase() } : { slug: OTHER_LETTER };
}

const listPath = (base: string, page: number) => (page <= 1 ? base : `${base}${page}/`);

/** Site path of page `page` of a list: all plans (no filter), one kind or one letter. */
export function portalPath(filter?: Pick<PortalFilter, 'by' | 'slug'>, page = 1): string {
  if (!filter) return page <= 1 ? '' : `plans/${page}/`;
  return listPath(`plans/${filter.by === 'kind' ? 'type' : 'lettre'}/${filter.slug}/`, page);
}

function groups<T extends PortalEntry>(plans: T[], by: PortalFilter['by']): { filter: PortalFilter; plans: T[] }[] {
  const found = new Map<string, { filter: PortalFilter; plans: T[] }>();
  for (const plan of plans) {
    const { slug, label, lang } = by === 'kind' ? kindOf(plan) : { ...letterOf(plan), lang: undefined };
    let group = found.get(slug);
    // Two kinds that differ only in case or accents share one list, under the first spelling met.
    if (!group) found.set(slug, (group = { filter: { by, slug, label, ...(lang ? { lang } : {}) }, plans: [] }));
    group.plans.push(plan);
  }
  const last = by === 'kind' ? NO_KIND : OTHER_LETTER;
  return [...found.values()].sort(
    (a, b) => Number(a.filter.slug === last) - Number(b.filter.slug === last) || a.filter.slug.localeCompare(b.filter.slug),
  );
}

/** The filter links of the portal: kinds, then letters, each with its number of plans. */
export function portalFacets<T extends PortalEntry>(plans: T[]): { kinds: PortalFacet[]; letters: PortalFacet[] } {
  const facet = ({ filter, plans: members }: { filter: PortalFilter; plans: T[] }): PortalFacet => ({
    slug: filter.slug,
    by: filter.by,
    label: filter.label,
    ...(filter.lang ? { lang: filter.lang } : {}),
    count: members.length,
    path: portalPath(filter),
  });
  return { kinds: groups(plans, 'kind').map(facet), letters: groups(plans, 'letter').map(facet) };
}

/**
 * Every page of the portal's lists, in catalogue order within each list. Empty when the plans fit
 * on one page: the portal then lists them all itself, and no other list page exists.
 */
export function portalPages<T extends PortalEntry>(plans: T[], pageSize = PORTAL_PAGE_SIZE): PortalPage<T>[] {
  if (!portalIsPaginated(plans.length, pageSize)) return [];
  const lists: { filter?: PortalFilter; plans: T[] }[] = [{ plans }, ...groups(plans, 'kind'), ...groups(plans, 'letter')];
  return lists.flatMap(({ filter, plans: members }) => {
    const pages = paginate(members, pageSize);
    return pages.map((chunk, i) => {
      const path = portalPath(filter, i + 1);
      return {
        path,
        rest: path === '' ? undefined : path.slice('plans/'.length, -1),
        filter,
        plans: chunk,
        page: i + 1,
        pageCount: pages.length,
        total: members.length,
      };
    });
  });
}

/** A plan as a list names it for a reader of one language. */
export interface ListedPlan {
  /** Its title: translated when the plan gives one in a language it is published in. */
  title: LocalText;
  /**
   * The plan's own first language when it is not published in the reader's: its links open there,
   * and the list says so after its title (« (in het Frans) »).
   */
  elsewhere?: UiLanguage;
}

/**
 * How a list of plans (portal, search, explorer) names a plan for a reader of `language`.
 * @param field `shortTitle` where lists use the short title (falls back to the title)
 */
export function listedPlan(
  meta: Pick<PlanMeta, 'title' | 'shortTitle' | 'translations' | 'languages'>,
  language: UiLanguage,
  field: 'title' | 'shortTitle' = 'title',
): ListedPlan {
  const source = meta.languages[0] ?? language;
  const published = meta.languages.length === 0 || meta.languages.includes(language);
  const original = field === 'shortTitle' && meta.shortTitle ? meta.shortTitle : meta.title;
  const key = field === 'shortTitle' && meta.shortTitle ? 'short_title' : 'title';
  const title = localText(original, meta.translations, key, published ? language : source, source)!;
  return published ? { title } : { title, elsewhere: source };
}
