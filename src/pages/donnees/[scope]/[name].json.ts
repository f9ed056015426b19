import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../page-data/exports';

/** Tables as JSON and each plan's datapackage.json: donnees/<plan>/<name>.json (lib/export/bundle). */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<scope>[^/]+)\/(?<name>[^/]+)\.json$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
