import type { APIRoute } from 'astro';
import { getExplorerData } from '../../page-data/explorer';

/** Every public plan's actions for the explorer (format in lib/search/explorer). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getExplorerData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
