/**
 * Turns a spreadsheet grid into the tables of a plan (`hierarchy.csv`, `actions.csv`,
 * `partners.csv`) plus a report of everything done on the way. Pure: no file access; the CLI
 * (`scripts/import.ts`) reads the file and writes the result.
 *
 * Every non-blank row of the sheet ends up in exactly one place, and the report says which:
 * a header, an ignored line (before the first header, a separator, a legend), a refused row
 * (with its reason), a new action, an action merged into an earlier one (duplicate), or a row
 * that only adds hierarchy nodes. Nothing is dropped silently.
 */
import { formatBudget, formatPartialDate } from '../format';
import { normaliseBudget } from '../normalise/budget';
import { normaliseDate } from '../normalise/date';
import { normaliseStatus, STATUS_LABELS, labelKey, type Status } from '../normalise/status';
import { CLIMATE_ISSUES, ENERGY_EFFECTS, TABLES, type TableName } from '../model/tables';
import type { Level } from '../model/types';
import { isFormulaLike, looseKey } from '../model/validate';
import type { Grid, GridRow } from './grid';
import { describeTarget, guessHeader, guessTranslatedHeader, headerKey, parseMapTarget, translatedField, type ColumnTarget } from './headers';
import type { UiLanguage } from '../i18n/languages';
import { withEveryTranslation } from '../model/translatable';
import { htmlToMarkdown, markdownToPlain } from './html';
import { IdPool, idFromCode, normaliseCode, seq, slugify, splitCode } from './ids';
import { dice, nearDuplicatePairs, wordSet } from './near-duplicates';

export type Row = Record<string, string>;

export interface ImportOptions {
  /** Plan slug (folder name). */
  plan: string;
  /** How rows cite the spreadsheet in their `source` column, e.g. `tableau-2024.xlsx`. */
  sourceName: string;
  /** `--map`: header → target (`title`, `level:axe`, `partners:financier`, `ignore`…). */
  map?: Record<string, unknown>;
  /** `--header-row N`: the header is that row (1-based, as the spreadsheet numbers it), and only it. */
  headerRow?: number;
  /** What the plan already has, so a re-import keeps its ids, levels and status wordings. */
  existing?: {
    levels?: Level[];
    statusLabels?: Record<string, Status>;
    tables?: Partial<Record<TableName, Row[]>>;
    /**
     * The plan's languages (plan.md `languages`, else the site's default): a column of a text in
     * another of them becomes `<field>_<lang>`; one in an undeclared language is kept as an extra
     * field, and the report says how to declare it. Default: `['fr']`.
     */
    languages?: UiLanguage[];
  };
}

export interface Located {
  line: number;
}

export interface ImportReport {
  format: string;
  /** Non-blank rows below a header that are not headers themselves. */
  rowsRead: number;
  blankLines: number;
  headers: { line: number; columns: { header: string; target: string; filled: number }[] }[];
  written: Partial<Record<TableName, number>>;
  /** Rows that became a new action. */
  actionRows: number;
  /** Rows that only added hierarchy nodes (an axis or objective line without action). */
  hierarchyRows: number;
  merged: (Located & { into: number; kind: 'identique' | 'même action'; conflicts: string[] })[];
  normalised: (Located & { column: string; before: string; after: string })[];
  keptRaw: (Located & { column: string; value: string; reason: string })[];
  refused: (Located & { reason: string })[];
  ignored: (Located & { reason: string })[];
  removed: (Located & { column: string; what: string })[];
  warnings: (Located & { message: string })[];
  /** Formula cells, with the value the spreadsheet computed (what is imported). */
  formulas: (Located & { column: string; formula: string; result: string })[];
  /** Columns kept as the plan's own fields (extra_fields.csv), with how many cells they held. */
  extraColumns: { line: number; header: string; filled: number }[];
  /** Problems that stop the import: nothing is written while there is one. */
  errors: (Located & { message: string })[];
}

export interface ImportResult {
  report: ImportReport;
  tables: Partial<Record<TableName, Row[]>>;
  levels: Level[];
  /** Text found above the first header (often the plan's title), for the plan.md stub. */
  titleHint?: string;
  /** Status wordings the site does not know: to declare in plan.md (`statuses:`). */
  unknownStatuses: { label: string; suggestion?: Status }[];
  /** Columns of actions.csv that some spreadsheet column fed. */
  mappedFields: string[];
}

/** Thrown when the sheet cannot be imported at all; the message is one line. */
export class ImportError extends Error {}

const cellEmpty = (c: string | undefined) => (c ?? '').trim() === '';

/** Report wording of a column the site has no field for: kept, under its header, as an extra field. */
export const EXTRA_TARGET = `champ propre au plan (${TABLES.extra_fields.file})`;

interface Section {
  line: number;
  width: number;
  headers: string[];
  targets: (ColumnTarget | undefined)[];
  /** Global level index of each level column. */
  levelIndex: Map<number, number>;
  kinds: ColumnKind[];
}

interface NodeRecord {
  id: string;
  levelIndex: number;
  parent?: string;
  code?: string;
  title: string;
  line: number;
  lines: number[];
  /** Cells of unknown columns on the node's own rows (an axis row with a « Commentaire »). */
  extras: { field: string; value: string }[];
}

interface ActionRecord {
  line: number;
  lines: number[];
  parent?: string;
  top?: string;
  values: Row;
  partners: { role: string; name: string; line: number }[];
  /** Cells of columns the site has no field for, under their original header. */
  extras: { field: string; value: string }[];
  notes: string[];
  /** Signature of the row's content, to tell identical rows from the same action restated. */
  signature: string;
}

