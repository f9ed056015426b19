import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllReleases, releaseArchive } from '../../../../page-data/bilans';
import type { Release } from '../../../../lib/bilans/types';

/** Every file of one bilan, as committed, in one archive (page-data/bilans). */
export const getStaticPaths = (async () =>
  [...(await getAllReleases())].flatMap(([scope, releases]) => releases.map((release) => ({ params: { scope, id: release.info.id }, props: { release } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release }, { scope: string; id: string }> = ({ params, props }) =>
  new Response(releaseArchive(params.scope, props.release).bytes as BodyInit, { headers: { 'Content-Type': 'application/zip' } });
