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
 *   donnees/plans-climat-donnees.zip        every public file above (no per-action files), README
 *   catalog.jsonld, flux.atom, <plan>/flux.atom
 *
 * Deterministic: no clock, no randomness, stable ordering; the only dates are the content's.
 * The build fails (throws) when a written package does not validate against its own Table Schemas.
 */
import type { Plan, PlanMeta } from '../model/types';
import { paths } from '../urls';
import { atomFeed, feedEvents, mergeEvents, type ChangeFeedEntry } from './atom';
import { CHANGES_TABLE, changesCsv, changesJson } from './changes';
import type { PlanChange } from '../history/changes';
import { checkResources, formatTableProblem, type CheckedResource } from './check';
import { citationLine } from './citation';
import { formulaLikeCells, pick, toCsv, toJson, cellText, CSV_NEWLINE } from './csv';
import { dataPackage, distinctLicenses, tableSchema, type ResourceFile } from './datapackage';
import { dcatCatalog, type DcatDataset } from './dcat';
import { actionRowsGrouped, concatRows, planRows, type Row, type TableRows } from './rows';
import { EXPORT_TABLES, type ExportTable } from './schema';
import { csvChunks, jsonChunks, measureChunks } from './stream';
import { xlsx, xlsxChunks, type Sheet } from './xlsx';
import { zipChunks, type ZipEntry } from './zip';
import Papa from 'papaparse';

/** The scope of the files of all public plans. A plan may not use this slug. */
export const ALL_PLANS = 'tous';

export interface ChartCsv {
  plan: string;
  id: string;
  title: string;
  /** Site path of the CSV. */
  path: string;
  /** Site path of the page showing the chart. */
  page: string;
  csv: string;
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
  plans: Plan[];
  /** Absolute URL of the site root, base path included, ending with "/". */
  siteUrl: string;
  site: SiteInfo;
  /** Content-derived last-change day (YYYY-MM-DD) of each plan, by slug. */
  lastUpdated: Record<string, string | undefined>;
  /** The per-chart CSV files (lib/charts), listed on the data page and put in the ZIP. */
  charts: ChartCsv[];
  /** Field changes of each plan for its Atom feed, newest first (see lib/history); none without history. */
  changeEntries?: Record<string, ChangeFeedEntry[]>;
  /** Every field change of each plan, oldest first, for `donnees/<plan>/changements.csv|json` (empty without history). */
  changes?: Record<string, PlanChange[]>;
  /**
   * Called once per streamed file with its chunks; returns its size in bytes. By default the
   * chunks are only counted; a build passes a function that writes them to a scratch file as it
   * counts, so that the file is made once (page-data/exports, integrations/data-files).
   */
  spill?: (path: string, body: StreamedBody) => number;
}

export interface DataFile {
  path: string;
  /**
   * The content; for the all-plans files (the tables of `tous/`, its workbook and the ZIP), a
   * function that yields it in chunks each time it is called: those files grow with the number of
   * plans, so they are never kept whole, and are written after the build by streaming (see
   * isStreamed, integrations/data-files).
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
  citation: string;
  licences: { name: string; url?: string }[];
  tables: TableFiles[];
  xlsx: DataFile;
  datapackage: DataFile;
  feed: DataFile;
  charts: ChartCsv[];
  /** Text cells starting with =, +, -, @, tab or CR (see csv.ts). */
  formulaCells: number;
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
  return { path, body, mediaType, bytes: spill ? spill(path, body) : measureChunks(body()).bytes };
}

const latest = (days: (string | undefined)[]) => days.filter((d): d is string => !!d).sort().at(-1);

/** The per-action CSV: one line per filled cell, `table,key,field,value` (see the field documentation). */
export const ACTION_CSV_COLUMNS = [{ name: 'table' }, { name: 'key' }, { name: 'field' }, { name: 'value' }];

