import type { APIRoute } from 'astro';
import { getCatalog } from '../page-data/catalog';
import { absoluteUrl } from '../page-data/href';
import { LIST_PAGE_SIZE, paths } from '../lib/urls';
import { paginate } from '../lib/model/queries';
import { scheduleGroups, scheduleIsSplit } from '../lib/charts/catalog';
import { portalPages } from '../lib/view/portal';

/** Every public page, for search engines. Generated from the same catalog as the pages. */
export const GET: APIRoute = async ({ site }) => {
  const { plans, index } = await getCatalog();
  const pagePaths = [paths.portal(), paths.search(), paths.about(), paths.accessibility(), paths.legal(), paths.data(), paths.dataFields()];
  // The portal's list pages, when there are more plans than one page shows (none for a few plans).
  for (const page of portalPages(plans)) if (page.rest !== undefined) pagePaths.push(page.path);
  for (const plan of plans) {
    const slug = plan.meta.slug;
    pagePaths.push(paths.plan(slug));
    paginate(plan.actions, LIST_PAGE_SIZE).forEach((_, i) => pagePaths.push(paths.list(slug, i + 1)));
    plan.nodes.forEach((n) => pagePaths.push(paths.node(n)));
    plan.actions.forEach((a) => pagePaths.push(paths.action(slug, a.id)));
    pagePaths.push(paths.indicators(slug), paths.schedule(slug));
    plan.indicators.forEach((i) => pagePaths.push(paths.indicator(slug, i.id)));
    const groups = scheduleGroups(index.get(slug)!);
    if (scheduleIsSplit(groups)) groups.forEach((g) => pagePaths.push(paths.schedule(slug, g.node!.id)));
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
