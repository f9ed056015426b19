import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../page-data/exports';

/**
 * Frictionless Data Package of all public plans (files in donnees/tous/). A route with a
 * parameter for the same reason as the catalogue's (src/pages/[catalog].jsonld.ts).
 */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<package>datapackage)\.json$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
