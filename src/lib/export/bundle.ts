/**
 * Every open-data file of the site, computed once per build from the loaded plans: tables as CSV
 * and JSON per plan and for all public plans, XLSX workbooks, Data Packages, per-action files,
 * Atom feeds, the DCAT catalogue and a ZIP of everything public with a README.
 *
 * Paths are site paths (relative to the base path, see `lib/urls`):
 *   donnees/<plan>/<table>.csv|json         one plan's tables (fictional plans included, marked)
 *   donnees/tous/<table>.csv|json           all public plans (fictional plans excluded)
 *   donnees/<plan>/<plan>.xlsx, donnees/tous/tous.xlsx   the same tables as one workbook
 *   donnees/<plan>/datapackage.json         Data Package of one plan
 *   donnees/datapackage.json                Data Package of all public plans (files in tous/)
 *   donnees/<plan>/actions/<id>.csv|json    one action and everything attached to it
 *   donnees/plans-climat-donnees.zip        every public file above (no per-action files), a README
 *                                           per site language (LISEZMOI.md, LEESMIJ.md, README.md)
 *   catalog.jsonld
 *   flux.atom, <plan>/flux.atom             Atom feeds in the default language; in another
 *   nl/flux.atom, nl/<plan>/flux.atom       language, prefixed with it (a plan's in its languages)
 *
 * Languages: file names, column names and values never change. The descriptions the files carry
 * (data packages, DCAT catalogue) are in every site language, the default first (see
 * datapackage.ts and dcat.ts); the workbooks' « lisez-moi » sheet is in the default language.
 *
 * Deterministic: no clock, no randomness, stable ordering; the only dates are the content's.
 * The build fails (throws) when a written package does not validate against its own Table Schemas.
 */
import type { Plan, PlanMeta } from '../model/types';
import { LOCALES, messages, type Messages, type UiLanguage } from '../i18n';
import { localText } from '../i18n/localize';
import { formatNumber } from '../format';
import { paths } from '../urls';
import { atomFeed, feedEvents, mergeEvents, type ChangeFeedEntry, type FeedEvent } from './atom';
import { CHANGES_TABLE, changesCsv, changesJson, changesTableIn } from './changes';
import type { PlanChange } from '../history/changes';
import { checkResources, formatTableProblem, type CheckedResource } from './check';
import { citationLine, releaseCitationLine } from './citation';
import type { ReleaseFile, ReleaseInfo } from '../bilans/types';
import { formulaLikeCells } from './csv';
import { dataPackage, distinctLicenses, tableSchema, type DescriptorTranslations, type ResourceFile } from './datapackage';
import { dcatCatalogJson, type DcatDataset, type LocalizedText } from './dcat';
import { actionCsv, actionJson } from './action';
import { actionRowsGrouped, planRows, type Row } from './rows';
import { EXPORT_TABLE_NAMES, EXPORT_TABLES, exportTablesIn, type ExportTable, type ExportTableName } from './schema';
import { pack, unpack } from '../pack';
import { csvChunks, jsonChunks, measureChunks } from './stream';
import { xlsxChunks, type Sheet } from './xlsx';
import { zipChunks, type ZipEntry } from './zip';

/** The scope of the files of all public plans. A plan may not use this slug. */
export const ALL_PLANS = 'tous';

export interface ChartCsv {
  plan: string;
  id: string;
  title: string;
  /** The title in the site's other languages, for their data pages (the CSV is the same). */
  titles?: Partial<Record<UiLanguage, string>>;
  /** Site path of the CSV. */
  path: string;
  /** Site path of the page showing the chart. */
  page: string;
  /** The CSV text, made when asked (the ZIP): a portal's charts would hold hundreds of megabytes. */
  csv: () => string;
  /** Size of the CSV in bytes. */
  bytes: number;
  rows: number;
}

export interface SiteInfo {
  title: string;
  tagline: string;
  publisher: string;
  publisherUrl?: string;
  contactUrl?: string;
}

