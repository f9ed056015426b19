import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../../page-data/exports';
import { LANGUAGE_PREFIX, notLanguageFile } from '../../../page-data/languages';

/**
 * Atom feed of a plan's new actions and status changes (lib/export/atom), one per language the
 * plan is published in: `<plan>/flux.atom` in the default language, `nl/<plan>/flux.atom`…
 */
export const getStaticPaths = (() => fileRoutes(new RegExp(`^${notLanguageFile('flux\\.atom')}${LANGUAGE_PREFIX}(?<plan>[^/]+)/flux\\.atom$`))) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
