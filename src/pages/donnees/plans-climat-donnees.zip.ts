import type { APIRoute } from 'astro';
import { fileResponse } from '../../utils/exports';
import { paths } from '../../lib/urls';

/** Every public data file with a README (lib/export/bundle). */
export const GET: APIRoute = () => fileResponse(paths.dataZip());
