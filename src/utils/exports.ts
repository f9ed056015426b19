/**
 * The open-data files of the build (see lib/export/bundle), computed once from the catalog and
 * shared by the endpoints that write them and the pages that list them (sizes, row counts).
 */
import { planCharts } from '../lib/charts/catalog';
import { tableToCsv } from '../lib/charts/csv';
import { buildExports, type ChartCsv, type Exports } from '../lib/export/bundle';
import { contentDay } from '../lib/export/updated';
import type { Plan } from '../lib/model/types';
import { roots, site } from '../site-config';
import { getCatalog, type Catalog } from './catalog';
import { getHistory, projectPath } from './history';

let cached: Promise<Exports> | undefined;
/** The catalog the cached files were built from: a new one (dev, after a content change) rebuilds them. */
let cachedFor: Catalog | undefined;

export async function getExports(): Promise<Exports> {
  const catalog = await getCatalog();
  if (catalog !== cachedFor) {
    cachedFor = catalog;
    cached = build(catalog);
  }
  return cached!;
}

/** Absolute URL of the site root with its base path, ending with "/". */
export function siteRootUrl(): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE ?? 'http://localhost:4321').href;
}

/**
 * Day of the last commit touching the plan's files (content/<plan>, data/<plan>), or undefined
 * outside a git checkout, for files git does not track yet, or when git is missing: the caller then
 * falls back on dates found in the content. Derived from the content's history, never the clock.
 */
function gitDay(plan: Plan): string | undefined {
  return getHistory().lastChange([`${roots.content}/${plan.meta.slug}`, `${roots.data}/${plan.meta.slug}`].map(projectPath));
}

async function build({ plans, index }: Catalog): Promise<Exports> {
  const charts: ChartCsv[] = [...index.values()].flatMap((planIndex) =>
    planCharts(planIndex).map(({ chart, file }) => ({ ...file, csv: tableToCsv(chart.table), rows: chart.table.rows.length })),
  );
  return buildExports({
    plans,
    siteUrl: siteRootUrl(),
    site: { title: site.title, tagline: site.tagline, publisher: site.publisher, publisherUrl: site.publisher_url, contactUrl: site.contact_url },
    lastUpdated: Object.fromEntries(plans.map((p) => [p.meta.slug, gitDay(p) ?? contentDay(p)])),
    charts,
  });
}

/**
 * Static paths of the data files whose site path matches `pattern` (named groups become the
 * route's params), for the endpoints under src/pages that write them.
 */
export async function fileRoutes(pattern: RegExp): Promise<{ params: Record<string, string>; props: { path: string } }[]> {
  const { files } = await getExports();
  return files.flatMap((f) => {
    const m = pattern.exec(f.path);
    return m ? [{ params: { ...m.groups }, props: { path: f.path } }] : [];
  });
}

/** Writes the data file named by the route's `path` prop (see fileRoutes). */
export async function fileResponse(path: string): Promise<Response> {
  const f = (await getExports()).byPath.get(path);
  if (!f) throw new Error(`fichier de données inconnu : ${path}`);
  return new Response(f.body as BodyInit, { headers: { 'Content-Type': f.mediaType } });
}
