import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../page-data/catalog';
import { getExplorerData } from '../../../page-data/explorer';

/** One plan's actions for its explorer (format in lib/search/explorer). */
export const getStaticPaths = (async () => {
  const { plans } = await getCatalog();
  return plans.map((p) => ({ params: { plan: p.meta.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getExplorerData(params.plan)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
