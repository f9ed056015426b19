/**
 * Reading a committed bilan back: its SHA256SUMS, its files' sizes and its CSV tables, as written
 * by whatever exporter cut it (older ones may have fewer or other columns: every column is kept,
 * every value is a string).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SUMS_FILE, parseSums } from './sums';
import { releaseDir, shown } from './paths';
import type { Release, ReleaseInfo } from './types';

/**
 * Parses a bilan's CSV table: comma-separated, header row, every cell a string (no type guessing:
 * `0012` stays `0012`), an empty cell ''.
 */
export function parseReleaseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ',', dynamicTyping: false, skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? ''])));
}

/**
 * The bilan `info.id` of plan `plan`, read from `<dataRoot>/<plan>/bilans/<id>/`: the files listed
 * in SHA256SUMS (sorted by name, with the size of the file on disk) and every listed `.csv` parsed,
 * by table name. Throws when SHA256SUMS or a listed file is missing: a bilan is verified first
 * (see verify.ts, run by loadPlans), this is for reading one known to be good.
 */
export function readRelease(dataRoot: string, plan: string, info: ReleaseInfo): Release {
  const dir = releaseDir(dataRoot, plan, info.id);
  const sumsPath = join(dir, SUMS_FILE);
  if (!existsSync(sumsPath)) throw new Error(`${shown(sumsPath)} : fichier absent`);
  const { lines } = parseSums(readFileSync(sumsPath, 'utf8'));
  const files = lines
    .map((l) => ({ name: l.name, sha256: l.sha256, bytes: statSync(join(dir, l.name)).size }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tables: Release['tables'] = {};
  for (const f of files) {
    if (!f.name.endsWith('.csv')) continue;
    tables[f.name.slice(0, -'.csv'.length)] = parseReleaseCsv(readFileSync(join(dir, f.name), 'utf8'));
  }
  return { info, dir: shown(dir), files, tables };
}
