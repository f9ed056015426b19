import type { APIRoute } from 'astro';
import { fileResponse } from '../page-data/exports';
import { paths } from '../lib/urls';

/** DCAT-AP catalogue of the datasets, for data.gouv.fr and other portals (lib/export/dcat). */
export const GET: APIRoute = () => fileResponse(paths.catalog());
