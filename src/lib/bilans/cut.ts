/**
 * Cutting a bilan: the plan's data as /donnees/<plan>/ publishes it that day (the exporter's own
 * per-plan files: every table as CSV and JSON, and datapackage.json), frozen with a SHA256SUMS.
 * Pure: the same plan, options and release info give the same bytes (no clock; the only date is
 * the release's own, given by the caller).
 */
import { buildExports, fileContent, type SiteInfo } from '../export/bundle';
import { contentDay } from '../export/updated';
import type { UiLanguage } from '../i18n/languages';
import type { Plan } from '../model/types';
import { paths } from '../urls';
import { SUMS_FILE, formatSums, sha256Hex } from './sums';
import type { ReleaseInfo } from './types';

export interface CutOptions {
  /** Absolute URL of the published site, base path included, ending with "/" (the URLs in the files). */
  siteUrl: string;
  site: SiteInfo;
  /** The site's languages, the default first (the languages of datapackage.json's texts). */
  languages: UiLanguage[];
}

export interface ReleaseFileBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * The files of a bilan of `plan`, sorted by name, SHA256SUMS last: the exporter's per-plan tables
 * (`<table>.csv`, `<table>.json`) and its datapackage.json, given the release's `id` (its URL
 * under /donnees/<plan>/bilans/<id>/), `version` (the bilan's id) and `created` (its date, at
 * midnight UTC: Data Package asks for a date-time). `plans.last_updated` is the content's own
 * last day (lib/export/updated), never the clock.
 */
export function cutRelease(plan: Plan, info: ReleaseInfo, o: CutOptions): ReleaseFileBytes[] {
  const slug = plan.meta.slug;
  const exports = buildExports({
    plans: [plan],
    languages: o.languages,
    siteUrl: o.siteUrl,
    site: o.site,
    lastUpdated: { [slug]: contentDay(plan) },
    charts: [],
  });
  const dataset = exports.datasets.find((d) => d.scope === slug);
  if (!dataset) throw new Error(`bilan : le plan « ${slug} » n'a pas de fichiers de données`);
  const files: ReleaseFileBytes[] = dataset.tables.flatMap((t) => [
    { name: `${t.table.name}.csv`, bytes: fileContent(t.csv) },
    { name: `${t.table.name}.json`, bytes: fileContent(t.json) },
  ]);
  const published = JSON.parse(Buffer.from(fileContent(dataset.datapackage)).toString('utf8')) as Record<string, unknown>;
  const descriptor: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(published)) {
    descriptor[key] = key === 'id' ? o.siteUrl + paths.bilanFile(slug, info.id, 'datapackage.json') : value;
    if (key === 'id') {
      descriptor.version = info.id;
      descriptor.created = `${info.date}T00:00:00Z`;
    }
  }
  files.push({ name: 'datapackage.json', bytes: Buffer.from(JSON.stringify(descriptor, null, 2) + '\n', 'utf8') });
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sums = formatSums(files.map((f) => ({ name: f.name, sha256: sha256Hex(f.bytes) })));
  return [...files, { name: SUMS_FILE, bytes: Buffer.from(sums, 'utf8') }];
}
