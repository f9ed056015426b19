import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, fileRoutes } from '../../page-data/exports';

/** Atom feed of a plan's new actions and status changes (lib/export/atom). */
export const getStaticPaths = (() => fileRoutes(/^(?<plan>[^/]+)\/flux\.atom$/)) satisfies GetStaticPaths;
export const GET: APIRoute<{ path: string }> = ({ props }) => fileResponse(props.path);
