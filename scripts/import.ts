/**
 * `npm run import -- <fichier> --plan <slug> [--map entetes.json] [--update [--remove-missing]] [--dry-run] [--force] [--sheet <feuille>] [--header-row N] [--verbose]`
 *
 * Turns a spreadsheet (CSV, tab-separated text, XLSX; `,` `;` or tab; UTF-8 or Windows-1252) into
 * `data/<slug>/*.csv` (+ `content/<slug>/plan.md` when absent) and prints a report. The logic is
 * in src/lib/import; this file only reads and writes files. Honours CONTENT_DIR and DATA_DIR.
 *
 * `--update` changes an existing plan instead: it prints a per-row diff and writes only what
 * changed (see src/lib/import/update.ts). The plan's published workbook (`<plan>.xlsx`, with its
 * « lisez-moi » sheet) is read sheet by sheet (src/lib/import/workbook.ts) and needs `--update`.
 *
 * Exit codes: 0 written (or dry run); 1 the file cannot be read, an option is wrong, or existing
 * files would be replaced without --force. Errors are one line, never a stack trace.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../src/lib/csv/parse';
import { EXTRA_TARGET, ImportError, importPlan, type Row } from '../src/lib/import/import-plan';
import { readSheet } from '../src/lib/import/read-sheet';
import type { Delimiter } from '../src/lib/import/grid';
import { formatReport, planOutputs, toCsvKeeping } from '../src/lib/import/write';
import { applyToCsv, formatUpdate, planUpdate, type UpdateResult } from '../src/lib/import/update';
import { isPublishedWorkbook, readPublishedWorkbook, sourceRowsOfExport } from '../src/lib/import/workbook';
import { isZip } from '../src/lib/import/decode';
import { planRows } from '../src/lib/export/rows';
import { loadPlans } from '../src/lib/model/load';
import { IssueLog } from '../src/lib/model/issues';
import { PlanFrontmatterSchema } from '../src/lib/model/frontmatter';
import { readSiteSettings } from '../src/lib/model/site-settings';
import { TABLES, TABLE_NAMES, type TableName } from '../src/lib/model/tables';
import { planSlugProblem } from '../src/lib/model/ids';

const USAGE = 'usage : npm run import -- <fichier.csv|.tsv|.txt|.xlsx> --plan <identifiant> [--map entetes.json] [--update [--remove-missing]] [--dry-run] [--force] [--sheet <feuille>] [--header-row N] [--delimiter ";"] [--verbose]';

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const opts: { file?: string; plan?: string; map?: string; dryRun: boolean; force: boolean; update: boolean; removeMissing: boolean; sheet?: string; headerRow?: number; delimiter?: Delimiter; verbose: boolean } = {
    dryRun: false,
    force: false,
    update: false,
    removeMissing: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} attend une valeur (${USAGE})`);
      return v;
    };
    if (arg === '--plan') opts.plan = value();
    else if (arg === '--map') opts.map = value();
    else if (arg === '--sheet') opts.sheet = value();
    else if (arg === '--header-row') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v)) throw new UsageError(`--header-row : numéro de ligne attendu (1, 2…), pas « ${v} »`);
      opts.headerRow = Number(v);
    }
    else if (arg === '--delimiter') {
      const d = value().replace(/^\\t$|^tab$/, '\t');
      if (d !== ',' && d !== ';' && d !== '\t') throw new UsageError(`--delimiter : « , », « ; » ou « tab », pas « ${d} »`);
      opts.delimiter = d;
    } else if (arg === '--dry-run') opts.dryRun = true;
    else if (arg === '--force') opts.force = true;
    else if (arg === '--update') opts.update = true;
    else if (arg === '--remove-missing') opts.removeMissing = true;
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`option inconnue ${arg} (${USAGE})`);
    else if (!opts.file) opts.file = arg;
    else throw new UsageError(`un seul fichier à la fois (reçu aussi « ${arg} »)`);
  }
  if (!opts.file) throw new UsageError(`fichier manquant (${USAGE})`);
  if (opts.update && opts.force) throw new UsageError('--update (modifier le plan) et --force (le remplacer entièrement) ne vont pas ensemble : choisissez');
  if (opts.removeMissing && !opts.update) throw new UsageError('--remove-missing ne sert qu’avec --update');
  if (!opts.plan) throw new UsageError(`--plan manquant : identifiant du plan, nom du dossier (${USAGE})`);
  const slugProblem = planSlugProblem(opts.plan);
  if (slugProblem) throw new UsageError(`--plan « ${opts.plan} » : ${slugProblem}`);
  return opts as typeof opts & { file: string; plan: string };
}

/** What the plan already has: plan.md's levels and status wordings, and the rows of its tables. */
function readExisting(contentDir: string, dataDir: string, plan: string) {
  const planPath = join(contentDir, plan, 'plan.md');
  let levels;
  let statusLabels;
  let languages;
  if (existsSync(planPath)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(planPath, 'utf8'));
    const parsed = m ? PlanFrontmatterSchema.safeParse(safeYaml(m[1])) : undefined;
    if (parsed?.success) {
      levels = parsed.data.levels;
      statusLabels = parsed.data.statuses;
      languages = parsed.data.languages;
    }
  }
  const texts: Partial<Record<TableName, string>> = {};
  const rows: Partial<Record<TableName, Row[]>> = {};
  for (const name of TABLE_NAMES) {
    const path = join(dataDir, plan, TABLES[name].file);
    if (!existsSync(path)) continue;
    texts[name] = readFileSync(path, 'utf8');
    rows[name] = parseCsv(texts[name]!, path, new IssueLog()).rows.map((r) => r.values);
  }
  // Undeclared, a plan speaks the site's default language (as the content check reads it).
  languages ??= readSiteSettings(contentDir, new IssueLog()).languages.slice(0, 1);
  return { planMd: existsSync(planPath), levels, statusLabels, languages, texts, rows };
}

function safeYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const contentDir = resolve(process.env.CONTENT_DIR || 'content');
  const dataDir = resolve(process.env.DATA_DIR || 'data');
  const show = (p: string) => relative(process.cwd(), p) || p;

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(opts.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? `fichier introuvable : ${opts.file}` : code === 'EISDIR' ? `${opts.file} est un dossier, pas un fichier` : `fichier illisible : ${opts.file} (${code ?? (error as Error).message})`);
  }
  let map: Record<string, unknown> | undefined;
  if (opts.map) {
    try {
      map = JSON.parse(readFileSync(opts.map, 'utf8'));
    } catch (error) {
      throw new UsageError(`--map ${opts.map} illisible : ${(error as Error).message.split('\n')[0]}`);
    }
    if (!map || typeof map !== 'object' || Array.isArray(map)) throw new UsageError(`--map ${opts.map} : attendu un objet JSON { "En-tête": "colonne" }`);
  }

  const existing = readExisting(contentDir, dataDir, opts.plan);
  if (/\.xlsx$/i.test(opts.file) || isZip(bytes)) {
    const workbook = await loadWorkbook(bytes);
    if (workbook && isPublishedWorkbook(workbook.worksheets.map((w) => w.name))) {
      if (!opts.update) throw new UsageError('classeur publié par le site (feuille « lisez-moi ») : relancez avec --update pour appliquer ses modifications au plan');
      return updateFromWorkbook(workbook, opts, existing, { contentDir, dataDir, show });
    }
  }
  const grid = await readSheet(bytes, opts.file, { sheet: opts.sheet, delimiter: opts.delimiter });
  const sourceName = basename(opts.file);
  const result = importPlan(grid, {
    plan: opts.plan,
    sourceName,
    map,
    headerRow: opts.headerRow,
    existing: { levels: existing.levels, statusLabels: existing.statusLabels, tables: existing.rows, languages: existing.languages },
  });
  const { files, notes } = planOutputs({
    plan: opts.plan,
    contentDir: show(contentDir),
    dataDir: show(dataDir),
    sourceName,
    result,
    existing,
  });

  console.log(`Import de ${opts.file} dans le plan « ${opts.plan} »`);
  console.log(formatReport(result.report, { verbose: opts.verbose }));
  if (opts.update) {
    if (result.report.errors.length > 0) {
      console.error(`Rien n’a été écrit : ${result.report.errors.length} erreur(s), voir « Erreurs » ci-dessus.`);
      return 1;
    }
    if (!existing.rows.actions) throw new ImportError(`le plan « ${opts.plan} » n’a pas encore de ${show(join(dataDir, opts.plan, 'actions.csv'))} : importez d’abord sans --update`);
    const update = planUpdate(existing.rows, result.tables, {
      tables: ['actions'],
      fields: { actions: result.mappedFields.filter((f) => f !== 'source'), extra_fields: ['value'], hierarchy: [], partners: [] },
      matchByCode: true,
      removeMissing: opts.removeMissing,
      extraHeaders: result.report.headers.flatMap((h) => h.columns.filter((c) => c.target === EXTRA_TARGET).map((c) => c.header)),
      date: today(),
      sourceName,
    });
    return finishUpdate(update, update.tables, [], opts, existing, { dataDir, show });
  }
  for (const note of notes) console.log(`Note : ${note}`);
  console.log('');

  if (result.report.errors.length > 0) {
    console.error(`Rien n’a été écrit : ${result.report.errors.length} erreur(s), voir « Erreurs » ci-dessus.`);
    return 1;
  }
  const blocked = files.filter((f) => f.status === 'replace');
  if (opts.dryRun) {
    for (const f of files) console.log(`(essai) ${f.status === 'create' ? 'créerait' : f.status === 'replace' ? 'remplacerait' : 'laisserait inchangé'} ${f.path}`);
    console.log('Rien n’a été écrit (--dry-run).');
    return 0;
  }
  if (blocked.length > 0 && !opts.force) {
    console.error(`Rien n’a été écrit : ${blocked.map((f) => f.path).join(', ')} existe(nt) déjà avec un autre contenu ; relancez avec --force pour remplacer (les identifiants existants sont gardés).`);
    return 1;
  }
  for (const f of files) {
    if (f.status === 'same') {
      console.log(`Inchangé : ${f.path}`);
      continue;
    }
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.text);
    console.log(`${f.status === 'create' ? 'Créé' : 'Remplacé'} : ${f.path}`);
  }
  console.log('Vérifiez maintenant le contenu : npm run check');
  return 0;
}

