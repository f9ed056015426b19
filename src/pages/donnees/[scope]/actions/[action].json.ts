import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../../page-data/exports';

/** One action and everything attached to it, as JSON: donnees/<plan>/actions/<id>.json. */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<scope>[^/]+)\/actions\/(?<action>[^/]+)\.json$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
