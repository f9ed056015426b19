import type { APIRoute, GetStaticPaths } from 'astro';
import { changesJson } from '../../../lib/export/changes';
import { changeRoutes } from '../../../utils/history';

/** What changed in a plan, as JSON: donnees/<plan>/changements.json (lib/export/changes). */
export const getStaticPaths = (() => changeRoutes()) satisfies GetStaticPaths;
export const GET: APIRoute<{ changes: Parameters<typeof changesJson>[0] }> = ({ props }) =>
  new Response(changesJson(props.changes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
