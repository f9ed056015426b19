/**
 * The bilans of the published plans (lib/bilans), read once per catalog from data/<plan>/bilans/
 * (already verified against their SHA256SUMS by the shared validator: the build stops on a bad
 * one), for the reader pages, the data page, the catalogue and the files under /donnees/.
 */
import { readRelease } from '../lib/bilans/read';
import { releaseCopies, releaseZip } from '../lib/bilans/serve';
import type { Release } from '../lib/bilans/types';
import { shareReleaseFiles } from '../integrations/bilan-files';
import { roots } from '../site-config';
import { getCatalog, type Catalog } from './catalog';

export interface ReleaseArchive {
  /** Site path of the ZIP. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

let cached: Promise<Map<string, Release[]>> | undefined;
let cachedFor: Catalog | undefined;

/** Every published plan's bilans, by plan slug, each list oldest first. */
export async function getAllReleases(): Promise<Map<string, Release[]>> {
  const catalog = await getCatalog();
  if (catalog !== cachedFor) {
    cachedFor = catalog;
    cached = Promise.resolve(readAll(catalog));
  }
  return cached!;
}

function readAll(catalog: Catalog): Map<string, Release[]> {
  const all = new Map(catalog.plans.map((p) => [p.meta.slug, p.meta.bilans.map((info) => readRelease(roots.data, p.meta.slug, info))]));
  // In a build, the files are copied as they are after the pages (integrations/bilan-files).
  if (!import.meta.env.DEV) {
    shareReleaseFiles([...all].flatMap(([slug, releases]) => releases.flatMap((r) => releaseCopies(slug, r))));
  }
  return all;
}

/** A plan's bilans read from data/<plan>/bilans/<id>/, oldest first; [] for a plan without any. */
export async function getReleases(slug: string): Promise<Release[]> {
  return (await getAllReleases()).get(slug) ?? [];
}

const archives = new Map<string, ReleaseArchive>();

/** The ZIP of one bilan (lib/bilans/serve), made once per build. */
export function releaseArchive(slug: string, release: Release): ReleaseArchive {
  const key = `${slug}/${release.info.id}`;
  let archive = archives.get(key);
  if (!archive) archives.set(key, (archive = releaseZip(slug, release)));
  return archive;
}
