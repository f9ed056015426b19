import type { APIRoute } from 'astro';
import { fileResponse } from '../../page-data/exports';
import { paths } from '../../lib/urls';

/** Frictionless Data Package of all public plans (files in donnees/tous/). */
export const GET: APIRoute = () => fileResponse(paths.dataPackage());
