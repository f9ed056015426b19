/**
 * What the site serves of a bilan: its committed files, copied byte for byte to
 * /donnees/<plan>/bilans/<id>/, and one ZIP of them. Nothing here reads a table: the bytes never
 * pass through the exporter, so a bilan cut by an older exporter is served as it was cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from '../export/zip';
import { paths } from '../urls';
import { SUMS_FILE, sha256Hex } from './sums';
import type { Release } from './types';

export interface ReleaseCopy {
  /** The committed file. */
  from: string;
  /** Site path, relative to the output folder. */
  path: string;
  /** Expected SHA-256 (absent for SHA256SUMS itself). */
  sha256?: string;
}

/** Every file of a bilan to copy (SHA256SUMS included), in name order. */
export function releaseCopies(plan: string, release: Release): ReleaseCopy[] {
  return [
    ...release.files.map((f) => ({ from: join(release.dir, f.name), path: paths.bilanFile(plan, release.info.id, f.name), sha256: f.sha256 })),
    { from: join(release.dir, SUMS_FILE), path: paths.bilanFile(plan, release.info.id, SUMS_FILE) },
  ];
}

/**
 * The ZIP of a bilan: exactly its files (SHA256SUMS included, so `sha256sum -c` works once
 * unpacked) in a folder `<plan>-bilan-<id>/`, each entry dated the bilan's day (lib/export/zip:
 * the same bytes at every build with the same Node).
 */
export function releaseZip(plan: string, release: Release): { path: string; bytes: Uint8Array; sha256: string } {
  const folder = `${plan}-bilan-${release.info.id}`;
  const names = [...release.files.map((f) => f.name), SUMS_FILE];
  const bytes = zip(
    names.map((name) => ({ path: `${folder}/${name}`, data: () => readFileSync(join(release.dir, name)) })),
    release.info.date,
  );
  return { path: paths.bilanZip(plan, release.info.id), bytes, sha256: sha256Hex(bytes) };
}
