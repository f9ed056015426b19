import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../page-data/exports';

/**
 * DCAT-AP catalogue of the datasets, for data.gouv.fr and other portals (lib/export/dcat). A
 * route with a parameter only so that a build can leave it to integrations/data-files, which
 * writes the catalogue it made once (see fileRoutes); the dev server answers it here.
 */
export const getStaticPaths = (() => fileRoutes(/^(?<catalog>catalog)\.jsonld$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
