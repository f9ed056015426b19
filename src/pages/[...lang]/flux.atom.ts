import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../page-data/exports';
import { LANGUAGE_PREFIX } from '../../page-data/languages';

/**
 * Atom feed of new actions and status changes in every public plan (lib/export/atom), one per
 * site language: `flux.atom` in the default language, `nl/flux.atom`…
 */
export const getStaticPaths = (() => fileRoutes(new RegExp(`^${LANGUAGE_PREFIX}flux\\.atom$`))) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
