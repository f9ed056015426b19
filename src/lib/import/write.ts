/**
 * What the importer writes (canonical CSV, a plan.md stub) and how its report reads, as text.
 * Pure: the CLI decides where the text goes.
 */
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { STATUSES, STATUS_LABELS, type Status } from '../normalise/status';
import { TABLES, type TableName } from '../model/tables';
import type { Level } from '../model/types';
import { withEveryTranslation } from '../model/translatable';
import { columnsOf, type ImportReport, type ImportResult, type Row } from './import-plan';

/** A table as the site reads it: UTF-8, comma, header row, columns in the order of tables.ts. */
export function toCsv(table: TableName, rows: Row[]): string {
  const fields = columnsOf(table, rows);
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`;
}

/** A table rewritten by `--update`: the columns it had stay, even empty, so the diff shows only what changed. */
export function toCsvKeeping(table: TableName, rows: Row[], oldText: string | undefined): string {
  const had = new Set(oldText ? (Papa.parse<string[]>(oldText.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? []) : []);
  const filled = new Set(columnsOf(table, rows));
  const fields = withEveryTranslation(TABLES[table]).fields.map((f) => f.name).filter((n) => filled.has(n) || had.has(n));
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`;
}

/**
 * A `plan.md` to complete: title (from the text above the table when there was one), territory to
 * fill in, the levels found, and the status wordings to declare, commented with a suggestion.
 */
