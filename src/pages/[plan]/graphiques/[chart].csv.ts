import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../page-data/catalog';
import { planCharts } from '../../../lib/charts/catalog';
import { tableToCsv } from '../../../lib/charts/csv';
import type { ChartTable } from '../../../lib/charts/data/table';

/** One CSV per chart of the site, built from the same rows as the chart's table (lib/charts/catalog). */
export const getStaticPaths = (async () => {
  const { index } = await getCatalog();
  return [...index.values()].flatMap((planIndex) =>
    planCharts(planIndex).map(({ chart }) => ({
      params: { plan: planIndex.plan.meta.slug, chart: chart.id },
      props: { table: chart.table },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: ChartTable }> = ({ props }) =>
  new Response(tableToCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
