import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../page-data/catalog';
import { getExplorerData } from '../../../../page-data/explorer';
import { eachPlanLanguage } from '../../../../page-data/languages';

/** One plan's actions for its explorer (format in lib/search/explorer), in each of its languages. */
export const getStaticPaths = (async () => {
  const { plans } = await getCatalog();
  return plans.flatMap((p) => eachPlanLanguage(p.meta, () => [{ params: { plan: p.meta.slug } }]));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) =>
  new Response(JSON.stringify(await getExplorerData(params.plan, locals.language)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
