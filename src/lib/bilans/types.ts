/**
 * Bilans (issue #16): a release is a frozen copy of a plan's exported data, committed under
 * data/<plan>/bilans/<id>/ with a SHA256SUMS file. These types are the contract shared by the
 * release tooling (cut, read, verify, serve) and the reader pages.
 */

export interface ReleaseInfo {
  id: string;
  title: string;
  date: string /* YYYY-MM-DD, the day it was cut */;
}

export interface ReleaseFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface Release {
  info: ReleaseInfo;
  /** Folder of the release, relative to the project (data/<plan>/bilans/<id>). */
  dir: string;
  /** Every file of the release as listed in SHA256SUMS (SHA256SUMS itself excluded), sorted by name. */
  files: ReleaseFile[];
  /** The CSV tables of the release, parsed (header row → objects of strings), by export table name
   *  (plans, hierarchy, actions, action_parents, subactions, partners, indicators, indicator_values,
   *  budget_lines, updates, extra_fields — whatever the exporter of that day wrote). */
  tables: Record<string, Record<string, string>[]>;
}
