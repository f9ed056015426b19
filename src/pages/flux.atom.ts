import type { APIRoute } from 'astro';
import { fileResponse } from '../page-data/exports';
import { paths } from '../lib/urls';

/** Atom feed of new actions and status changes in every public plan (lib/export/atom). */
export const GET: APIRoute = () => fileResponse(paths.feed());
