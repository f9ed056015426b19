import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../page-data/exports';

/**
 * Every public data file with a README (lib/export/bundle). A streamed file: in a build it has no
 * route and integrations/data-files writes it after the pages; the dev server serves it here.
 */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<archive>[^/]+)\.zip$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
