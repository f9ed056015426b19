/**
 * Site paths, relative to the base path (no leading slash): components prefix them with the
 * configured base. Every plan page lives under `/<plan>/`, so adding a plan never moves a page.
 */
import type { HierarchyNode } from './model/types';

/** Path segments a plan's level ids may not take, because plan pages already use them. */
export const RESERVED_SEGMENTS = ['actions', 'liste', 'indicateurs', 'donnees', 'recherche', 'explorer', 'calendrier'] as const;

/** Actions per page of the plain list: enough to scan, small enough for a phone and a screen reader. */
export const LIST_PAGE_SIZE = 50;

export const paths = {
  portal: () => '',
  plan: (plan: string) => `${plan}/`,
  node: (node: Pick<HierarchyNode, 'plan' | 'level' | 'id'>) => `${node.plan}/${node.level}/${node.id}/`,
  action: (plan: string, id: string) => `${plan}/actions/${id}/`,
  /** Paginated list of all actions; page 1 has no number in its URL. */
  list: (plan: string, page = 1) => (page <= 1 ? `${plan}/liste/` : `${plan}/liste/${page}/`),
  search: () => 'recherche/',
  about: () => 'a-propos/',
  accessibility: () => 'accessibilite/',
  legal: () => 'mentions-legales/',
};