/** Target of a column in a section: the `--map` entry when there is one, else the guess. */
function targetOf(header: string, map: Map<string, ColumnTarget>): ColumnTarget | undefined {
  const mapped = map.get(headerKey(header));
  if (mapped) return mapped;
  // Before the usual guess: « Intitulé (NL) » starts like « Intitulé ».
  const translated = guessTranslatedHeader(header);
  if (translated) return { kind: 'field', field: `${translated.field}_${translated.lang}` };
  return guessHeader(header);
}

/**
 * Whether a row, below the first header, starts a new table of a sheet assembled from several
 * (seed 001 has nine): a header-like row whose cells hold no digit. A data row such as
 * « Axe 2 : Bâtiments | Action 12 — Rénover les écoles » looks like a header but numbers its
 * cells, and stays data.
 */
function isLaterHeaderRow(cells: string[], map: Map<string, ColumnTarget>): boolean {
  return !cells.some((c) => /\d/.test(c)) && isHeaderRow(cells, map);
}

function isHeaderRow(cells: string[], map: Map<string, ColumnTarget>): boolean {
  const filled = cells.filter((c) => !cellEmpty(c));
  if (filled.length < 2) return false;
  const targets = filled.map((c) => (c.length <= 80 ? targetOf(c, map) : undefined));
  const known = targets.filter((t) => t && t.kind !== 'ignore');
  // A title in any language (« Titel ») makes a header row too.
  const structural = known.some((t) => t!.kind === 'level' || (t!.kind === 'field' && (translatedField(t!.field)?.field ?? t!.field) === 'title'));
  return structural && known.length >= 2 && known.length * 2 >= filled.length;
}

const SEPARATOR = /^[-=_*.~\s]+$/;

/** What a column holds, to judge where the cells of a shifted row belong. */
export type ColumnKind = 'date' | 'budget' | 'status' | 'title' | 'text';

const YEAR_ONLY = /^(?:19|20)\d{2}$/;

/** How well a cell fits a column: +1 a value of the column's kind, -1 a value of another kind. */
function fit(kind: ColumnKind, cell: string): number {
  const v = cell.trim();
  if (v === '') return kind === 'title' ? -2 : 0;
  const isDate = normaliseDate(v).kind === 'date';
  const budget = normaliseBudget(v);
  const isMoney = budget.kind !== 'text' && budget.kind !== 'none' && budget.kind !== 'unknown' && !YEAR_ONLY.test(v);
  const status = normaliseStatus(v);
  const isStatus = status.ok && status.status !== 'non_renseigne';
  switch (kind) {
    case 'date':
      return isDate || normaliseDate(v).kind !== 'text' ? 1 : -1;
    case 'budget':
      return isMoney || budget.kind === 'unknown' || budget.kind === 'none' ? 1 : budget.kind === 'text' && !isStatus && !isDate ? 0 : -1;
    case 'status':
      return status.ok ? 1 : -1;
    default:
      return isStatus || (isDate && v.length <= 10) || (isMoney && /€|eur/i.test(v)) ? -1 : 0;
  }
}

function score(cells: string[], kinds: ColumnKind[]): number {
  return cells.reduce((sum, cell, i) => sum + fit(kinds[i] ?? 'text', cell), 0);
}

/**
 * Fits a row to the header's width.
 *
 * Sheets assembled from several tables have rows with a cell too many (an empty cell inserted
 * before a block) or too few (a column the source table did not have). The candidates are every
 * way of removing empty cells (row too long) or inserting empty cells (row too short); each is
 * scored by how well its values fit the columns (a date under « Début », an amount under
 * « Budget », a status wording under « État »). The best one wins when it beats the plain reading
 * (trailing cells dropped, or padding at the end); among equals, the one whose gap is furthest
 * right, so that the cells before it keep their columns. The repair is reported. A row too long
 * that no reading fits better than another is refused.
 *
 * @param kinds what each column holds (see {@link ColumnKind})
 */
export function fitWidth(cells: string[], width: number, kinds: ColumnKind[] = []): { cells: string[]; note?: string } | { error: string } {
  if (cells.length === width) return { cells };
  const short = cells.length < width;
  const delta = Math.abs(cells.length - width);
  const padded = short ? [...cells, ...Array(delta).fill('')] : cells.slice(0, width);
  const plainOk = short || cells.slice(width).every(cellEmpty);
  const counts = `${cells.length} cellules pour ${width} colonnes`;
  if (delta > 3) {
    return plainOk ? { cells: padded } : { error: `${counts} (cellules décalées : rétablissez les colonnes dans le tableur)` };
  }
  // Each distinct result, with the rightmost way of reaching it.
  const candidates = new Map<string, { cells: string[]; at: number[] }>();
  const empties = cells.map((c, i) => (cellEmpty(c) ? i : -1)).filter((i) => i >= 0);
  const later = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
    return false;
  };
  const visit = (from: number, left: number, picked: number[]): void => {
    if (candidates.size > 2000) return;
    if (left === 0) {
      const at = [...picked].sort((a, b) => b - a);
      let out: string[];
      if (short) {
        out = [...cells];
        // Insert from the right so earlier positions stay valid.
        for (const i of at) out.splice(i, 0, '');
      } else out = cells.filter((_, i) => !picked.includes(i));
      const key = JSON.stringify(out);
      const seen = candidates.get(key);
      if (!seen || later(at, seen.at)) candidates.set(key, { cells: out, at });
      return;
    }
    const positions = short ? Array.from({ length: cells.length + 1 }, (_, i) => i) : empties;
    for (let k = from; k < positions.length; k++) visit(short ? k : k + 1, left - 1, [...picked, positions[k]]);
  };
  visit(0, delta, []);
  if (!short && empties.length < delta) return { error: `${counts} (cellules décalées : rétablissez les colonnes dans le tableur)` };

  const scored = [...candidates.values()].map((c) => ({ ...c, score: score(c.cells, kinds) }));
  const best = Math.max(...scored.map((c) => c.score));
  // Equally good readings: the one that moves the fewest cells, i.e. whose gap is furthest right
  // (what sits left of the gap stays in its column).
  const winners = scored.filter((c) => c.score === best).sort((a, b) => (later(a.at, b.at) ? -1 : later(b.at, a.at) ? 1 : 0));
  const plainScore = plainOk ? score(padded, kinds) : -Infinity;
  // A repair is only believed when every value then sits in a column it fits: a « ; » typed in a
  // comment also makes a row one cell too long, and dropping an empty cell before it would shift
  // a year under « Partenaires », an amount under « Fin », a status under « Budget ».
  const fits = (row: string[]) => row.every((cell, i) => fit(kinds[i] ?? 'text', cell) >= 0);
  if (best > plainScore && fits(winners[0].cells)) {
    const how = short ? `${delta} cellule(s) vide(s) insérée(s)` : `${delta} cellule(s) vide(s) en trop retirée(s)`;
    return { cells: winners[0].cells, note: `${counts} : ${how}, colonnes réalignées d'après leurs valeurs (dates, montants, états)` };
  }
  if (plainOk) return { cells: padded };
  if (best > plainScore) {
    return { error: `${counts}, et aucune façon de les réaligner ne range les dates, montants et états sous leurs colonnes (rétablissez les colonnes dans le tableur ; un « ; » tapé dans un texte ? mettez ce texte entre guillemets)` };
  }
  return { error: `${counts} et plusieurs façons de les réaligner (rétablissez les colonnes dans le tableur)` };
}

