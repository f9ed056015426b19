/**
 * The open-data files of the build (see lib/export/bundle), computed once from the catalog and
 * shared by the endpoints that write them and the pages that list them (sizes, row counts).
 */
import { planCharts } from '../lib/charts/catalog';
import { RecentCache } from '../lib/recent-cache';
import { tableToCsv } from '../lib/charts/csv';
import { buildExports, isStreamed, type ChartCsv, type ExportInput, type Exports } from '../lib/export/bundle';
import { readChunks, shareStreamedFiles, spillTo } from '../integrations/data-files';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDay } from '../lib/export/updated';
import { actionDataFiles } from '../lib/export/action';
import type { PlanIndex } from '../lib/model/queries';
import type { Plan, PlanMeta } from '../lib/model/types';
import type { UiLanguage } from '../lib/i18n';
import { roots, site } from '../site-config';
import { getCatalog, type Catalog } from './catalog';
import { getFieldHistory, getHistory, projectPath } from './history';
import { changeFeedEntries } from '../lib/history/feed';
import { siteLanguages } from './languages';
import { getAllReleases, releaseArchive } from './bilans';

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

/**
 * Each plan's last-update day, by its metadata object: the same for every copy of the plan the
 * catalog makes (lib/model/packed), a new one after a content change (dev).
 */
const lastUpdatedDays = new WeakMap<PlanMeta, { day: string | undefined }>();

/** The plan's last-update day: its last commit's, else the latest date in its content. */
function lastUpdated(plan: Plan): string | undefined {
  let known = lastUpdatedDays.get(plan.meta);
  if (!known) lastUpdatedDays.set(plan.meta, (known = { day: gitDay(plan) ?? contentDay(plan) }));
  return known.day;
}

/** One of an action's two downloads as its page lists it. */
export interface ActionFileInfo {
  path: string;
  bytes: number;
}

/**
 * The two downloads of one action (their sizes for its page). The dev server computes them for
 * that action alone from the plan's index (lib/export/action), the same bytes as the build writes
 * (tests/unit/export/action.test.ts), instead of building every file of the site before its first
 * action page (5 s of a 6 s first answer at 10 000 actions). A build writes every file anyway for
 * the endpoints: its pages reuse those rather than compute each action's files a second time
 * (1.5 to 3 s more at 10 000 actions).
 */
export async function getActionFiles(planIndex: PlanIndex, actionId: string): Promise<Record<'csv' | 'json', ActionFileInfo>> {
  if (!import.meta.env.DEV) {
    const built = (await getExports()).actionFiles.get(`${planIndex.plan.meta.slug}/${actionId}`);
    if (!built) throw new Error(`fichiers de l'action inconnus : ${planIndex.plan.meta.slug}/${actionId}`);
    return built;
  }
  return actionDataFiles(planIndex, actionId, { siteUrl: siteRootUrl(), lastUpdated: lastUpdated(planIndex.plan) });
}

/** The CSV texts of the last plan whose charts were asked for: the ZIP and the endpoint take a plan's charts in a row. */
const chartCsvs = new RecentCache<PlanIndex, Map<string, string>>(1);

/** One chart's CSV, made again from the plan's index (the same rows as its page and its endpoint). */
export function chartCsv(planIndex: PlanIndex, id: string): string {
  const texts = chartCsvs.get(planIndex, () => new Map(planCharts(planIndex).map(({ chart, file }) => [file.id, tableToCsv(chart.table)])));
  const text = texts.get(id);
  if (text === undefined) throw new Error(`graphique inconnu : ${planIndex.plan.meta.slug}/${id}`);
  return text;
}

/**
 * What the files keep calls back for, made outside `build`: a closure holds its whole enclosing
 * scope, and `build`'s holds every plan. The chart texts ask the catalog for their plan again.
 */
const chartCsvText = (catalog: Catalog, slug: string, id: string) => () => chartCsv(catalog.planIndex(slug), id);

/**
 * Each chart's title in the site's other languages, by chart id (empty for a one-language site):
 * the data page of each language lists the files by their title in its language. Apart from
 * chartFiles so that no closure made there refers to the plan's index (see chartCsvText): one that
 * did kept every plan's index alive through the chart files.
 */
function otherLanguageTitles(planIndex: PlanIndex): Map<string, Partial<Record<UiLanguage, string>>> {
  const titles = new Map<string, Partial<Record<UiLanguage, string>>>();
  for (const language of siteLanguages) {
    if (language === 'fr') continue;
    for (const { chart } of planCharts(planIndex, language)) {
      let byLanguage = titles.get(chart.id);
      if (!byLanguage) titles.set(chart.id, (byLanguage = {}));
      byLanguage[language] = chart.title;
    }
  }
  return titles;
}