const today = () => process.env.IMPORT_DATE || new Date().toISOString().slice(0, 10);

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return undefined; // readSheet reports an unreadable workbook in its own words.
  }
}

type Opts = ReturnType<typeof parseArgs>;
type Existing = ReturnType<typeof readExisting>;

/** The published workbook, diffed against what the site publishes now, applied to the CSV files. */
function updateFromWorkbook(workbook: ExcelJS.Workbook, opts: Opts, existing: Existing, dirs: { contentDir: string; dataDir: string; show: (p: string) => string }): number {
  const { plans } = loadPlans({ content: dirs.contentDir, data: dirs.dataDir });
  const plan = plans.find((p) => p.meta.slug === opts.plan);
  if (!plan) throw new ImportError(`le plan « ${opts.plan} » est introuvable ou illisible (npm run check) : un classeur publié ne met à jour qu’un plan existant`);
  const current = planRows(plan, { siteUrl: '' });
  const published = readPublishedWorkbook(workbook, opts.plan, current);
  console.log(`Mise à jour du plan « ${opts.plan} » depuis son classeur publié ${opts.file}`);
  console.log(`Feuilles lues : ${Object.keys(published.tables).join(', ')} (« lisez-moi » et colonnes calculées ignorées).`);
  for (const f of published.formulas) console.log(`Formule : ${f}`);
  const update = planUpdate(sourceRowsOfExport(current), published.tables, {
    tables: Object.keys(published.tables) as TableName[],
    fields: published.fields,
    matchByCode: false,
    removeMissing: opts.removeMissing,
    date: today(),
    sourceName: basename(opts.file),
  });
  const fiches = new Map(plan.actions.flatMap((a) => (a.fiche ? [[a.id, a.fiche] as const] : [])));
  const applied = applyToCsv(existing.rows, update, opts.removeMissing, fiches);
  return finishUpdate(update, applied.tables, [...published.errors, ...applied.errors], opts, existing, dirs);
}

/** Prints the diff, then writes the changed tables (nothing on an error or with --dry-run). */
function finishUpdate(update: UpdateResult, tables: Partial<Record<TableName, Row[]>>, errors: string[], opts: Opts, existing: Existing, dirs: { dataDir: string; show: (p: string) => string }): number {
  console.log(formatUpdate(update, opts.removeMissing));
  for (const e of errors) console.log(`Erreur : ${e}`);
  const all = [...update.errors, ...errors];
  if (all.length > 0) {
    console.error(`Rien n’a été écrit : ${all.length} erreur(s).`);
    return 1;
  }
  const files = (Object.entries(tables) as [TableName, Row[]][])
    .map(([name, rows]) => ({ path: join(dirs.dataDir, opts.plan, TABLES[name].file), text: toCsvKeeping(name, rows, existing.texts[name]), old: existing.texts[name] }))
    .filter((f) => f.text !== f.old);
  if (opts.dryRun) {
    for (const f of files) console.log(`(essai) modifierait ${dirs.show(f.path)}`);
    console.log('Rien n’a été écrit (--dry-run).');
    return 0;
  }
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.text);
    console.log(`Modifié : ${dirs.show(f.path)}`);
  }
  if (files.length === 0) console.log('Aucun fichier modifié.');
  else console.log('Vérifiez maintenant le contenu : npm run check');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ImportError || error instanceof UsageError;
    const message = (error as Error)?.message?.split('\n')[0] ?? String(error);
    console.error(known ? `Import impossible : ${message}` : `Import impossible (erreur inattendue) : ${message}`);
    process.exit(1);
  },
);
