import type { APIRoute } from 'astro';
import { getCatalog } from '../utils/catalog';
import { absoluteUrl } from '../utils/href';
import { LIST_PAGE_SIZE, paths } from '../lib/urls';
import { paginate } from '../lib/model/queries';

/** Every public page, for search engines. Generated from the same catalog as the pages. */
export const GET: APIRoute = async ({ site }) => {
  const { plans } = await getCatalog();
  const pagePaths = [paths.portal(), paths.search(), paths.about(), paths.accessibility(), paths.legal()];
  for (const plan of plans) {
    const slug = plan.meta.slug;
    pagePaths.push(paths.plan(slug));
    paginate(plan.actions, LIST_PAGE_SIZE).forEach((_, i) => pagePaths.push(paths.list(slug, i + 1)));
    plan.nodes.forEach((n) => pagePaths.push(paths.node(n)));
    plan.actions.forEach((a) => pagePaths.push(paths.action(slug, a.id)));
  }
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pagePaths.map((p) => `  <url><loc>${absoluteUrl(p, site)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