export interface ExportInput {
  /**
   * The plans, in catalogue order. Each is made whole when its files are made, then let go (a
   * portal's plans are never all in memory): give a PlanSource to make it then, or the plan.
   */
  plans: (Plan | PlanSource)[];
  /**
   * The site's languages, the default first (unprefixed URLs): the languages of the descriptions
   * and of the feeds. Default: French only.
   */
  languages?: UiLanguage[];
  /** Absolute URL of the site root, base path included, ending with "/". */
  siteUrl: string;
  site: SiteInfo;
  /** Content-derived last-change day (YYYY-MM-DD) of each plan, by slug. */
  lastUpdated: Record<string, string | undefined>;
  /** The per-chart CSV files (lib/charts), listed on the data page and put in the ZIP. */
  charts: ChartCsv[];
  /**
   * Each plan's bilans (lib/bilans), oldest first, with their ZIP: listed on the data page with
   * their checksums and in the catalogue. Their files are served as committed, not made here.
   */
  releases?: Record<string, ReleaseEntry[]>;
  /** Field changes of each plan for its Atom feed, newest first (see lib/history); none without history. */
  /** The history's feed entries per feed language, then plan. */
  changeEntries?: Partial<Record<UiLanguage, Record<string, ChangeFeedEntry[]>>>;
  /** Every field change of each plan, oldest first, for `donnees/<plan>/changements.csv|json` (empty without history). */
  changes?: Record<string, PlanChange[]>;
  /**
   * Called once per streamed file with its chunks; returns its size in bytes and the way to read
   * it again. By default the chunks are only counted, and the file is made again from its rows
   * each time it is read; a build passes a function that writes them to a scratch file as it
   * counts and reads that file back, so that the file is made once (page-data/exports,
   * integrations/data-files) and its rows can go once every file is made.
   */
  spill?: (path: string, body: StreamedBody) => { bytes: number; body: StreamedBody };
}

/** A plan the exports make whole when they come to it (see ExportInput.plans). */
export interface PlanSource {
  meta: PlanMeta;
  load: () => Plan;
}

const sourceOf = (p: Plan | PlanSource): PlanSource => ('load' in p ? p : { meta: p.meta, load: () => p });

/** Rows read again, in order, each time they are iterated, their number known beforehand (an array is one). */
type RowSeq = Iterable<Row> & { readonly length: number };

/** What the files of a scope (one plan, or all public plans) are made from. */
interface Scope {
  /** `tous` or the plan's slug. */
  scope: string;
  metas: PlanMeta[];
  rows: Record<ExportTableName, RowSeq>;
  /** The plan's metadata; undefined for all public plans. */
  plan: PlanMeta | undefined;
  events: FeedEvent[];
}

/** One table's rows of every public plan, unpacked (lib/pack) a plan at a time each time they are read. */
function packedRows(plans: readonly Record<ExportTableName, Buffer>[], name: ExportTableName, length: number): RowSeq {
  return {
    length,
    *[Symbol.iterator]() {
      for (const p of plans) yield* unpack<Row[]>(p[name]);
    },
  };
}

/**
 * A file's content (or text), read when asked. Made here rather than where the file is made: a
 * closure keeps its whole enclosing scope alive, and there that holds the scope's rows.
 */
const contentOf = (f: DataFile) => () => fileContent(f);
const textOf = (f: DataFile) => () => fileText(f);

/** A bilan as the exports list it: its files (from SHA256SUMS) and the ZIP of them. */
export interface ReleaseEntry {
  info: ReleaseInfo;
  files: ReleaseFile[];
  zip: { path: string; bytes: number; sha256: string };
}

/** A bilan on the data page: with its citation line in each site language. */
export interface DatasetRelease extends ReleaseEntry {
  citations: Partial<Record<UiLanguage, string>>;
  /** The data page's anchor for it, `<plan>-bilan-<id>`. */
  anchor: string;
}

export interface DataFile {
  path: string;
  /**
   * The content; for the files that grow with the plans (every table file, per plan and of all
   * plans, the workbooks, each action's files, the data packages, the feeds, the catalogue and
   * the ZIP), a function that yields it in chunks each time it is called: those are never kept
   * whole, and are written after the pages by streaming (see isStreamed, integrations/data-files).
   */
  body: string | Uint8Array | StreamedBody;
  mediaType: string;
  bytes: number;
}

export type StreamedBody = () => Iterable<string | Uint8Array>;

/** Whether a file is written by streaming its chunks rather than held whole. */
export function isStreamed(f: DataFile): f is DataFile & { body: StreamedBody } {
  return typeof f.body === 'function';
}

