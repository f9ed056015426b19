import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../page-data/exports';

/** Tables as canonical CSV: donnees/<plan>/<table>.csv, donnees/tous/<table>.csv (lib/export/bundle). */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<scope>[^/]+)\/(?<name>[^/]+)\.csv$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