function actionCsv(bundle: TableRows): string {
  const lines: string[][] = [];
  for (const table of EXPORT_TABLES) {
    for (const row of bundle[table.name]) {
      const key = table.primaryKey.map((k) => cellText(row[k] ?? null)).join(' | ');
      for (const c of table.columns) {
        if (c.name === 'plan' || (c.name === 'fictif' && table.name !== 'plans')) continue;
        const v = row[c.name] ?? null;
        if (v !== null) lines.push([table.name, key, c.name, cellText(v)]);
      }
    }
  }
  return Papa.unparse({ fields: ACTION_CSV_COLUMNS.map((c) => c.name), data: lines }, { delimiter: ',', newline: CSV_NEWLINE, quotes: false, escapeFormulae: false }) + CSV_NEWLINE;
}

function actionJson(bundle: TableRows, documentation: string): string {
  const columns = (name: ExportTable['name']) => EXPORT_TABLES.find((t) => t.name === name)!.columns;
  const rowsOf = (name: ExportTable['name']) => bundle[name].map((r) => pick(columns(name), r));
  const doc = {
    documentation,
    plan: rowsOf('plans')[0],
    action: rowsOf('actions')[0],
    action_parents: rowsOf('action_parents'),
    subactions: rowsOf('subactions'),
    partners: rowsOf('partners'),
    indicators: rowsOf('indicators'),
    indicator_values: rowsOf('indicator_values'),
    budget_lines: rowsOf('budget_lines'),
    updates: rowsOf('updates'),
    extra_fields: rowsOf('extra_fields'),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function readmeSheet(d: { title: string; citation: string; licences: { name: string; url?: string }[]; fictional: boolean; lastUpdated?: string }, urls: { page: string; fields: string }): Sheet {
  const rows: Row[] = [
    { rubrique: 'Données', valeur: d.title },
    ...(d.fictional ? [{ rubrique: 'Attention', valeur: "Plan d'exemple fictif : toutes ses données sont inventées." }] : []),
    { rubrique: 'Licence', valeur: d.licences.map((l) => (l.url ? `${l.name} (${l.url})` : l.name)).join(' ; ') },
    { rubrique: 'Citation', valeur: d.citation },
    { rubrique: 'Mise à jour', valeur: d.lastUpdated ?? 'non renseignée' },
    { rubrique: 'Téléchargé depuis', valeur: urls.page },
    { rubrique: 'Colonnes', valeur: `Chaque feuille est une table ; la signification de chaque colonne est décrite sur ${urls.fields}` },
    { rubrique: 'Conventions', valeur: 'Dates AAAA-MM-JJ, montants en euros, plusieurs valeurs dans une cellule séparées par « ; », cellule vide = non renseigné. Les colonnes *_raw et *_label gardent le texte publié par le plan.' },
  ];
  return { name: 'lisez-moi', columns: [{ name: 'rubrique' }, { name: 'valeur' }], rows };
}

/** Builds every open-data file. Throws when a package fails its own Table Schema check. */
export function buildExports(input: ExportInput): Exports {
  const { siteUrl, site } = input;
  for (const p of input.plans) {
    if (p.meta.slug === ALL_PLANS) throw new Error(`le dossier de plan « ${ALL_PLANS} » est réservé aux fichiers de tous les plans`);
  }
  const dataPage = siteUrl + paths.data();
  const fieldsPage = siteUrl + paths.dataFields();
  const files: DataFile[] = [];
  const add = (f: DataFile) => (files.push(f), f);

  const perPlan = new Map(input.plans.map((p) => [p.meta.slug, planRows(p, { siteUrl, lastUpdated: input.lastUpdated[p.meta.slug] })]));
  const publicPlans = input.plans.filter((p) => !p.meta.fictional);
  const allRows = concatRows(publicPlans.map((p) => perPlan.get(p.meta.slug)!));
  const problems: string[] = [];
  const datasets: Dataset[] = [];
  const zipEntries: ZipEntry[] = [];

  const scopes = [
    { scope: ALL_PLANS, plans: publicPlans, rows: allRows, plan: undefined as Plan | undefined },
    ...input.plans.map((p) => ({ scope: p.meta.slug, plans: [p], rows: perPlan.get(p.meta.slug)!, plan: p })),
  ];

  for (const s of scopes) {
    const metas = s.plans.map((p) => p.meta);
    const fictional = !!s.plan?.meta.fictional;
    const lastUpdated = latest(metas.map((m) => input.lastUpdated[m.slug]));
    const anchor = `${dataPage}#${s.scope}`;
    const title = s.plan ? `${s.plan.meta.territory} — ${s.plan.meta.title}` : `${site.title} — tous les plans publics`;
    const citation = s.plan
      ? citationLine(s.plan.meta.territory, s.plan.meta.title, anchor, lastUpdated)
      : citationLine(site.title, `tous les plans publics (${metas.map((m) => m.territory).join(', ')})`, anchor, lastUpdated);
    const licences = distinctLicenses(metas).map((l) => ({ name: l.title, ...(l.path ? { url: l.path } : {}) }));
    const inZip = !fictional;
    const zipDir = s.scope;

    const tables: TableFiles[] = [];
    let formulaCells = 0;
    const resources: ResourceFile[] = [];
    for (const table of EXPORT_TABLES) {
      const rows = s.rows[table.name];
      const csvPath = paths.dataFile(s.scope, `${table.name}.csv`);
      const jsonPath = paths.dataFile(s.scope, `${table.name}.json`);
      // The text of the CSV is needed once, for the schema check and the package's hash; the
      // all-plans file keeps only the way to write it again, row by row.
      const csvText = toCsv(table.columns, rows);
      const csv = add(
        s.plan
          ? file(csvPath, csvText, MEDIA.csv)
          : streamedFile(csvPath, () => csvChunks(table.columns, rows), MEDIA.csv, input.spill),
      );
      const json = add(s.plan ? file(jsonPath, toJson(table.columns, rows), MEDIA.json) : streamedFile(jsonPath, () => jsonChunks(table.columns, rows), MEDIA.json, input.spill));
      tables.push({ table, rows: rows.length, csv, json });
      formulaCells += formulaLikeCells(table.columns, rows).length;
      resources.push({ table, path: s.plan ? `${table.name}.csv` : `${ALL_PLANS}/${table.name}.csv`, body: csvText });
      if (inZip) {
        zipEntries.push(
          { path: `${zipDir}/${table.name}.csv`, data: s.plan ? csvText : () => toCsv(table.columns, rows) },
          { path: `${zipDir}/${table.name}.json`, data: s.plan ? (json.body as string) : () => toJson(table.columns, rows) },
        );
      }
    }

    const changes = s.plan ? input.changes?.[s.scope] : undefined;
    if (changes) {
      const csv = add(file(paths.dataFile(s.scope, 'changements.csv'), changesCsv(changes), MEDIA.csv));
      add(file(paths.dataFile(s.scope, 'changements.json'), changesJson(changes), MEDIA.json));
      resources.push({ table: CHANGES_TABLE, path: 'changements.csv', body: csv.body as string });
    }

    const check = checkResources(
      resources.map((r): CheckedResource => ({ name: r.table.name, csv: r.body, schema: tableSchema(r.table, s.plan ? 'plan' : 'all') })),
    );
    for (const p of check) problems.push(`${s.scope}/${formatTableProblem(p)}`);

    const sheets: Sheet[] = [
      readmeSheet({ title, citation, licences, fictional, lastUpdated }, { page: anchor, fields: fieldsPage }),
      ...EXPORT_TABLES.map((t) => ({ name: t.name, columns: t.columns, rows: s.rows[t.name] })),
    ];
    const bookPath = paths.dataFile(s.scope, `${s.scope}.xlsx`);
    const book = add(s.plan ? file(bookPath, xlsx(sheets, lastUpdated), MEDIA.xlsx) : streamedFile(bookPath, () => xlsxChunks(sheets, lastUpdated), MEDIA.xlsx, input.spill));
    if (inZip) zipEntries.push({ path: `${zipDir}/${s.scope}.xlsx`, data: s.plan ? (book.body as Uint8Array) : () => xlsx(sheets, lastUpdated) });

    const pkgPath = s.plan ? paths.dataFile(s.scope, 'datapackage.json') : paths.dataPackage();
    const descriptor = dataPackage({
      scope: s.plan ? 'plan' : 'all',
      name: s.plan ? `plan-climat-${s.scope}` : 'plans-climat',
      id: siteUrl + pkgPath,
      title: fictional ? `${title} (données fictives)` : title,
      description: s.plan
        ? `${fictional ? "Plan d'exemple fictif : toutes ses données sont inventées. " : ''}${s.plan.meta.description ?? s.plan.meta.title} Tables du plan (arborescence, actions, sous-actions, partenaires, indicateurs et valeurs, budgets, suivi), valeurs publiées et valeurs normalisées côte à côte. Mêmes tables en JSON (fichiers .json) et en classeur (${s.scope}.xlsx).`
        : `Les tables de tous les plans publics du site réunies (${metas.map((m) => m.territory).join(', ') || 'aucun plan'}), plan fictif exclu. Chaque ligne porte le plan d'où elle vient (colonne plan). Mêmes tables en JSON (fichiers .json) et en classeur (tous/tous.xlsx).`,
      homepage: anchor,
      keywords: ['climat', 'plan climat', 'PCAET', 'transition écologique', 'collectivités', ...(fictional ? ['plan fictif', 'données fictives'] : [])],
      plans: metas,
      publisher: { title: site.publisher, ...(site.publisherUrl ? { path: site.publisherUrl } : {}) },
      resources,
      fictional,
    });
    const pkg = add(file(pkgPath, JSON.stringify(descriptor, null, 2) + '\n', MEDIA.json));
    if (inZip) zipEntries.push({ path: s.plan ? `${zipDir}/datapackage.json` : 'datapackage.json', data: pkg.body as string });

    const events = s.plan ? feedEvents(s.plan) : mergeEvents(s.plans.map(feedEvents));
    const feedPath = s.plan ? paths.feed(s.scope) : paths.feed();
    const feed = add(
      file(
        feedPath,
        atomFeed({
          siteUrl,
          path: feedPath,
          page: s.plan ? paths.plan(s.scope) : paths.portal(),
          title: s.plan ? `Suivi — ${s.plan.meta.shortTitle ?? s.plan.meta.title}${fictional && !/fictif/i.test(s.plan.meta.shortTitle ?? s.plan.meta.title) ? ' (plan fictif)' : ''}` : `${site.title} — suivi des plans`,
          subtitle: s.plan
            ? `Nouvelles actions et changements d'état du plan « ${s.plan.meta.title} » (${s.plan.meta.territory}).`
            : "Nouvelles actions et changements d'état de tous les plans publics du site (plan fictif exclu).",
          author: site.publisher,
          rights: licences.map((l) => l.name).join(' ; ') || undefined,
          fallbackDay: lastUpdated,
          withPlan: !s.plan,
          events,
          changes: s.plan ? input.changeEntries?.[s.scope] : undefined,
        }),
        MEDIA.atom,
      ),
    );

    const charts = s.plan ? input.charts.filter((c) => c.plan === s.scope) : [];
    if (inZip) for (const c of charts) zipEntries.push({ path: `${zipDir}/graphiques/${c.id}.csv`, data: c.csv });

    datasets.push({ scope: s.scope, title, plans: metas, fictional, lastUpdated, citation, licences, tables, xlsx: book, datapackage: pkg, feed, charts, formulaCells });
  }

  if (problems.length > 0) {
    throw new Error(`${problems.length} problème(s) dans les fichiers de données exportés :\n${problems.slice(0, 50).join('\n')}`);
  }

  const actionFiles = new Map<string, { csv: DataFile; json: DataFile }>();
  for (const p of input.plans) {
    const rowsOf = actionRowsGrouped(perPlan.get(p.meta.slug)!);
    for (const a of p.actions) {
      const bundle = rowsOf(a.id);
      const csv = add(file(paths.actionData(p.meta.slug, a.id, 'csv'), actionCsv(bundle), MEDIA.csv));
      const json = add(file(paths.actionData(p.meta.slug, a.id, 'json'), actionJson(bundle, fieldsPage), MEDIA.json));
      actionFiles.set(`${p.meta.slug}/${a.id}`, { csv, json });
    }
  }

  const siteDay = latest(publicPlans.map((p) => input.lastUpdated[p.meta.slug]));
  const readme = readmeText(input, datasets.filter((d) => !d.fictional), { dataPage, fieldsPage, siteDay });
  // The archive holds every public file: it is streamed, entry by entry (its size is measured by
  // writing it once without keeping it).
  const archiveEntries: ZipEntry[] = [{ path: 'LISEZMOI.md', data: readme }, ...zipEntries];
  const archive = add(streamedFile(paths.dataZip(), () => zipChunks(archiveEntries, siteDay), MEDIA.zip, input.spill));

  const catalogDatasets: DcatDataset[] = datasets
    .filter((d) => !d.fictional)
    .map((d) => {
      const plan = d.plans.length === 1 && d.scope !== ALL_PLANS ? d.plans[0] : undefined;
      const licence = d.licences.length === 1 ? d.licences[0] : { name: d.licences.map((l) => l.name).join(' ; ') || 'non renseignée' };
      return {
        id: `${dataPage}#${d.scope}`,
        title: d.title,
        description: plan
          ? `${plan.description ?? plan.title} Tables du plan en CSV, JSON et XLSX : arborescence, actions (valeurs publiées et normalisées), rattachements, sous-actions, partenaires, indicateurs et valeurs par année, lignes budgétaires, suivi daté. Documentation des colonnes : ${fieldsPage}`
          : `Les tables de tous les plans publics du site réunies, en CSV, JSON et XLSX, avec un ZIP de l'ensemble. Documentation des colonnes : ${fieldsPage}`,
        keywords: ['climat', 'plan climat', 'PCAET', 'transition écologique'],
        licence,
        ...(d.lastUpdated ? { modified: d.lastUpdated } : {}),
        ...(plan?.period ? { period: plan.period } : {}),
        ...(plan ? { creator: plan.territory } : {}),
        landingPage: `${dataPage}#${d.scope}`,
        distributions: [
          ...d.tables.flatMap((t) => [
            { title: `${t.table.title} (CSV)`, url: siteUrl + t.csv.path, mediaType: bare(t.csv.mediaType), bytes: t.csv.bytes },
            { title: `${t.table.title} (JSON)`, url: siteUrl + t.json.path, mediaType: bare(t.json.mediaType), bytes: t.json.bytes },
          ]),
          { title: 'Toutes les tables (classeur XLSX)', url: siteUrl + d.xlsx.path, mediaType: d.xlsx.mediaType, bytes: d.xlsx.bytes },
          { title: 'Description Frictionless Data Package', url: siteUrl + d.datapackage.path, mediaType: 'application/json', bytes: d.datapackage.bytes },
          ...(d.scope === ALL_PLANS ? [{ title: 'Tous les fichiers (ZIP)', url: siteUrl + archive.path, mediaType: archive.mediaType, bytes: archive.bytes }] : []),
        ],
      };
    });
  // The per-chart CSV files of each public plan, as a dataset of their own (their number would
  // drown the tables in a portal's list of resources).
  for (const d of datasets.filter((x) => !x.fictional && x.charts.length > 0)) {
    const plan = d.plans[0];
    catalogDatasets.push({
      id: `${dataPage}#${d.scope}-graphiques`,
      title: `${d.title} — données des graphiques`,
      description: `Les données de chacun des ${d.charts.length} graphiques du site pour ce plan (états d'avancement, budgets, trajectoires d'indicateurs, calendrier), une table CSV par graphique, telles que le tableau sous le graphique les montre.`,
      keywords: ['climat', 'plan climat', 'PCAET', 'graphiques'],
      licence: d.licences[0] ?? { name: 'non renseignée' },
      ...(d.lastUpdated ? { modified: d.lastUpdated } : {}),
      ...(plan.period ? { period: plan.period } : {}),
      creator: plan.territory,
      landingPage: `${dataPage}#${d.scope}-graphiques`,
      distributions: d.charts.map((c) => ({ title: `${c.title} (CSV)`, url: siteUrl + c.path, mediaType: 'text/csv', bytes: Buffer.byteLength(c.csv, 'utf8') })),
    });
  }
  const catalog = add(
    file(
      paths.catalog(),
      JSON.stringify(
        dcatCatalog({
          url: siteUrl + paths.catalog(),
          title: site.title,
          description: site.tagline,
          homepage: siteUrl,
          publisher: { name: site.publisher, ...(site.publisherUrl ? { url: site.publisherUrl } : {}) },
          ...(site.contactUrl && /^https?:/.test(site.contactUrl) ? { contactUrl: site.contactUrl } : {}),
          datasets: catalogDatasets,
        }),
        null,
        2,
      ) + '\n',
      MEDIA.jsonld,
    ),
  );

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, byPath: new Map(files.map((f) => [f.path, f])), datasets, zip: archive, catalog, actionFiles };
}

function readmeText(input: ExportInput, datasets: Dataset[], o: { dataPage: string; fieldsPage: string; siteDay?: string }): string {
  const all = datasets.find((d) => d.scope === ALL_PLANS)!;
  const plans = datasets.filter((d) => d.scope !== ALL_PLANS);
  const fictional = input.plans.filter((p) => p.meta.fictional);
  const lines = [
    `# ${input.site.title} — données ouvertes`,
    '',
    `Téléchargé depuis ${o.dataPage}${o.siteDay ? ` ; données mises à jour le ${o.siteDay}` : ''}.`,
    `Publié par ${input.site.publisher}.`,
    '',
    '## Contenu',
    '',
    `- \`datapackage.json\` : description Frictionless (Data Package v2, lisible par les outils v1) des tables de \`${ALL_PLANS}/\` : types, clés primaires et étrangères, licences, sources.`,
    `- \`${ALL_PLANS}/\` : les tables de tous les plans publics réunies (${plans.length} plan${plans.length > 1 ? 's' : ''}) en CSV et en JSON, et le classeur \`${ALL_PLANS}/${ALL_PLANS}.xlsx\`.`,
    ...plans.map((d) => `- \`${d.scope}/\` : ${d.title} — mêmes tables, \`datapackage.json\`, classeur \`${d.scope}.xlsx\`${d.charts.length ? `, et dans \`graphiques/\` les données ${d.charts.length > 1 ? `des ${d.charts.length} graphiques` : 'du graphique'} du site` : ''}.`),
    ...(fictional.length
      ? ['', `Le plan d'exemple fictif (${fictional.map((p) => p.meta.slug).join(', ')}) n'est pas dans cette archive : ses données, inventées, sont sur le site, marquées (colonne \`fictif\` = true).`]
      : []),
    '',
    '## Tables',
    '',
    ...all.tables.map((t) => `- \`${t.table.name}\` (${t.rows} ligne${t.rows > 1 ? 's' : ''} pour tous les plans publics) : ${t.table.title}. ${t.table.description}`),
    '',
    `La signification de chaque colonne (type, unité, valeurs possibles, exemple, valeur publiée ou normalisée) est sur ${o.fieldsPage} et dans les \`datapackage.json\`.`,
    '',
    '## Conventions',
    '',
    '- CSV : UTF-8 sans BOM, séparateur virgule, une ligne d’en-tête, fins de ligne CRLF (RFC 4180), guillemets seulement si nécessaire.',
    '- Nombres simples (point décimal, sans séparateur de milliers : 27000000, 12.5), dates ISO (AAAA-MM-JJ), booléens true/false, cellule vide = valeur manquante.',
    '- Plusieurs valeurs dans une cellule : séparées par « ; ».',
    '- Valeurs publiées et valeurs lues côte à côte : `status_label` (les mots du plan) et `status` (état canonique), `start_raw` et `start_date_min`/`start_date_max`/`start_precision`, `budget_raw` et `budget_kind`/`budget_min`/`budget_max`/`budget_tax`/`budget_uncertain`…',
    '- Une action sans état dans le plan mais dont les sous-actions en ont : `status_label` vide, `status` déduit des sous-actions et `status_derived` à true.',
    '- `indicator_values` : une ligne par valeur publiée ; les cases vides des tableaux d’objectifs du plan ne sont pas exportées (compter les lignes donne le nombre de valeurs).',
    '- Textes commençant par =, +, -, @ : gardés tels quels dans les CSV et JSON (les programmes lisent le texte exact). Pour un tableur, ouvrez plutôt le classeur .xlsx, où chaque texte est une cellule de texte qu’aucun tableur n’exécute.',
    '- Les fichiers sont reproductibles : mêmes contenus, mêmes octets.',
    '',
    '## Licences et citation',
    '',
    ...plans.flatMap((d) => [`- ${d.title} : ${d.licences.map((l) => (l.url ? `${l.name} (${l.url})` : l.name)).join(' ; ')}`, `  Citation : « ${d.citation} »`]),
    '',
  ];
  return lines.join('\n');
}