/** The whole content of a file, streamed or not (for tests and small files: a streamed one is made whole). */
export function fileContent(f: DataFile): Uint8Array {
  const body = f.body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (typeof body !== 'function') return body;
  return Buffer.concat([...body()].map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
}

/** The whole content of a text file, streamed or not. */
export function fileText(f: DataFile): string {
  return typeof f.body === 'string' ? f.body : Buffer.from(fileContent(f)).toString('utf8');
}

export interface TableFiles {
  table: ExportTable;
  rows: number;
  csv: DataFile;
  json: DataFile;
}

export interface Dataset {
  /** `tous` or a plan slug. */
  scope: string;
  title: string;
  plans: PlanMeta[];
  fictional: boolean;
  lastUpdated?: string;
  /** The citation line in the site's default language (workbook, README). */
  citation: string;
  /** The citation line in each site language (its URL: the data page in that language). */
  citations: Partial<Record<UiLanguage, string>>;
  licences: { name: string; url?: string }[];
  tables: TableFiles[];
  xlsx: DataFile;
  datapackage: DataFile;
  /** The Atom feed in the scope's first language (a plan's source language; the site's default). */
  feed: DataFile;
  /** The Atom feed in each language it exists in: a plan's languages, or every site language. */
  feeds: Partial<Record<UiLanguage, DataFile>>;
  charts: ChartCsv[];
  /** Text cells starting with =, +, -, @, tab or CR (see csv.ts). */
  formulaCells: number;
  /** The plan's bilans, oldest first (none for all plans). */
  releases: DatasetRelease[];
}

export interface Exports {
  /** Every file, sorted by path. */
  files: DataFile[];
  byPath: Map<string, DataFile>;
  /** All public plans first, then each plan in catalogue order. */
  datasets: Dataset[];
  zip: DataFile;
  catalog: DataFile;
  /** Per-action files by `<plan>/<action id>`. */
  actionFiles: Map<string, { csv: DataFile; json: DataFile }>;
}

const MEDIA = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  atom: 'application/atom+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

const bare = (mediaType: string) => mediaType.split(';')[0];

function file(path: string, body: string | Uint8Array, mediaType: string): DataFile {
  return { path, body, mediaType, bytes: typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length };
}

/** A streamed file: its size is measured by reading its chunks once (see ExportInput.spill), which are not kept. */
function streamedFile(path: string, body: StreamedBody, mediaType: string, spill: ExportInput['spill']): DataFile {
  if (spill) return { path, mediaType, ...spill(path, body) };
  return { path, body, mediaType, bytes: measureChunks(body()).bytes };
}

/** Size and SHA-256 of a file as a data package states them, read in chunks (a streamed file is not made whole). */
function digest(f: DataFile): { bytes: number; hash: string } {
  const { bytes, sha256 } = measureChunks(typeof f.body === 'function' ? f.body() : [f.body]);
  return { bytes, hash: `sha256:${sha256}` };
}

const latest = (days: (string | undefined)[]) => days.filter((d): d is string => !!d).sort().at(-1);

export { ACTION_CSV_COLUMNS } from './action';

/**
 * The workbook's first sheet, in the site's default language. Its name and column names are the
 * identifiers the importer recognises a published workbook by (lib/import/workbook), not text.
 */
function readmeSheet(
  w: Messages['data']['files']['workbook'],
  d: { title: string; citation: string; licences: { name: string; url?: string }[]; fictional: boolean; lastUpdated?: string; fictionalNote: string },
  urls: { page: string; fields: string },
): Sheet {
  const rows: Row[] = [
    { rubrique: w.data, valeur: d.title },
    ...(d.fictional ? [{ rubrique: w.warning, valeur: d.fictionalNote }] : []),
    { rubrique: w.licence, valeur: d.licences.map((l) => (l.url ? `${l.name} (${l.url})` : l.name)).join(' ; ') },
    { rubrique: w.citation, valeur: d.citation },
    { rubrique: w.updated, valeur: d.lastUpdated ?? w.notStated },
    { rubrique: w.downloaded, valeur: urls.page },
    { rubrique: w.columns, valeur: w.columnsText(urls.fields) },
    { rubrique: w.conventions, valeur: w.conventionsText },
  ];
  return { name: 'lisez-moi', columns: [{ name: 'rubrique' }, { name: 'valeur' }], rows };
}

/** The languages of the site as the exports use them: the default first, prefixes, a plan's languages. */
function siteLanguages(input: ExportInput) {
  const all: UiLanguage[] = input.languages && input.languages.length > 0 ? input.languages : ['fr'];
  const main = all[0];
  /** The path prefix of a language's pages and feeds (`nl/`; none for the default). */
  const prefix = (language: UiLanguage) => (language === main ? '' : `${language}/`);
  /** The languages a plan is published in, among the site's (its first is its source language). */
  const ofPlan = (meta: PlanMeta): UiLanguage[] => {
    const own = (meta.languages ?? []).filter((l) => all.includes(l));
    return own.length > 0 ? own : [main];
  };
  /** The language of a plan's page for a reader of `language`: that one, or the plan's first. */
  const pageLanguage = (meta: PlanMeta, language: UiLanguage) => (ofPlan(meta).includes(language) ? language : ofPlan(meta)[0]);
  /** One of a plan's texts for a reader of `language`: its translation when the plan gives one. */
  const planText = (meta: PlanMeta, field: 'title' | 'shortTitle' | 'description', language: UiLanguage) => {
    const original = meta[field];
    const key = field === 'shortTitle' ? 'short_title' : field;
    return localText(original, meta.translations, key, language, ofPlan(meta)[0]) ?? undefined;
  };
  return { all, main, others: all.slice(1), prefix, ofPlan, pageLanguage, planText };
}

/** Builds every open-data file. Throws when a package fails its own Table Schema check. */
export function buildExports(input: ExportInput): Exports {
  const { siteUrl, site } = input;
  const sources = input.plans.map(sourceOf);
  for (const p of sources) {
    if (p.meta.slug === ALL_PLANS) throw new Error(`le dossier de plan « ${ALL_PLANS} » est réservé aux fichiers de tous les plans`);
  }
  const lang = siteLanguages(input);
  const words = (language: UiLanguage) => messages(language).data;
  const main = words(lang.main);
  const dataPageIn = (language: UiLanguage) => siteUrl + lang.prefix(language) + paths.data();
  const fieldsPageIn = (language: UiLanguage) => siteUrl + lang.prefix(language) + paths.dataFields();
  const dataPage = dataPageIn(lang.main);
  const fieldsPage = fieldsPageIn(lang.main);
  const tablesIn = (language: UiLanguage) => exportTablesIn(language);
  const files: DataFile[] = [];
  const add = (f: DataFile) => (files.push(f), f);

  // Each plan's charts, grouped once (a portal has tens of thousands, and a thousand plans).
  const chartsByPlan = Map.groupBy(input.charts, (c) => c.plan);

  /** A plan's full name for a reader of `language`: « Territoire — titre » (the title translated when the plan gives it). */
  const planName = (meta: PlanMeta, language: UiLanguage) => `${meta.territory} — ${lang.planText(meta, 'title', language)?.text ?? meta.title}`;

  /**
   * The files of one scope (a plan, or all public plans): its tables, workbook, package and
   * feeds. What it hands out keeps none of the scope's rows (see contentOf): they go once its
   * files are written.
   */
  const scopeFiles = (s: Scope, out: { problems: string[]; zip: ZipEntry[] }): Dataset => {
    const metas = s.metas;
    const fictional = !!s.plan?.fictional;
    const lastUpdated = latest(metas.map((m) => input.lastUpdated[m.slug]));
    const anchorIn = (language: UiLanguage) => `${dataPageIn(language)}#${s.scope}`;
    const anchor = anchorIn(lang.main);
    const territories = metas.map((m) => m.territory).join(', ');
    const titleIn = (language: UiLanguage) => (s.plan ? planName(s.plan, language) : words(language).files.allPlansTitle(site.title));
    const title = titleIn(lang.main);
    const citationIn = (language: UiLanguage) =>
      s.plan
        ? citationLine(s.plan.territory, lang.planText(s.plan, 'title', language)?.text ?? s.plan.title, anchorIn(language), lastUpdated, language)
        : citationLine(site.title, words(language).files.allPlansCitation(territories), anchorIn(language), lastUpdated, language);
    const citation = citationIn(lang.main);
    const citations = Object.fromEntries(lang.all.map((l) => [l, citationIn(l)])) as Partial<Record<UiLanguage, string>>;
    const licences = distinctLicenses(metas).map((l) => ({ name: l.title, ...(l.path ? { url: l.path } : {}) }));
    const inZip = !fictional;
    const zipDir = s.scope;

    const tables: TableFiles[] = [];
    let formulaCells = 0;
    const resources: (ResourceFile & { text: () => string })[] = [];
    const translated = (name: string) => lang.others.map((language) => ({ language, table: tablesIn(language).find((t) => t.name === name)! }));
    for (const [i, table] of EXPORT_TABLES.entries()) {
      const rows = s.rows[table.name];
      const csvPath = paths.dataFile(s.scope, `${table.name}.csv`);
      const jsonPath = paths.dataFile(s.scope, `${table.name}.json`);
      // Every table file is streamed: a plan's own tables grow with it as the all-plans ones do.
      const csv = add(streamedFile(csvPath, () => csvChunks(table.columns, rows), MEDIA.csv, input.spill));
      const json = add(streamedFile(jsonPath, () => jsonChunks(table.columns, rows), MEDIA.json, input.spill));
      tables.push({ table, rows: rows.length, csv, json });
      formulaCells += formulaLikeCells(table.columns, rows).length;
      // The package's hash and the schema check read the file as written (a build's scratch
      // file), not made a second time, and one table at a time.
      resources.push({ table: tablesIn(lang.main)[i], translations: translated(table.name), path: s.plan ? `${table.name}.csv` : `${ALL_PLANS}/${table.name}.csv`, ...digest(csv), text: textOf(csv) });
      if (inZip) {
        out.zip.push({ path: `${zipDir}/${table.name}.csv`, data: contentOf(csv) }, { path: `${zipDir}/${table.name}.json`, data: contentOf(json) });
      }
    }

    const changes = s.plan ? input.changes?.[s.scope] : undefined;
    if (changes) {
      const csv = add(file(paths.dataFile(s.scope, 'changements.csv'), changesCsv(changes), MEDIA.csv));
      add(file(paths.dataFile(s.scope, 'changements.json'), changesJson(changes), MEDIA.json));
      resources.push({
        table: changesTableIn(lang.main),
        translations: lang.others.map((language) => ({ language, table: changesTableIn(language) })),
        path: 'changements.csv',
        ...digest(csv),
        text: textOf(csv),
      });
    }

    const check = checkResources(
      resources.map((r): CheckedResource => ({ name: r.table.name, csv: r.text, schema: tableSchema(r.table, s.plan ? 'plan' : 'all') })),
    );
    for (const p of check) out.problems.push(`${s.scope}/${formatTableProblem(p)}`);

    const sheets: Sheet[] = [
      readmeSheet(main.files.workbook, { title, citation, licences, fictional, lastUpdated, fictionalNote: main.files.fictionalNote }, { page: anchor, fields: fieldsPage }),
      ...EXPORT_TABLES.map((t) => ({ name: t.name, columns: t.columns, rows: s.rows[t.name] })),
    ];
    const bookPath = paths.dataFile(s.scope, `${s.scope}.xlsx`);
    const book = add(streamedFile(bookPath, () => xlsxChunks(sheets, lastUpdated), MEDIA.xlsx, input.spill));
    if (inZip) out.zip.push({ path: `${zipDir}/${s.scope}.xlsx`, data: contentOf(book) });

    const pkgPath = s.plan ? paths.dataFile(s.scope, 'datapackage.json') : paths.dataPackage();
    const packageTexts = (language: UiLanguage) => {
      const w = words(language).files;
      const t = titleIn(language);
      const description = s.plan
        ? `${fictional ? `${w.fictionalNote} ` : ''}${w.planPackage(lang.planText(s.plan, 'description', language)?.text ?? lang.planText(s.plan, 'title', language)?.text ?? s.plan.title, s.scope)}`
        : w.allPackage(territories || w.noPlan);
      return { title: fictional ? w.fictionalTitle(t) : t, description };
    };
    const mainTexts = packageTexts(lang.main);
    const descriptor = dataPackage({
      scope: s.plan ? 'plan' : 'all',
      name: s.plan ? `plan-climat-${s.scope}` : 'plans-climat',
      id: siteUrl + pkgPath,
      languages: lang.all,
      title: mainTexts.title,
      description: mainTexts.description,
      translations: Object.fromEntries(lang.others.map((l) => [l, packageTexts(l)])) as DescriptorTranslations,
      homepage: anchor,
      keywords: [...main.files.keywords.split(';'), ...(fictional ? main.files.fictionalKeywords.split(';') : [])],
      plans: metas,
      publisher: { title: site.publisher, ...(site.publisherUrl ? { path: site.publisherUrl } : {}) },
      resources,
      fictional,
    });
    const pkg = add(streamedFile(pkgPath, () => [JSON.stringify(descriptor, null, 2) + '\n'], MEDIA.json, input.spill));
    if (inZip) out.zip.push({ path: s.plan ? `${zipDir}/datapackage.json` : 'datapackage.json', data: contentOf(pkg) });

    const events = s.events;
    const feeds: Partial<Record<UiLanguage, DataFile>> = {};
    for (const language of s.plan ? lang.ofPlan(s.plan) : lang.all) {
      const w = words(language).files.feed;
      const feedPath = lang.prefix(language) + (s.plan ? paths.feed(s.scope) : paths.feed());
      let feedTitle: string;
      let subtitle: string;
      if (s.plan) {
        const short = lang.planText(s.plan, 'shortTitle', language)?.text ?? lang.planText(s.plan, 'title', language)?.text ?? s.plan.title;
        // A fictional plan's own title may already say so (« Plan fictif », « Fictief plan »).
        feedTitle = `${w.planTitle(short)}${fictional && !/fictif|fictie|fiction/i.test(short) ? w.fictional : ''}`;
        subtitle = w.planSubtitle(lang.planText(s.plan, 'title', language)?.text ?? s.plan.title, s.plan.territory);
      } else {
        feedTitle = w.siteTitle(site.title);
        subtitle = w.siteSubtitle;
      }
      feeds[language] = add(
        streamedFile(
          feedPath,
          // A feed is not kept: a thousand plans' feeds were tens of megabytes of text.
          () => [
            atomFeed({
              language,
              siteUrl,
              path: feedPath,
              page: s.plan ? paths.plan(s.scope) : paths.portal(),
              link: (path, plan) => siteUrl + lang.prefix(plan ? lang.pageLanguage(plan, language) : language) + path,
              ...(s.plan ? { plan: s.plan } : {}),
              title: feedTitle,
              subtitle,
              author: site.publisher,
              rights: licences.map((l) => l.name).join(' ; ') || undefined,
              fallbackDay: lastUpdated,
              withPlan: !s.plan,
              events,
              changes: s.plan ? input.changeEntries?.[language]?.[s.scope] : undefined,
              changesLanguage: language,
            }),
          ],
          MEDIA.atom,
          input.spill,
        ),
      );
    }
    const feed = feeds[s.plan ? lang.ofPlan(s.plan)[0] : lang.main]!;

    const charts = (s.plan && chartsByPlan.get(s.scope)) || [];
    if (inZip) for (const c of charts) out.zip.push({ path: `${zipDir}/graphiques/${c.id}.csv`, data: c.csv });

    const releases: DatasetRelease[] = (s.plan ? (input.releases?.[s.scope] ?? []) : []).map((r) => {
      const anchor = `${s.scope}-bilan-${r.info.id}`;
      const cite = (language: UiLanguage) =>
        releaseCitationLine(s.plan!.territory, lang.planText(s.plan!, 'title', language)?.text ?? s.plan!.title, r.info.id, r.info.date, `${dataPageIn(language)}#${anchor}`, language);
      return { ...r, anchor, citations: Object.fromEntries(lang.all.map((l) => [l, cite(l)])) };
    });

    return { scope: s.scope, title, plans: metas, fictional, lastUpdated, citation, citations, licences, tables, xlsx: book, datapackage: pkg, feed, feeds, charts, formulaCells, releases };
  };

  // One plan at a time: made whole, its rows made, its files written, then let go, so that a
  // thousand plans are never in memory together. The all-plans files come after, from the rows
  // of the public plans kept packed (lib/pack) and unpacked a plan at a time as they are read.
  const perPlan = { problems: [] as string[], zip: [] as ZipEntry[] };
  const planDatasets: Dataset[] = [];
  const publicRows: Record<ExportTableName, Buffer>[] = [];
  const publicCounts = Object.fromEntries(EXPORT_TABLE_NAMES.map((name) => [name, 0])) as Record<ExportTableName, number>;
  const publicEvents: FeedEvent[][] = [];
  const actionFiles = new Map<string, { csv: DataFile; json: DataFile }>();
  for (const source of sources) {
    const plan = source.load();
    const rows = planRows(plan, { siteUrl, lastUpdated: input.lastUpdated[plan.meta.slug] });
    const events = feedEvents(plan);
    planDatasets.push(scopeFiles({ scope: plan.meta.slug, metas: [plan.meta], rows, plan: plan.meta, events }, perPlan));
    const rowsOf = actionRowsGrouped(rows);
    for (const a of plan.actions) {
      // Streamed: 10 000 actions' files held whole were a third of a build's live memory. The
      // writers are a single action page's in dev (export/action, page-data/exports: getActionFiles).
      const bundle = rowsOf(a.id);
      const csv = add(streamedFile(paths.actionData(plan.meta.slug, a.id, 'csv'), () => [actionCsv(bundle)], MEDIA.csv, input.spill));
      const json = add(streamedFile(paths.actionData(plan.meta.slug, a.id, 'json'), () => [actionJson(bundle, fieldsPage)], MEDIA.json, input.spill));
      actionFiles.set(`${plan.meta.slug}/${a.id}`, { csv, json });
    }
    if (plan.meta.fictional) continue;
    publicRows.push(Object.fromEntries(EXPORT_TABLE_NAMES.map((name) => [name, pack(rows[name])])) as Record<ExportTableName, Buffer>);
    for (const name of EXPORT_TABLE_NAMES) publicCounts[name] += rows[name].length;
    publicEvents.push(events);
  }
  const publicMetas = sources.map((p) => p.meta).filter((m) => !m.fictional);
  const allRows = Object.fromEntries(EXPORT_TABLE_NAMES.map((name) => [name, packedRows(publicRows, name, publicCounts[name])])) as Record<ExportTableName, RowSeq>;
  const all = { problems: [] as string[], zip: [] as ZipEntry[] };
  const allDataset = scopeFiles({ scope: ALL_PLANS, metas: publicMetas, rows: allRows, plan: undefined, events: mergeEvents(publicEvents) }, all);
  // All public plans first, in the datasets, the problems and the archive, then each plan.
  const datasets = [allDataset, ...planDatasets];
  const problems = [...all.problems, ...perPlan.problems];
  const zipEntries = [...all.zip, ...perPlan.zip];

  if (problems.length > 0) {
    throw new Error(`${problems.length} problème(s) dans les fichiers de données exportés :\n${problems.slice(0, 50).join('\n')}`);
  }


  const siteDay = latest(publicMetas.map((m) => input.lastUpdated[m.slug]));
  const publicDatasets = datasets.filter((d) => !d.fictional);
  const readmes = lang.all.map((language) => ({
    path: words(language).files.readme.fileName,
    data: readmeText(input, publicDatasets, language, lang.all, { dataPage: dataPageIn(language), fieldsPage: fieldsPageIn(language), siteDay }),
  }));
  // The archive holds every public file: it is streamed, entry by entry (its size is measured by
  // writing it once without keeping it).
  const archiveEntries: ZipEntry[] = [...readmes, ...zipEntries];
  const archive = add(streamedFile(paths.dataZip(), () => zipChunks(archiveEntries, siteDay), MEDIA.zip, input.spill));

  /** One text in every site language, the default first. */
  const everyLanguage = (text: (language: UiLanguage) => string): LocalizedText => lang.all.map((l) => ({ lang: l, text: text(l) }));
  const keywords = (list: (language: UiLanguage) => string): LocalizedText => lang.all.flatMap((l) => list(l).split(';').map((text) => ({ lang: l, text })));
  /** A plan's dataset title, each language's text tagged with the language it is really in. */
  const planTitle = (meta: PlanMeta, suffix?: (language: UiLanguage, title: string) => string): LocalizedText =>
    lang.all.map((l) => {
      const own = lang.planText(meta, 'title', l);
      const text = `${meta.territory} — ${own?.text ?? meta.title}`;
      return { lang: suffix ? l : (own?.lang ?? l), text: suffix ? suffix(l, text) : text };
    });

  const catalogDatasets: DcatDataset[] = publicDatasets.map((d) => {
    const plan = d.plans.length === 1 && d.scope !== ALL_PLANS ? d.plans[0] : undefined;
    const licence = d.licences.length === 1 ? d.licences[0] : { name: d.licences.map((l) => l.name).join(' ; ') || main.files.licenceNotStated };
    const tableTitle = (name: string, language: UiLanguage) => tablesIn(language).find((t) => t.name === name)!.title;
    return {
      id: `${dataPage}#${d.scope}`,
      title: plan ? planTitle(plan) : everyLanguage((l) => words(l).files.allPlansTitle(site.title)),
      description: everyLanguage((l) =>
        plan
          ? words(l).files.planDataset(lang.planText(plan, 'description', l)?.text ?? lang.planText(plan, 'title', l)?.text ?? plan.title, fieldsPageIn(l))
          : words(l).files.allDataset(fieldsPageIn(l)),
      ),
      keywords: keywords((l) => words(l).files.keywords),
      licence,
      ...(d.lastUpdated ? { modified: d.lastUpdated } : {}),
      ...(plan?.period ? { period: plan.period } : {}),
      ...(plan ? { creator: plan.territory } : {}),
      landingPage: `${dataPage}#${d.scope}`,
      distributions: [
        ...d.tables.flatMap((t) => [
          { title: everyLanguage((l) => `${tableTitle(t.table.name, l)} (CSV)`), url: siteUrl + t.csv.path, mediaType: bare(t.csv.mediaType), bytes: t.csv.bytes },
          { title: everyLanguage((l) => `${tableTitle(t.table.name, l)} (JSON)`), url: siteUrl + t.json.path, mediaType: bare(t.json.mediaType), bytes: t.json.bytes },
        ]),
        { title: everyLanguage((l) => words(l).files.distribution.workbook), url: siteUrl + d.xlsx.path, mediaType: d.xlsx.mediaType, bytes: d.xlsx.bytes },
        { title: everyLanguage((l) => words(l).files.distribution.package), url: siteUrl + d.datapackage.path, mediaType: 'application/json', bytes: d.datapackage.bytes },
        ...(d.scope === ALL_PLANS ? [{ title: everyLanguage((l) => words(l).files.distribution.zip), url: siteUrl + archive.path, mediaType: archive.mediaType, bytes: archive.bytes }] : []),
        // Each bilan: its files as committed, in one ZIP, with the ZIP's SHA-256.
        ...d.releases.map((r) => ({
          title: everyLanguage((l) => words(l).files.distribution.release(r.info.title)),
          url: siteUrl + r.zip.path,
          mediaType: MEDIA.zip,
          bytes: r.zip.bytes,
          sha256: r.zip.sha256,
          issued: r.info.date,
          version: r.info.id,
        })),
      ],
    };
  });
  // The per-chart CSV files of each public plan, as a dataset of their own (their number would
  // drown the tables in a portal's list of resources).
  for (const d of publicDatasets.filter((x) => x.charts.length > 0)) {
    const plan = d.plans[0];
    catalogDatasets.push({
      id: `${dataPage}#${d.scope}-graphiques`,
      title: planTitle(plan, (l, title) => words(l).files.chartsTitle(title)),
      description: everyLanguage((l) => words(l).files.chartsDescription(formatNumber(d.charts.length, {}, LOCALES[l]))),
      keywords: keywords((l) => words(l).files.chartKeywords),
      licence: d.licences[0] ?? { name: main.files.licenceNotStated },
      ...(d.lastUpdated ? { modified: d.lastUpdated } : {}),
      ...(plan.period ? { period: plan.period } : {}),
      creator: plan.territory,
      landingPage: `${dataPage}#${d.scope}-graphiques`,
      // Chart titles are written by lib/charts in the default language.
      distributions: d.charts.map((c) => ({ title: [{ lang: lang.main, text: `${c.title} (CSV)` }], url: siteUrl + c.path, mediaType: 'text/csv', bytes: c.bytes })),
    });
  }
  const catalog = add(
    streamedFile(
      paths.catalog(),
      // Written as it is made, one dataset at a time, and not kept (see dcatCatalogJson).
      () =>
        dcatCatalogJson({
          url: siteUrl + paths.catalog(),
          languages: lang.all,
          // The site's name and tagline exist in its default language only (site.yml).
          title: [{ lang: lang.main, text: site.title }],
          description: [{ lang: lang.main, text: site.tagline }, ...lang.others.map((l) => ({ lang: l, text: words(l).files.catalogDescription }))],
          homepage: siteUrl,
          publisher: { name: site.publisher, ...(site.publisherUrl ? { url: site.publisherUrl } : {}) },
          ...(site.contactUrl && /^https?:/.test(site.contactUrl) ? { contactUrl: site.contactUrl } : {}),
          datasets: catalogDatasets,
        }),
      MEDIA.jsonld,
      input.spill,
    ),
  );

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, byPath: new Map(files.map((f) => [f.path, f])), datasets, zip: archive, catalog, actionFiles };
}

