import type { APIRoute, GetStaticPaths } from 'astro';
import { changesCsv } from '../../../lib/export/changes';
import { changeRoutes } from '../../../utils/history';

/** What changed in a plan, one row per field change: donnees/<plan>/changements.csv (lib/export/changes). */
export const getStaticPaths = (() => changeRoutes()) satisfies GetStaticPaths;
export const GET: APIRoute<{ changes: Parameters<typeof changesCsv>[0] }> = ({ props }) =>
  new Response(changesCsv(props.changes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
