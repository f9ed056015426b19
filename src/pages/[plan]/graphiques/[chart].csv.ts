import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../page-data/catalog';
import { chartCsv } from '../../../page-data/exports';
import { planCharts } from '../../../lib/charts/catalog';

/**
 * One CSV per chart of the site, built from the same rows as the chart's table (lib/charts/catalog).
 * The routes carry the plan and the chart's id, not its table: a portal's chart tables, held for
 * every route until it is written, were hundreds of megabytes. The text is made again when the
 * route is written, a plan's charts at once (they are written in a row).
 */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.plans.flatMap(({ meta }) =>
    planCharts(catalog.planIndex(meta.slug)).map(({ file }) => ({ params: { plan: meta.slug, chart: file.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(chartCsv((await getCatalog()).planIndex(params.plan!), params.chart!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
