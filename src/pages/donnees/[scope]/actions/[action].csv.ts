import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../../page-data/exports';

/** One action's data as CSV (one line per filled cell): donnees/<plan>/actions/<id>.csv. */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<scope>[^/]+)\/actions\/(?<action>[^/]+)\.csv$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