/** Splits a partners cell into names: on « ; », line breaks and list items; on « , » outside parentheses when nothing else separates. */
export function splitPartners(text: string): string[] {
  const byStrong = text.split(/\s*(?:;|\n|\s\*\s)\s*/).map((s) => s.trim());
  const parts =
    byStrong.length > 1
      ? byStrong
      : (() => {
          const out: string[] = [];
          let depth = 0;
          let current = '';
          for (const ch of text) {
            if (ch === '(') depth++;
            if (ch === ')') depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
              out.push(current);
              current = '';
            } else current += ch;
          }
          out.push(current);
          return out.map((s) => s.trim());
        })();
  return parts
    .map((p) => p.replace(/^(?:[-–—•*]\s+)/, '').replace(/[.;,]+$/, '').trim())
    .filter((p) => p !== '' && !/^(?:[/?\-–—]+|nc|n\.c\.?|néant|aucun)$/i.test(p));
}

/** Edit distance, for "did you mean" suggestions on unknown status wordings. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

const KNOWN_WORDINGS = ['nouveau', 'en cours', 'non demarre', 'complete', 'realise', 'termine', 'a venir', 'abandonne', 'en pause', 'bloque', 'en retard', 'a demarrer'];

function suggestStatus(label: string): Status | undefined {
  const key = labelKey(label);
  let best: { wording: string; d: number } | undefined;
  for (const w of KNOWN_WORDINGS) {
    const d = distance(key, w);
    if (d <= Math.max(1, Math.floor(w.length / 3)) && (!best || d < best.d)) best = { wording: w, d };
  }
  if (!best) return undefined;
  const r = normaliseStatus(best.wording);
  return r.ok ? r.status : undefined;
}

const PLAIN_FIELDS = new Set(['title', 'code', 'pilot', 'targets', 'concertation', 'carbon_gain', 'commune', 'district', 'site', 'status', 'start', 'end', 'budget', 'budget_operating', 'budget_investment', 'progress', 'citizen_dimension', 'climate_issue', 'energy_effect', 'source']);
const LIST_FIELDS = new Set(['tags', 'approaches', 'related_text']);
const HAND_BULLET = /^\s*[-–—•·]\s+/;

/**
 * Imports a grid. Never throws on content: problems go to the report. Throws ImportError only when
 * the sheet has no recognisable header, or `--map` is invalid.
 */