/** The archive's README in `language`; the data page and field documentation it points to are in that language too. */
function readmeText(
  input: ExportInput,
  datasets: Dataset[],
  language: UiLanguage,
  languages: UiLanguage[],
  o: { dataPage: string; fieldsPage: string; siteDay?: string },
): string {
  const w = messages(language).data.files.readme;
  const n = (count: number) => formatNumber(count, {}, LOCALES[language]);
  const tables = exportTablesIn(language);
  const all = datasets.find((d) => d.scope === ALL_PLANS)!;
  const plans = datasets.filter((d) => d.scope !== ALL_PLANS);
  const fictional = input.plans.filter((p) => p.meta.fictional);
  const others = languages.filter((l) => l !== language).map((l) => `\`${messages(l).data.files.readme.fileName}\``);
  const c = w.conventionLines;
  const lines = [
    `# ${w.title(input.site.title)}`,
    '',
    `${w.downloaded(o.dataPage)}${o.siteDay ? w.updated(o.siteDay) : ''}.`,
    w.publisher(input.site.publisher),
    ...(others.length > 0 ? ['', `${w.otherLanguages} ${others.join(', ')}.`] : []),
    '',
    `## ${w.contents}`,
    '',
    `- ${w.package(ALL_PLANS)}`,
    `- ${w.allPlans(ALL_PLANS, plans.length, n(plans.length))}`,
    ...plans.map((d) => `- ${w.plan(d.scope, d.title)}${d.charts.length ? w.planCharts(d.charts.length, n(d.charts.length)) : ''}.`),
    ...(fictional.length ? ['', w.fictional(fictional.map((p) => p.meta.slug).join(', '))] : []),
    '',
    `## ${w.tables}`,
    '',
    ...all.tables.map((t) => {
      const doc = tables.find((x) => x.name === t.table.name)!;
      return `- ${w.table(t.table.name, t.rows, n(t.rows), doc.title, doc.description)}`;
    }),
    '',
    w.fields(o.fieldsPage),
    '',
    `## ${w.conventions}`,
    '',
    ...[c.csv, c.values, c.lists, c.raw, c.derived, c.values2, c.formulas, c.languages, c.reproducible].map((line) => `- ${line}`),
    '',
    `## ${w.licences}`,
    '',
    ...plans.flatMap((d) => [
      `- ${w.licence(d.title, d.licences.map((l) => (l.url ? `${l.name} (${l.url})` : l.name)).join(' ; '))}`,
      `  ${w.citation(d.citations[language] ?? d.citation)}`,
    ]),
    '',
  ];
  return lines.join('\n');
}
