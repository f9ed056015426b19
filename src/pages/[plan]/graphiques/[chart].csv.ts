import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../page-data/catalog';
import { chartCsv } from '../../../page-data/exports';
import { planCharts } from '../../../lib/charts/catalog';
import type { PlanIndex } from '../../../lib/model/queries';

/**
 * One CSV per chart of the site, built from the same rows as the chart's table (lib/charts/catalog).
 * The routes carry the plan and the chart's id, not its table: a portal's chart tables, held for
 * every route until it is written, were hundreds of megabytes. The text is made again when the
 * route is written, a plan's charts at once (they are written in a row).
 */
export const getStaticPaths = (async () => {
  const { index } = await getCatalog();
  return [...index.values()].flatMap((planIndex) =>
    planCharts(planIndex).map(({ file }) => ({
      params: { plan: planIndex.plan.meta.slug, chart: file.id },
      props: { planIndex, id: file.id },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ planIndex: PlanIndex; id: string }> = ({ props }) =>
  new Response(chartCsv(props.planIndex, props.id), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
