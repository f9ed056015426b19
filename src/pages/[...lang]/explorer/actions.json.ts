import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplorerData } from '../../../page-data/explorer';
import { eachSiteLanguage } from '../../../page-data/languages';

/** Every public plan's actions for the explorer (format in lib/search/explorer), one file per language. */
export const getStaticPaths = (() => eachSiteLanguage(() => [{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) =>
  new Response(JSON.stringify(await getExplorerData(undefined, locals.language)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
