import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../page-data/exports';

/** Every table of a plan (or of all public plans) as one XLSX workbook (lib/export/xlsx). */
export const getStaticPaths = (() => fileRoutes(/^donnees\/(?<scope>[^/]+)\/(?<name>[^/]+)\.xlsx$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