export function planStub(options: { plan: string; sourceName: string; levels: Level[]; titleHint?: string; unknownStatuses: ImportResult['unknownStatuses'] }): string {
  const data: Record<string, unknown> = {
    title: options.titleHint || `Plan ${options.plan} (titre à compléter)`,
    territory: 'À compléter',
    draft: true,
    levels: options.levels,
    sources: [{ title: options.sourceName, note: 'Importé avec npm run import.' }],
  };
  let yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  if (options.unknownStatuses.length > 0) {
    const codes = STATUSES.join(', ');
    yaml +=
      `\n# États que le site ne connaît pas : indiquez l'état commun de chacun (${codes}), puis décommentez.\n# statuses:\n` +
      options.unknownStatuses.map((u) => `#   "${u.label.replace(/"/g, '\\"')}": ${u.suggestion ?? 'a_venir'}${u.suggestion ? `  # proche de « ${STATUS_LABELS[u.suggestion as Status]} »` : ''}`).join('\n');
  }
  return `---\n${yaml}\n---\n\n## Ce plan\n\nPrésentation à rédiger : ce que couvre le plan, ce qui est publié, ce qui manque dans la source.\n`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The import report as text, section by section: how the file was read, the columns, the counts
 * (rows read, rows written, duplicates merged, refused), then every value normalised, kept raw,
 * removed, refused or ignored, with its line. Identical normalisations are grouped.
 */
export function formatReport(report: ImportReport, { verbose = false } = {}): string {
  const out: string[] = [];
  out.push(`Lecture : ${report.format}.`);
  for (const h of report.headers) {
    out.push(`En-tête ligne ${h.line} :`);
    for (const c of h.columns) out.push(`  « ${c.header || '(vide)'} » → ${c.target}${c.filled ? ` (${plural(c.filled, 'cellule remplie', 'cellules remplies')})` : ''}`);
  }
  const written = Object.entries(report.written)
    .map(([t, n]) => `${TABLES[t as TableName].file} ${n}`)
    .join(', ');
  out.push('');
  out.push(`Lignes lues : ${report.rowsRead} (${plural(report.blankLines, 'ligne vide sautée', 'lignes vides sautées')}).`);
  out.push(
    `  → ${plural(report.actionRows, 'action', 'actions')}, ${plural(report.merged.length, 'doublon fusionné', 'doublons fusionnés')}, ` +
      `${plural(report.hierarchyRows, 'ligne de niveau seul', 'lignes de niveau seul')}, ${plural(report.refused.length, 'ligne refusée', 'lignes refusées')}, ` +
      `${plural(report.ignored.filter((i) => !i.reason.startsWith('avant')).length, 'ligne ignorée', 'lignes ignorées')}.`,
  );
  out.push(`Lignes écrites : ${written || 'aucune'}.`);

  const section = (title: string, items: string[]) => {
    out.push('');
    out.push(`${title} (${items.length}) :`);
    out.push(...(items.length ? items.map((i) => `  ${i}`) : ['  aucun']));
  };
  section(
    'Doublons fusionnés',
    report.merged.map((m) => `l. ${m.line} → l. ${m.into} : ${m.kind === 'identique' ? 'ligne identique' : 'même action'}${m.conflicts.length ? ` ; valeurs différentes : ${m.conflicts.join(' ; ')}` : ''}`),
  );
  // Group identical before → after pairs so a long sheet stays readable.
  const groups = new Map<string, { column: string; before: string; after: string; lines: number[] }>();
  for (const n of report.normalised) {
    const key = `${n.column}\u0000${n.before}\u0000${n.after}`;
    const g = groups.get(key) ?? { column: n.column, before: n.before, after: n.after, lines: [] };
    g.lines.push(n.line);
    groups.set(key, g);
  }
  const lines = (ls: number[]) => (ls.length > 6 && !verbose ? `l. ${ls.slice(0, 5).join(', ')}… (${ls.length} fois)` : `l. ${ls.join(', ')}`);
  section(
    'Valeurs normalisées (avant → après)',
    [...groups.values()].map((g) => `${lines(g.lines)} ${g.column} : « ${clip(g.before, verbose)} » → ${clip(g.after, verbose)}`),
  );
  section('Valeurs gardées telles quelles (illisibles)', report.keptRaw.map((k) => `l. ${k.line} ${k.column} : « ${clip(k.value, verbose)} » — ${k.reason}`));
  section('Code retiré des cellules (HTML)', report.removed.map((r) => `l. ${r.line} ${r.column} : ${r.what} retiré(e)`));
  // Shown only when there are some: most sheets have neither, and the report stays as it was.
  if (report.extraColumns.length > 0) {
    section(
      `Colonnes gardées comme champs propres au plan (${TABLES.extra_fields.file}, affichées sur la page de l'action)`,
      report.extraColumns.map((c) => `« ${c.header} » (en-tête ligne ${c.line}) : ${plural(c.filled, 'cellule', 'cellules')}`),
    );
  }
  if (report.formulas.length > 0) section('Formules (valeur calculée importée)', report.formulas.map((f) => `l. ${f.line} cellule ${f.column}${f.line} : =${clip(f.formula, verbose)} → « ${clip(f.result, verbose)} »`));
  section('Lignes refusées', report.refused.map((r) => `l. ${r.line} : ${r.reason}`));
  section('Lignes ignorées', report.ignored.map((r) => `l. ${r.line} : ${r.reason}`));
  section('À vérifier', report.warnings.map((w) => `l. ${w.line} : ${w.message}`));
  if (report.errors.length > 0) section('Erreurs (rien ne sera écrit)', report.errors.map((e) => `l. ${e.line} : ${e.message}`));
  return out.join('\n');
}

function clip(s: string, verbose: boolean): string {
  const one = s.replace(/\n/g, '⏎');
  return verbose || one.length <= 90 ? one : `${one.slice(0, 89)}…`;
}

export interface PlannedFile {
  /** Path relative to the project root, e.g. `data/dijon/actions.csv`. */
  path: string;
  text: string;
  /** `create`: new file; `replace`: differs from the existing file; `same`: identical, left alone. */
  status: 'create' | 'replace' | 'same';
}

/**
 * What an import would write, given what exists. Existing CSV files are replaced only with
 * `force`; plan.md is written only when absent (never replaced). With `force`, a replaced
 * action keeps the columns the spreadsheet does not have (its `climate_issue` filled by hand,
 * say), and actions of the old file missing from the sheet are listed in `notes`.
 */
export function planOutputs(input: {
  plan: string;
  contentDir: string;
  dataDir: string;
  sourceName: string;
  result: ImportResult;
  existing: { planMd: boolean; texts: Partial<Record<TableName, string>>; rows: Partial<Record<TableName, Row[]>> };
}): { files: PlannedFile[]; notes: string[] } {
  const { result, existing } = input;
  const notes: string[] = [];
  const tables = { ...result.tables };
  const oldActions = existing.rows.actions ?? [];
  if (tables.actions && oldActions.length > 0) {
    const byId = new Map(oldActions.map((r) => [r.id, r]));
    const kept = new Set<string>();
    tables.actions = tables.actions.map((row) => {
      const before = byId.get(row.id);
      if (!before) return row;
      const merged = { ...row };
      for (const [field, value] of Object.entries(before)) {
        if (value && !result.mappedFields.includes(field) && field !== 'source' && !merged[field]) {
          merged[field] = value;
          kept.add(field);
        }
      }
      return merged;
    });
    if (kept.size) notes.push(`colonnes absentes du tableur, gardées de l'ancien actions.csv : ${[...kept].join(', ')}`);
    const written = new Set(tables.actions.map((n) => n.id));
    const gone = oldActions.filter((r) => !written.has(r.id)).map((r) => r.id);
    if (gone.length) notes.push(`${gone.length} action(s) de l'ancien actions.csv absente(s) du tableur : ${gone.join(', ')}`);
  }
  const files: PlannedFile[] = [];
  for (const [name, rows] of Object.entries(tables) as [TableName, Row[]][]) {
    const text = toCsv(name, rows);
    const old = existing.texts[name];
    files.push({ path: `${input.dataDir}/${input.plan}/${TABLES[name].file}`, text, status: old === undefined ? 'create' : old === text ? 'same' : 'replace' });
  }
  if (!existing.planMd) {
    files.push({
      path: `${input.contentDir}/${input.plan}/plan.md`,
      text: planStub({ plan: input.plan, sourceName: input.sourceName, levels: result.levels, titleHint: result.titleHint, unknownStatuses: result.unknownStatuses }),
      status: 'create',
    });
  }
  return { files, notes };
}