function chartFiles(catalog: Catalog, slug: string, planIndex: PlanIndex): ChartCsv[] {
  const titles = otherLanguageTitles(planIndex);
  return planCharts(planIndex).map(({ chart, file }) => ({
    ...file,
    ...(titles.size > 0 ? { titles: titles.get(chart.id) } : {}),
    bytes: Buffer.byteLength(tableToCsv(chart.table), 'utf8'),
    rows: chart.table.rows.length,
    csv: chartCsvText(catalog, slug, file.id),
  }));
}

/**
 * In a build, each streamed file is written to a scratch folder while its size is measured, then
 * moved into the output folder after the pages (integrations/data-files); it is read back from
 * there. `scratch` gets each file's scratch path. (Outside `build`: see chartFiles.)
 */
function spillInto(scratchDir: string, scratch: Map<string, string>): NonNullable<ExportInput['spill']> {
  return (path, body) => {
    scratch.set(path, join(scratchDir, path));
    const bytes = spillTo(scratchDir, path, body());
    return { bytes, body: () => readChunks(join(scratchDir, path)) };
  };
}

async function build(catalog: Catalog): Promise<Exports> {
  const history = await getFieldHistory();
  // The charts and the history's feed entries (in each language a feed is written in) read each
  // plan's index, one plan after the other.
  const charts: ChartCsv[] = [];
  const lastUpdatedDay: Record<string, string | undefined> = {};
  const changeEntries: ExportInput['changeEntries'] =
    history.status === 'ok' ? Object.fromEntries(siteLanguages.map((language) => [language, {}])) : undefined;
  for (const { meta } of catalog.plans) {
    const planIndex = catalog.planIndex(meta.slug);
    charts.push(...chartFiles(catalog, meta.slug, planIndex));
    lastUpdatedDay[meta.slug] = lastUpdated(planIndex.plan);
    if (history.status !== 'ok' || !changeEntries) continue;
    for (const language of siteLanguages) changeEntries[language]![meta.slug] = changeFeedEntries(history.plans.get(meta.slug)?.all ?? [], planIndex, undefined, language);
  }
  const releases = Object.fromEntries(
    [...(await getAllReleases())].map(([slug, list]) => [
      slug,
      list.map((r) => {
        const { path, bytes, sha256 } = releaseArchive(slug, r);
        return { info: r.info, files: r.files, zip: { path, bytes: bytes.length, sha256 } };
      }),
    ]),
  );
  // Each plan is made whole when its files are made, and let go after (lib/export/bundle); through
  // the catalog, so that a site of one plan keeps the one copy its pages read.
  const plans = catalog.plans.map(({ meta }) => ({ meta, load: () => catalog.planIndex(meta.slug).plan }));
  // The dev server has no scratch folder: it measures, and streams the files from their endpoints.
  const scratchDir = import.meta.env.DEV ? undefined : mkdtempSync(join(tmpdir(), 'plan-climat-donnees-'));
  const scratch = new Map<string, string>();
  const exports = buildExports({
    changeEntries,
    changes: Object.fromEntries(plans.map((p) => [p.meta.slug, history.status === 'ok' ? (history.plans.get(p.meta.slug)?.all ?? []) : []])),
    spill: scratchDir ? spillInto(scratchDir, scratch) : undefined,
    plans,
    releases,
    languages: [...siteLanguages],
    siteUrl: siteRootUrl(),
    site: { title: site.title, tagline: site.tagline, publisher: site.publisher, publisherUrl: site.publisher_url, contactUrl: site.contact_url },
    lastUpdated: lastUpdatedDay,
    charts,
  });
  // In a build, the all-plans files are written after the pages, by streaming (integrations/data-files).
  if (scratchDir) shareStreamedFiles(exports.files.filter(isStreamed).map((f) => ({ ...f, scratch: scratch.get(f.path) })), scratchDir);
  return exports;
}

/**
 * Static paths of the data files whose site path matches `pattern` (named groups become the
 * route's params), for the endpoints under src/pages that write them. In a build, the streamed
 * all-plans files have no route: integrations/data-files writes them after the pages.
 */
export async function fileRoutes(pattern: RegExp): Promise<{ params: Record<string, string>; props: { path: string } }[]> {
  const { files } = await getExports();
  return files.flatMap((f) => {
    if (isStreamed(f) && !import.meta.env.DEV) return [];
    const m = pattern.exec(f.path);
    return m ? [{ params: { ...m.groups }, props: { path: f.path } }] : [];
  });
}

/** Writes the data file named by the route's `path` prop (see fileRoutes). */
export async function fileResponse(path: string): Promise<Response> {
  const f = (await getExports()).byPath.get(path);
  if (!f) throw new Error(`fichier de données inconnu : ${path}`);
  // A streamed file (only served this way by the dev server) goes out chunk by chunk.
  const body = isStreamed(f) ? streamOf(f.body()) : f.body;
  return new Response(body as BodyInit, { headers: { 'Content-Type': f.mediaType } });
}

/** A web stream that pulls the chunks one at a time, as the response is read. */
function streamOf(chunks: Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
    },
  });
}
