/**
 * The bilans of the published plans (lib/bilans), read once per catalog from data/<plan>/bilans/
 * (already verified against their SHA256SUMS by the shared validator: the build stops on a bad
 * one), for the reader pages, the data page, the catalogue and the files under /donnees/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRelease } from '../lib/bilans/read';
import { SUMS_FILE, sha256Hex } from '../lib/bilans/sums';
import type { Release } from '../lib/bilans/types';
import { zip } from '../lib/export/zip';
import { paths } from '../lib/urls';
import { shareReleaseFiles, type ReleaseCopy } from '../integrations/bilan-files';
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
    const copies: ReleaseCopy[] = [...all].flatMap(([slug, releases]) =>
      releases.flatMap((r) =>
        [...r.files, { name: SUMS_FILE, sha256: '' }].map((f) => ({ from: join(r.dir, f.name), path: paths.bilanFile(slug, r.info.id, f.name), sha256: f.sha256 || undefined })),
      ),
    );
    shareReleaseFiles(copies);
  }
  return all;
}

/** A plan's bilans read from data/<plan>/bilans/<id>/, oldest first; [] for a plan without any. */
export async function getReleases(slug: string): Promise<Release[]> {
  return (await getAllReleases()).get(slug) ?? [];
}

const archives = new Map<string, ReleaseArchive>();

/**
 * The ZIP of one bilan: its files as committed (SHA256SUMS included) in a folder
 * `<plan>-bilan-<id>/`, stamped with the bilan's date (lib/export/zip: same bytes every build).
 */
export function releaseArchive(slug: string, release: Release): ReleaseArchive {
  const path = paths.bilanZip(slug, release.info.id);
  let archive = archives.get(path);
  if (!archive) {
    const folder = `${slug}-bilan-${release.info.id}`;
    const names = [...release.files.map((f) => f.name), SUMS_FILE];
    const bytes = zip(names.map((name) => ({ path: `${folder}/${name}`, data: () => readFileSync(join(release.dir, name)) })), release.info.date);
    archive = { path, bytes, sha256: sha256Hex(bytes) };
    archives.set(path, archive);
  }
  return archive;
}