export function importPlan(grid: Grid, options: ImportOptions): ImportResult {
  const report: ImportReport = {
    format: grid.format,
    rowsRead: 0,
    blankLines: 0,
    headers: [],
    written: {},
    actionRows: 0,
    hierarchyRows: 0,
    merged: [],
    normalised: [],
    keptRaw: [],
    refused: [],
    ignored: [],
    removed: [],
    warnings: grid.problems.map((p) => ({ line: p.line, message: p.message })),
    formulas: [],
    extraColumns: [],
    errors: [],
  };
  const columnName = (col: number) => {
    let name = '';
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  for (const f of grid.formulas ?? []) {
    const column = columnName(f.column - 1);
    if (!f.cached) report.errors.push({ line: f.line, message: `cellule ${column}${f.line} : formule « =${f.formula} » sans valeur calculée (classeur enregistré sans calcul) : ouvrez-le dans le tableur, recalculez et enregistrez, ou remplacez la formule par sa valeur` });
    else report.formulas.push({ line: f.line, column, formula: f.formula, result: f.result });
  }
  if (options.headerRow !== undefined && !grid.rows.some((r) => r.line === options.headerRow && !r.cells.every(cellEmpty))) {
    throw new ImportError(`--header-row ${options.headerRow} : cette ligne est vide ou n'existe pas`);
  }
  const map = new Map<string, ColumnTarget>();
  for (const [header, value] of Object.entries(options.map ?? {})) map.set(headerKey(header), parseMapTarget(header, value));

  const existing = options.existing ?? {};
  const existingLevels = existing.levels ?? [];
  const levels: Level[] = existingLevels.map((l) => ({ ...l }));
  const statusLabels = existing.statusLabels ?? {};
  const languages = existing.languages ?? ['fr'];

  // Existing ids, kept for the rows a re-import recognises and never given to another row.
  const old = existing.tables ?? {};
  const nodePool = new IdPool((old.hierarchy ?? []).map((r) => r.id));
  const actionPool = new IdPool((old.actions ?? []).map((r) => r.id));
  const partnerPool = new IdPool((old.partners ?? []).map((r) => r.id));
  const oldNodeId = new Map<string, string>();
  for (const r of old.hierarchy ?? []) {
    if (r.code) oldNodeId.set(`${r.level}|c:${normaliseCode(r.code)}`, r.id);
    oldNodeId.set(`${r.level}|t:${labelKey(r.title ?? '')}`, r.id);
  }
  const oldActionId = new Map<string, string>();
  for (const r of old.actions ?? []) oldActionId.set(labelKey(r.title ?? ''), r.id);
  const oldPartnerId = new Map<string, string>();
  for (const r of old.partners ?? []) oldPartnerId.set(`${r.action}|${r.role}|${labelKey(r.name ?? '')}`, r.id);

  const unknownStatuses: ImportResult['unknownStatuses'] = [];
  const nodes: NodeRecord[] = [];
  const nodeByKey = new Map<string, NodeRecord>();
  const nodeById = new Map<string, NodeRecord>();
  const uncodedCount = new Map<string, number>();
  const actions: ActionRecord[] = [];
  const actionByKey = new Map<string, ActionRecord>();

  /** How a date or budget text reads, computed once per distinct text (long sheets repeat them). */
  const readings = new Map<string, { kept?: string; shown?: string }>();

  const normalised = (line: number, column: string, before: string, after: string) => {
    if (before !== after) report.normalised.push({ line, column, before, after });
  };

  let section: Section | undefined;
  const sections: (ColumnTarget | undefined)[][] = [];
  let path: (NodeRecord | undefined)[] = [];
  let legend = false;
  let titleHint: string | undefined;
  const filledCount = new Map<number, number>();

  const openSection = (row: GridRow) => {
    let width = row.cells.length;
    while (width > 0 && cellEmpty(row.cells[width - 1])) width--;
    const headers = row.cells.slice(0, width).map((h) => h.trim());
    const targets = headers.map((h) => (h === '' ? undefined : targetOf(h, map)));
    const levelIndex = new Map<number, number>();
    let nthLevel = 0;
    targets.forEach((t, col) => {
      if (t?.kind !== 'level') return;
      // An existing plan.md names the levels: columns map onto them in order.
      let index = existingLevels.length > 0 ? nthLevel : levels.findIndex((l) => l.id === t.level);
      if (existingLevels.length === 0 && index < 0) {
        levels.push({ id: t.level, label: t.label, plural: pluralise(t.label) });
        index = levels.length - 1;
      }
      if (index >= levels.length) {
        report.warnings.push({ line: row.line, message: `colonne « ${headers[col]} » : plan.md ne déclare que ${levels.length} niveau(x) ; colonne ignorée` });
        targets[col] = { kind: 'ignore' };
        return;
      }
      levelIndex.set(col, index);
      nthLevel++;
    });
    // A text in another language: the plan's own (the original column), one it declares
    // (`title_nl`), or one it does not (kept under its header, the report says how to declare it).
    targets.forEach((t, col) => {
      const translated = t?.kind === 'field' ? translatedField(t.field) : undefined;
      if (!translated) return;
      if (translated.lang === languages[0]) targets[col] = { kind: 'field', field: translated.field };
      else if (!languages.includes(translated.lang)) {
        report.warnings.push({
          line: row.line,
          message: `colonne « ${headers[col]} » : ${translated.field} en « ${translated.lang} », langue que plan.md ne déclare pas (langues du plan : ${languages.join(', ')}) : gardée comme ${EXTRA_TARGET} ; pour en faire la colonne ${translated.field}_${translated.lang}, ajoutez « ${translated.lang} » à languages dans plan.md (languages: [${[...languages, translated.lang].join(', ')}]), puis relancez l'import`,
        });
        targets[col] = undefined;
      }
    });
    const titles = targets.filter((t) => t?.kind === 'field' && t.field === 'title').length;
    if (titles > 1) {
      // "Action" and "Fiche action" in one sheet: the first is the title, later ones the summary.
      let seen = 0;
      targets.forEach((t, col) => {
        if (t?.kind === 'field' && t.field === 'title' && seen++ > 0) targets[col] = { kind: 'field', field: 'summary' };
      });
    }
    const kinds = targets.map((t): ColumnKind => {
      if (t?.kind !== 'field') return 'text';
      if (t.field === 'start' || t.field === 'end') return 'date';
      if (t.field.startsWith('budget')) return 'budget';
      if (t.field === 'status') return 'status';
      return t.field === 'title' ? 'title' : 'text';
    });
    section = { line: row.line, width: Math.max(width, 1), headers, targets, levelIndex, kinds };
    sections.push(targets);
    report.headers.push({
      line: row.line,
      columns: headers.map((header, col) => ({ header, target: targets[col] ? describeTarget(targets[col]!) : EXTRA_TARGET, filled: 0 })),
    });
    path = [];
    legend = false;
  };

  const nodeFor = (levelIndex: number, cell: string, parent: NodeRecord | undefined, line: number, column: string): NodeRecord => {
    const plain = plainText(cell, line, column);
    const { code, title: rawTitle } = splitCode(plain);
    const title = rawTitle || code || plain;
    if (code) normalised(line, column, plain, `code « ${code} », intitulé « ${title} »`);
    const level = levels[levelIndex];
    const parentId = parent?.id ?? '';
    const key = `${levelIndex}|${parentId}|${code ? `c:${normaliseCode(code)}` : `t:${labelKey(title)}`}`;
    let node = nodeByKey.get(key);
    if (node) {
      if (!node.lines.includes(line)) node.lines.push(line);
      if (labelKey(node.title) !== labelKey(title)) {
        report.warnings.push({ line, message: `${column} : même code « ${code} » que la ligne ${node.line} mais autre intitulé (« ${title} ») : intitulé de la ligne ${node.line} gardé (« ${node.title} »)` });
      }
      return node;
    }
    const reuse = oldNodeId.get(`${level.id}|${code ? `c:${normaliseCode(code)}` : `t:${labelKey(title)}`}`);
    let id: string;
    if (reuse) id = reuse;
    // A bare number ("2", "1.2.3") says little on its own in an address: prefix the level.
    else if (code) id = nodePool.take(/^[\d.]+$/.test(code) ? `${level.id}-${idFromCode(code).replace(/\./g, '-')}` : idFromCode(code));
    else {
      const counter = `${parentId}|${levelIndex}`;
      const n = (uncodedCount.get(counter) ?? 0) + 1;
      uncodedCount.set(counter, n);
      id = nodePool.take(parent ? `${parent.id}-${level.id[0]}${n}` : `${level.id}-${n}`);
    }
    node = { id, levelIndex, parent: parent?.id, code, title, line, lines: [line], extras: [] };
    nodes.push(node);
    nodeById.set(id, node);
    nodeByKey.set(key, node);
    return node;
  };

  /** A cell as one line of plain text: HTML converted (and what could run code reported). */
  const plainText = (cell: string, line: number, column: string): string => {
    const html = htmlToMarkdown(cell);
    for (const what of html.removed) report.removed.push({ line, column, what });
    let text = html.changed ? markdownToPlain(html.text) : cell.replace(/\s+/g, ' ').trim();
    if (html.changed) normalised(line, column, cell.trim(), text);
    if (HAND_BULLET.test(text)) {
      const stripped = text.replace(HAND_BULLET, '');
      normalised(line, column, text, stripped);
      text = stripped;
    }
    return text;
  };

  const markdownText = (cell: string, line: number, column: string): string => {
    const html = htmlToMarkdown(cell);
    for (const what of html.removed) report.removed.push({ line, column, what });
    let text = html.changed ? html.text : cell.trim().replace(/[ \t]+/g, ' ');
    if (html.changed) normalised(line, column, cell.trim(), text);
    // A hand-typed bullet at the start of a line becomes a Markdown list item ("* "), never "- ",
    // which a spreadsheet would read as the start of a formula.
    const listed = text.replace(/^[ \t]*[-–—•·][ \t]+/gm, '* ');
    if (listed !== text) {
      normalised(line, column, text, listed);
      text = listed;
    }
    return text;
  };

  for (const row of grid.rows) {
    if (row.cells.every(cellEmpty)) {
      report.blankLines++;
      continue;
    }
    const isHeader =
      options.headerRow !== undefined ? row.line === options.headerRow : section ? isLaterHeaderRow(row.cells, map) : isHeaderRow(row.cells, map);
    if (isHeader) {
      openSection(row);
      continue;
    }
    const firstText = row.cells.find((c) => !cellEmpty(c))!.trim();
    if (!section) {
      report.ignored.push({ line: row.line, reason: `avant la première ligne d'en-tête : « ${short(firstText)} »` });
      titleHint ??= markdownToPlain(htmlToMarkdown(firstText).text);
      continue;
    }
    report.rowsRead++;
    if (legend || /^l[eé]gende\b/i.test(firstText)) {
      legend = true;
      report.ignored.push({ line: row.line, reason: `légende du tableau : « ${short(row.cells.filter((c) => !cellEmpty(c)).join(' ').trim())} »` });
      continue;
    }
    if (row.cells.every((c) => cellEmpty(c) || SEPARATOR.test(c))) {
      report.ignored.push({ line: row.line, reason: 'ligne de séparation' });
      continue;
    }
    const fitted = fitWidth(row.cells, section.width, section.kinds);
    if ('error' in fitted) {
      const titleCol = section.targets.findIndex((t) => t?.kind === 'field' && t.field === 'title');
      const title = titleCol >= 0 ? labelKey(markdownToPlain(htmlToMarkdown(row.cells[titleCol] ?? '').text).replace(HAND_BULLET, '')) : '';
      const twin = title ? actions.find((a) => labelKey(a.values.title) === title) : undefined;
      report.refused.push({ line: row.line, reason: `${fitted.error}${twin ? ` ; la ligne ${twin.line} porte le même intitulé` : ''}` });
      continue;
    }
    if (fitted.note) report.normalised.push({ line: row.line, column: '-', before: `${row.cells.length} cellules`, after: fitted.note });
    const cells = fitted.cells;
    cells.forEach((c, col) => {
      if (!cellEmpty(c)) filledCount.set(section!.line * 1000 + col, (filledCount.get(section!.line * 1000 + col) ?? 0) + 1);
    });

    // Hierarchy: a blank level cell repeats the node above it (merged cells, or rows that state
    // their axis once); a new node at one level closes the deeper levels.
    let touchedHierarchy = false;
    for (const [col, levelIndex] of [...section.levelIndex.entries()].sort((a, b) => a[1] - b[1])) {
      const cell = cells[col];
      if (cellEmpty(cell)) continue;
      touchedHierarchy = true;
      const parent = path.slice(0, levelIndex).filter(Boolean).pop();
      const node = nodeFor(levelIndex, cell, parent, row.line, section.headers[col]);
      if (path[levelIndex] !== node) path = [...path.slice(0, levelIndex), node];
    }
    const deepest = path.filter(Boolean).pop();

    const values: Row = {};
    const partners: ActionRecord['partners'] = [];
    const notes: string[] = [];
    const unknownColumns: string[] = [];
    const extras: ActionRecord['extras'] = [];
    cells.forEach((cell, col) => {
      if (cellEmpty(cell)) return;
      const target = section!.targets[col];
      const header = section!.headers[col] || `colonne ${col + 1}`;
      if (!target || target.kind === 'ignore' || target.kind === 'level') {
        if (!target) {
          unknownColumns.push(header);
          extras.push({ field: header, value: cell.trim() });
        }
        return;
      }
      if (target.kind === 'partners') {
        const text = plainMultiline(cell, row.line, header);
        const names = splitPartners(text);
        if (names.length > 1) normalised(row.line, header, text, names.map((n) => `« ${n} »`).join(', '));
        for (const name of names) partners.push({ role: target.role, name, line: row.line });
        return;
      }
      const name = target.field;
      // A translation (`title_nl`) is read like its original.
      const base = translatedField(name)?.field ?? name;
      const text = PLAIN_FIELDS.has(base) ? plainText(cell, row.line, header) : LIST_FIELDS.has(base) ? plainText(cell, row.line, header) : markdownText(cell, row.line, header);
      if (text === '') return;
      values[name] = values[name] ? `${values[name]}${LIST_FIELDS.has(base) ? ' ; ' : PLAIN_FIELDS.has(base) ? ' ; ' : '\n\n'}${text}` : text;
    });

    const hasActionData = Object.keys(values).length > 0 || partners.length > 0;
    if (!values.title && values.summary) {
      // "Fiche action chapeau" left empty, the action written in the description column: the
      // description is the action's title (moved, not copied).
      const titleColumn = section.headers[section.targets.findIndex((t) => t?.kind === 'field' && t.field === 'title')] ?? 'intitulé';
      values.title = markdownToPlain(values.summary);
      delete values.summary;
      report.normalised.push({ line: row.line, column: titleColumn, before: '', after: `vide : intitulé repris de la description, « ${short(values.title)} »` });
    }
    if (!values.title) {
      if (!hasActionData && touchedHierarchy) {
        report.hierarchyRows++;
        // The row states a level only: its extra cells describe the deepest level it names.
        for (const x of extras) {
          const had = deepest!.extras.find((e) => e.field === x.field);
          if (!had) deepest!.extras.push(x);
          else if (had.value !== x.value) report.warnings.push({ line: row.line, message: `« ${x.field} » : « ${short(x.value)} » diffère de la ligne ${deepest!.line} (gardé : « ${short(had.value)} »)` });
        }
        continue;
      }
      if (!hasActionData && unknownColumns.length > 0) {
        report.refused.push({ line: row.line, reason: `aucune colonne reconnue n'est remplie (remplies : ${unknownColumns.map((c) => `« ${c} »`).join(', ')} ; utilisez --map)` });
        continue;
      }
      const titleColumn = section.headers[section.targets.findIndex((t) => t?.kind === 'field' && t.field === 'title')] ?? 'intitulé';
      report.refused.push({ line: row.line, reason: `intitulé de l'action vide (colonne « ${titleColumn} ») alors que d'autres cellules sont remplies : ${describeFilled(values, partners)}` });
      continue;
    }

    normaliseValues(values, row.line, notes);

    const signature = JSON.stringify([deepest?.id, values, partners.map((p) => [p.role, p.name])]);
    const key = `${deepest?.id ?? ''}|${labelKey(values.title)}`;
    const earlier = actionByKey.get(key);
    if (earlier) {
      const conflicts: string[] = [];
      for (const [field, value] of Object.entries(values)) {
        const had = earlier.values[field];
        if (!had) earlier.values[field] = value;
        else if (had === value) continue;
        // Rows restating an action with another sub-action each: the descriptions add up. Two
        // copies of one text (an OCR variant) do not: the first is kept and the other reported.
        else if (field === 'summary' && similarity(had, value) < 0.6) {
          earlier.values[field] = `${had}\n\n${value}`;
          conflicts.push(`summary : texte ajouté à celui de la ligne ${earlier.line}`);
        } else conflicts.push(`${field} : « ${short(value)} » (gardé : « ${short(had)} », ligne ${earlier.line})`);
      }
      const added = partners.filter((p) => !earlier.partners.some((q) => q.role === p.role && labelKey(q.name) === labelKey(p.name)));
      earlier.partners.push(...added);
      if (added.length > 0 && earlier.partners.length > added.length) conflicts.push(`partenaires ajoutés : ${added.map((p) => `« ${p.name} »`).join(', ')}`);
      for (const x of extras) {
        const had = earlier.extras.find((e) => e.field === x.field);
        if (!had) earlier.extras.push(x);
        else if (had.value !== x.value) conflicts.push(`${x.field} : « ${short(x.value)} » (gardé : « ${short(had.value)} », ligne ${earlier.line})`);
      }
      earlier.lines.push(row.line);
      report.merged.push({ line: row.line, into: earlier.line, kind: earlier.signature === signature ? 'identique' : 'même action', conflicts });
      continue;
    }
    const top = deepest ? rootOf(deepest, nodeById) : undefined;
    const record: ActionRecord = { line: row.line, lines: [row.line], parent: deepest?.id, top: top?.id, values, partners, extras, notes, signature };
    actions.push(record);
    actionByKey.set(key, record);
    report.actionRows++;
  }

  if (report.headers.length === 0) {
    throw new ImportError(
      "aucune ligne d'en-tête reconnue (attendu par exemple « Intitulé de l'action », « Axe stratégique », « Porteur de l'action » ; sinon indiquez les colonnes avec --map headers.json)",
    );
  }

  // Columns the importer could not place, with how many cells they held.
  for (const h of report.headers) {
    h.columns.forEach((c, col) => (c.filled = filledCount.get(h.line * 1000 + col) ?? 0));
    for (const c of h.columns) {
      if (c.target === EXTRA_TARGET && c.filled > 0) {
        report.extraColumns.push({ line: h.line, header: c.header, filled: c.filled });
      }
    }
  }

  // Near-identical titles under one parent: two copies of a sheet with typos between them.
  for (const [i, j] of nearDuplicatePairs(actions.map((a) => ({ group: a.parent ?? '', text: a.values.title })), 0.75)) {
    const [a, b] = [actions[i], actions[j]];
    report.warnings.push({ line: b.line, message: `doublon probable de la ligne ${a.line} (intitulés presque identiques : « ${short(a.values.title, 50)} » / « ${short(b.values.title, 50)} ») : gardés tous les deux, à fusionner à la main si c'est la même action` });
  }
  // A level with nothing under it: often an action typed one column too far left.
  const parents = new Set<string>([...nodes.map((n) => n.parent ?? ''), ...actions.map((a) => a.parent ?? '')]);
  for (const node of nodes) {
    if (!parents.has(node.id)) {
      report.warnings.push({ line: node.line, message: `${levels[node.levelIndex].label} « ${short(node.title, 60)} » sans action ni sous-niveau : si c'est une action décalée d'une colonne, corrigez le tableur` });
    }
  }

  // Ids of actions: existing id for a known title; the plan's code; else a sequence under the top node.
  const perTop = new Map<string, number>();
  const actionRows: Row[] = [];
  const partnerRows: Row[] = [];
  const extraRows: Row[] = [];
  const reused = new Set<string>();
  for (const a of actions) {
    const reuse = oldActionId.get(labelKey(a.values.title));
    let id: string;
    if (reuse && !reused.has(reuse)) {
      id = reuse;
      reused.add(reuse);
    } else if (a.values.code) id = actionPool.take(idFromCode(a.values.code));
    else if (a.top) {
      // Next free number under the top node: ids kept from a previous import are skipped.
      let n = (perTop.get(a.top) ?? 0) + 1;
      while (actionPool.has(`${a.top}-a${seq(n)}`)) n++;
      perTop.set(a.top, n);
      id = actionPool.take(`${a.top}-a${seq(n)}`);
    } else id = actionPool.take(slugify(a.values.title) || 'action');
    const lines = a.lines.length > 1 ? `l. ${a.lines.join(', ')}` : `l. ${a.line}`;
    const source = [`${options.sourceName} ${lines}`, ...(a.values.source ? [a.values.source] : []), ...a.notes].join(' ; ');
    actionRows.push({ id, parent: a.parent ?? '', ...a.values, source });
    for (const x of a.extras) extraRows.push({ entity: 'action', id, field: x.field, value: x.value, source: `${options.sourceName} ${lines}` });
    let n = 0;
    const seen = new Set<string>();
    for (const p of a.partners) {
      const k = `${p.role}|${labelKey(p.name)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      n++;
      const pid = oldPartnerId.get(`${id}|${k}`) ?? partnerPool.take(`${id}-p${n}`);
      partnerRows.push({ id: pid, action: id, name: p.name, role: p.role, source: `${options.sourceName} l. ${p.line}` });
    }
  }
  for (const n of nodes) for (const x of n.extras) extraRows.push({ entity: 'node', id: n.id, field: x.field, value: x.value, source: `${options.sourceName} l. ${n.lines.join(', ')}` });
  const hierarchyRows: Row[] = nodes.map((n) => ({
    id: n.id,
    level: levels[n.levelIndex].id,
    parent: n.parent ?? '',
    code: n.code ?? '',
    title: n.title,
    source: `${options.sourceName} l. ${n.lines.join(', ')}`,
  }));

  const tables: Partial<Record<TableName, Row[]>> = {};
  if (hierarchyRows.length > 0) tables.hierarchy = hierarchyRows;
  tables.actions = actionRows;
  if (partnerRows.length > 0) tables.partners = partnerRows;
  if (extraRows.length > 0) tables.extra_fields = extraRows;
  for (const [name, rows] of Object.entries(tables)) report.written[name as TableName] = rows.length;

  const mappedFields = [...new Set(sections.flatMap((t) => t.filter((x) => x?.kind === 'field').map((x) => (x as { field: string }).field)))];
  if (sections.some((t) => t.some((x) => x?.kind === 'level'))) mappedFields.push('parent');
  return { report, tables, levels, titleHint, unknownStatuses, mappedFields };

  function plainMultiline(cell: string, line: number, column: string): string {
    const html = htmlToMarkdown(cell);
    for (const what of html.removed) report.removed.push({ line, column, what });
    return html.changed ? html.text.replace(/^\s*(?:\*|\d+\.)\s+/gm, '').replace(/\*\*/g, '') : cell.trim();
  }

  /** Parses what the site will read from the values (statuses later, with the plan's wordings). */
  function normaliseValues(values: Row, line: number, notes: string[]): void {
    // Status wordings stay as the plan writes them; the report says how the site reads them.
    if (values.status) {
      const label = values.status;
      const result = normaliseStatus(label, statusLabels);
      if (result.ok) normalised(line, 'status', label, STATUS_LABELS[result.status]);
      else {
        const suggestion = suggestStatus(label);
        if (!unknownStatuses.some((u) => u.label === label)) unknownStatuses.push({ label, suggestion });
        report.keptRaw.push({ line, column: 'status', value: label, reason: `état inconnu du site${suggestion ? ` (proche de « ${STATUS_LABELS[suggestion]} »)` : ''} : déclarez-le dans plan.md, clé statuses` });
      }
    }
    for (const field of ['start', 'end'] as const) {
      if (!values[field]) continue;
      const text = values[field];
      const read = readings.get(`d\u0000${text}`);
      if (read) {
        if (read.kept) report.keptRaw.push({ line, column: field, value: text, reason: read.kept });
        else normalised(line, field, text, read.shown!);
        continue;
      }
      const d = normaliseDate(values[field]);
      const reading = d.kind === 'text' ? { kept: 'pas une date lisible : gardée en texte, sans place dans le calendrier' } : { shown: d.kind === 'date' ? `${formatPartialDate(d)} (${d.start} → ${d.end})` : formatPartialDate(d) };
      readings.set(`d\u0000${text}`, reading);
      if (reading.kept) report.keptRaw.push({ line, column: field, value: text, reason: reading.kept });
      else normalised(line, field, text, reading.shown!);
    }
    for (const field of ['budget', 'budget_operating', 'budget_investment'] as const) {
      if (!values[field]) continue;
      const text = values[field];
      let reading = readings.get(`b\u0000${text}`);
      if (!reading) {
        const b = normaliseBudget(text);
        reading = b.kind === 'text' ? { kept: 'pas de montant lisible : gardé en texte, hors des totaux' } : { shown: formatBudget(b) };
        readings.set(`b\u0000${text}`, reading);
      }
      if (reading.kept) report.keptRaw.push({ line, column: field, value: text, reason: reading.kept });
      else normalised(line, field, text, reading.shown!);
    }
    if (values.progress) {
      const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(values.progress);
      if (m && Number(m[1].replace(',', '.')) <= 100) {
        const n = String(Number(m[1].replace(',', '.')));
        normalised(line, 'progress', values.progress, n);
        values.progress = n;
      } else {
        report.keptRaw.push({ line, column: 'progress', value: values.progress, reason: "pas un pourcentage : recopié dans la colonne source" });
        notes.push(`avancement publié : « ${values.progress} »`);
        delete values.progress;
      }
    }
    for (const [field, allowed] of [['climate_issue', CLIMATE_ISSUES], ['energy_effect', ENERGY_EFFECTS]] as const) {
      if (!values[field]) continue;
      const items = values[field].split(/\s*(?:[;,/]|\bet\b)\s*/).filter(Boolean);
      const known: string[] = [];
      for (const item of items) {
        const k = looseKey(item).replace(/^(?:effet |enjeu )/, '');
        const match = (allowed as readonly string[]).find((v) => k.startsWith(v.slice(0, 6)));
        if (match) known.push(match);
        else {
          report.keptRaw.push({ line, column: field, value: item, reason: `valeur inconnue (attendu : ${allowed.join(', ')}) : recopiée dans la colonne source` });
          notes.push(`${field} publié : « ${item} »`);
        }
      }
      const out = [...new Set(known)].join(' ; ');
      normalised(line, field, values[field], out);
      if (out) values[field] = out;
      else delete values[field];
    }
    if (values.citizen_dimension) {
      const k = looseKey(values.citizen_dimension);
      const v = ['oui', 'x', 'yes', 'vrai', '1'].includes(k) ? 'oui' : ['non', 'no', 'faux', '0'].includes(k) ? 'non' : undefined;
      if (v) {
        normalised(line, 'citizen_dimension', values.citizen_dimension, v);
        values.citizen_dimension = v;
      } else {
        report.keptRaw.push({ line, column: 'citizen_dimension', value: values.citizen_dimension, reason: 'ni oui ni non : recopié dans la colonne source' });
        notes.push(`dimension citoyenne publiée : « ${values.citizen_dimension} »`);
        delete values.citizen_dimension;
      }
    }
    for (const [field, value] of Object.entries(values)) {
      if (isFormulaLike(value)) {
        report.keptRaw.push({ line, column: field, value, reason: `commence par « ${value[0]} » : un tableur le lirait comme une formule ; reformulez (la vérification le refusera)` });
      }
    }
  }
}

/** Share of words two texts have in common (Dice coefficient over their word sets), 0 to 1. */
export function similarity(a: string, b: string): number {
  return dice(wordSet(a), wordSet(b));
}

function rootOf(node: NodeRecord, nodes: Map<string, NodeRecord>): NodeRecord {
  let current = node;
  while (current.parent) {
    const parent = nodes.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

function short(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function describeFilled(values: Row, partners: { role: string; name: string }[]): string {
  const parts = Object.entries(values).map(([k, v]) => `${k} « ${short(v, 40)} »`);
  if (partners.length) parts.push(`partenaires « ${short(partners.map((p) => p.name).join(', '), 40)} »`);
  return parts.join(', ');
}

/** "Axe stratégique" → "Axes stratégiques": each word of three letters or more, unless it already ends in s, x or z. */
export function pluralise(label: string): string {
  return label
    .split(' ')
    .map((w) => (w.length >= 3 && !/[sxz]$/i.test(w) && !/^(?:des|les|aux|par|pour|sur)$/i.test(w) && !/['’]/.test(w) ? `${w}s` : w))
    .join(' ');
}

/** Every column of a table that at least one row fills, in the order of tables.ts (required ones always). */
export function columnsOf(table: TableName, rows: Row[]): string[] {
  // Translated columns (`title_nl`) follow their original, in every language a row fills.
  return withEveryTranslation(TABLES[table])
    .fields.filter((f) => f.required || rows.some((r) => (r[f.name] ?? '') !== ''))
    .map((f) => f.name);
}
