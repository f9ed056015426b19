/**
 * `npm run import -- FILE --plan SLUG --update`: what a spreadsheet changes in an existing plan,
 * as a per-row diff, and the tables to write. Pure: the CLI reads and writes the files.
 *
 * Rows are matched to the plan's rows by id (the published workbook carries them), else, for
 * actions of a staff sheet, by code (the parent telling apart two actions with one code), else by
 * title. A row with no match is added; a code that matches several actions is an error naming
 * them. Only the columns the source has are compared and written; the others keep their value.
 * Rows of the plan missing from the source are listed, and removed only with `removeMissing`.
 * Every change of an action's status or progress adds a dated row to updates.csv that says it
 * comes from an import.
 */
import { labelKey } from '../normalise/status';
import { TABLES, type TableName } from '../model/tables';
import { withEveryTranslation } from '../model/translatable';
import type { Row } from './import-plan';
import { normaliseCode } from './ids';

export interface FieldChange {
  /** The CSV column that changes. */
  column: string;
  /** How the report names it: the column, or an extra field's original header. */
  field: string;
  before: string;
  after: string;
}

export interface RowChange {
  table: TableName;
  /** Primary key, e.g. the action id. */
  key: string;
  /** How staff name the row: the action's code, else its id. */
  label: string;
  changes: FieldChange[];
}

export interface RowRef {
  table: TableName;
  key: string;
  label: string;
  title?: string;
}

export interface UpdateResult {
  /** Every table whose rows change, in full. */
  tables: Partial<Record<TableName, Row[]>>;
  changed: RowChange[];
  added: RowRef[];
  /** Rows of the plan the source does not have (removed when `removed` is true). */
  missing: RowRef[];
  removed: boolean;
  /** Rows appended to updates.csv for status and progress changes. */
  updates: Row[];
  errors: string[];
}

export interface UpdateOptions {
  /** Tables the source holds in full (the published workbook: all of them; a staff sheet: actions). */
  tables: TableName[];
  /** Columns the source has, per table: only they are compared and written. */
  fields: Partial<Record<TableName, string[]>>;
  /** A staff sheet: its action ids were made up by the importer, so actions match by code, then title. */
  matchByCode: boolean;
  removeMissing: boolean;
  /** A staff sheet: the headers of its extra columns, so that a cell emptied there empties the plan's extra field. */
  extraHeaders?: string[];
  /** Date of the updates.csv rows (YYYY-MM-DD). */
  date: string;
  sourceName: string;
}

const keyOf = (table: TableName, row: Row) => TABLES[table].primaryKey.map((k) => row[k] ?? '').join(' | ');

/** Matches incoming actions to existing ones; returns incoming id → existing id, and errors. */
function matchActions(existing: Row[], incoming: Row[], byCode: boolean): { to: Map<string, string>; errors: string[] } {
  const to = new Map<string, string>();
  const errors: string[] = [];
  const taken = new Set<string>();
  const ids = new Set(existing.map((r) => r.id));
  const byCodeIndex = new Map<string, Row[]>();
  const byTitle = new Map<string, Row[]>();
  for (const r of existing) {
    if (r.code) byCodeIndex.set(normaliseCode(r.code), [...(byCodeIndex.get(normaliseCode(r.code)) ?? []), r]);
    byTitle.set(labelKey(r.title ?? ''), [...(byTitle.get(labelKey(r.title ?? '')) ?? []), r]);
  }
  for (const r of incoming) {
    if (!byCode) {
      if (ids.has(r.id)) to.set(r.id, r.id);
      continue;
    }
    let candidates = r.code ? (byCodeIndex.get(normaliseCode(r.code)) ?? []) : [];
    if (candidates.length > 1) {
      const sameParent = candidates.filter((c) => (c.parent ?? '') === (r.parent ?? ''));
      if (sameParent.length === 1) candidates = sameParent;
      else {
        errors.push(`« ${r.title} » : le code « ${r.code} » correspond à plusieurs actions du plan (${candidates.map((c) => `${c.id} « ${c.title} »`).join(', ')}) ; donnez des codes distincts dans le tableur`);
        to.set(r.id, '');
        continue;
      }
    }
    if (candidates.length === 0) candidates = (byTitle.get(labelKey(r.title ?? '')) ?? []).filter((c) => !taken.has(c.id));
    const match = candidates.find((c) => !taken.has(c.id));
    if (match) {
      to.set(r.id, match.id);
      taken.add(match.id);
    }
  }
  return { to, errors };
}

/**
 * What the source changes in the plan.
 *
 * @param existing the plan's tables as they are
 * @param incoming the tables read from the source (a staff sheet through the importer, or the published workbook)
 */
export function planUpdate(existing: Partial<Record<TableName, Row[]>>, incoming: Partial<Record<TableName, Row[]>>, options: UpdateOptions): UpdateResult {
  const result: UpdateResult = { tables: {}, changed: [], added: [], missing: [], removed: false, updates: [], errors: [] };
  const oldActions = existing.actions ?? [];
  const { to, errors } = matchActions(oldActions, incoming.actions ?? [], options.matchByCode);
  result.errors.push(...errors);
  const matched = new Set(to.values());
  // A staff sheet's new actions keep the importer's ids, which never collide with the plan's.
  const actionId = (id: string) => (options.matchByCode ? (to.get(id) ?? id) : id);
  const remap = (table: TableName, row: Row): Row => {
    if (!options.matchByCode) return row;
    if (table === 'actions') return { ...row, id: actionId(row.id) };
    if (table === 'extra_fields' && row.entity === 'action') return { ...row, id: actionId(row.id) };
    if (row.action !== undefined) return { ...row, action: actionId(row.action) };
    return row;
  };
  const actionLabel = new Map<string, string>();
  for (const r of [...oldActions, ...(incoming.actions ?? []).map((r) => remap('actions', r))]) if (!actionLabel.has(r.id)) actionLabel.set(r.id, r.code || r.id);
  const labelFor = (table: TableName, row: Row) =>
    table === 'actions' ? actionLabel.get(row.id) ?? row.id : table === 'extra_fields' && row.entity === 'action' ? actionLabel.get(row.id) ?? row.id : row.action ? `${actionLabel.get(row.action) ?? row.action} ${TABLES[table].file} ${keyOf(table, row)}` : `${TABLES[table].file} ${keyOf(table, row)}`;

  const incomingTables = (Object.keys(incoming) as TableName[]).filter((t) => (incoming[t] ?? []).length > 0 || options.tables.includes(t));
  // Every cell of a staff sheet's extra column may have been emptied: still compared.
  if ((options.extraHeaders ?? []).length > 0 && !incomingTables.includes('extra_fields')) incomingTables.push('extra_fields');
  for (const table of incomingTables) {
    const full = options.tables.includes(table);
    const fields = (options.fields[table] ?? withEveryTranslation(TABLES[table]).fields.map((f) => f.name)).filter((f) => !TABLES[table].primaryKey.includes(f) || table === 'actions');
    const before = existing[table] ?? [];
    const rows = (incoming[table] ?? []).map((r) => remap(table, r)).filter((r) => table !== 'actions' || r.id !== '');
    const incomingByKey = new Map(rows.map((r) => [keyOf(table, r), r]));
    const beforeKeys = new Set(before.map((r) => keyOf(table, r)));
    let touched = false;
    const out: Row[] = [];
    for (const old of before) {
      const key = keyOf(table, old);
      const fresh = incomingByKey.get(key);
      // A staff sheet's extra column whose cell is now empty, on an action the sheet has: emptied.
      if (!fresh && table === 'extra_fields' && old.entity === 'action' && matched.has(old.id) && options.extraHeaders?.includes(old.field)) {
        touched = true;
        const label = labelFor(table, old);
        const change = { column: 'value', field: old.field, before: old.value ?? '', after: '' };
        const entry = result.changed.find((c) => c.label === label && c.table === 'actions');
        if (entry) entry.changes.push(change);
        else result.changed.push({ table: 'actions', key: old.id, label, changes: [change] });
        continue;
      }
      if (!fresh) {
        if (full) {
          result.missing.push({ table, key, label: labelFor(table, old), title: old.title });
          if (options.removeMissing) {
            touched = true;
            continue;
          }
        }
        out.push(old);
        continue;
      }
      const changes: FieldChange[] = [];
      const next = { ...old };
      for (const f of fields) {
        if (f === 'id' || (f === 'source' && options.matchByCode)) continue;
        const a = old[f] ?? '';
        const b = fresh[f] ?? '';
        if (a !== b) {
          changes.push({ column: f, field: table === 'extra_fields' && f === 'value' ? old.field : f, before: a, after: b });
          if (b === '') delete next[f];
          else next[f] = b;
        }
      }
      if (changes.length > 0) {
        touched = true;
        const label = labelFor(table, old);
        const entry = result.changed.find((c) => c.label === label && (c.table === table || (table === 'extra_fields' && c.table === 'actions')));
        if (entry && table === 'extra_fields') entry.changes.push(...changes);
        else result.changed.push({ table, key, label, changes });
        if (table === 'actions') {
          const status = changes.find((c) => c.field === 'status');
          const progress = changes.find((c) => c.field === 'progress');
          if (status || progress) {
            result.updates.push({
              action: old.id,
              date: options.date,
              status: status?.after ?? '',
              progress: progress?.after ?? '',
              note: `Mise à jour importée du tableur ${options.sourceName}.`,
              source: `npm run import --update ${options.sourceName}`,
            });
          }
        }
      }
      out.push(next);
    }
    for (const row of rows) {
      const key = keyOf(table, row);
      if (beforeKeys.has(key)) continue;
      // A staff sheet: partners of matched actions are kept as the plan has them.
      if (options.matchByCode && table === 'partners' && oldActions.some((a) => a.id === row.action)) continue;
      touched = true;
      out.push(row);
      if (table === 'actions' || table === 'hierarchy' || !options.matchByCode) result.added.push({ table, key, label: labelFor(table, row), title: row.title });
      else if (table === 'extra_fields') {
        const label = labelFor(table, row);
        const change = { column: 'value', field: row.field, before: '', after: row.value };
        const entry = result.changed.find((c) => c.label === label && c.table === 'actions');
        if (entry) entry.changes.push(change);
        else if (!result.added.some((a) => a.table === 'actions' && a.key === row.id)) result.changed.push({ table: 'actions', key: row.id, label, changes: [change] });
      }
    }
    if (touched) result.tables[table] = out;
  }
  result.removed = options.removeMissing && result.missing.length > 0;
  // A staff sheet removes actions only: what hangs on them (partners, extra fields, budget lines,
  // updates, sub-actions) goes with them, so the plan stays consistent.
  const gone = new Set(result.removed && options.matchByCode ? result.missing.filter((m) => m.table === 'actions').map((m) => m.key) : []);
  if (gone.size > 0) {
    for (const table of ['partners', 'subactions', 'budget_lines', 'updates', 'extra_fields'] as TableName[]) {
      const rows = result.tables[table] ?? existing[table] ?? [];
      const kept = rows.filter((r) => !gone.has(table === 'extra_fields' ? r.id : r.action));
      if (kept.length !== rows.length) result.tables[table] = kept;
    }
  }

  if (result.updates.length > 0) {
    const updates = result.tables.updates ?? [...(existing.updates ?? [])];
    const ids = new Set(updates.map((u) => u.id));
    for (const u of result.updates) {
      let id = `${u.action}-import-${options.date}`;
      for (let n = 2; ids.has(id); n++) id = `${u.action}-import-${options.date}-${n}`;
      ids.add(id);
      u.id = id;
      updates.push({ id, ...u });
    }
    result.tables.updates = updates;
  }
  return result;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Intitulé',
  summary: 'Description',
  status: 'État',
  progress: 'Avancement',
  pilot: 'Porteur',
  targets: 'Cibles',
  start: 'Début',
  end: 'Fin',
  budget: 'Budget',
  budget_operating: 'Fonctionnement',
  budget_investment: 'Investissement',
  parent: 'Rattachement',
  code: 'Code',
};

const shown = (field: string, value: string) => (value === '' ? '(vide)' : field === 'status' || field === 'progress' ? value : `« ${value.replace(/\n/g, '⏎')} »`);

/** The diff as staff read it: `1.2 État : En cours → En retard`, one line per changed field. */
export function formatUpdate(u: UpdateResult, removeMissing: boolean): string {
  const out: string[] = [];
  const n = u.changed.length + u.added.length + u.missing.length;
  out.push(n === 0 ? 'Différences : aucune.' : `Différences : ${u.changed.length} ligne(s) modifiée(s), ${u.added.length} ajoutée(s), ${u.missing.length} absente(s) du tableur.`);
  for (const c of u.changed) for (const f of c.changes) out.push(`  ${c.label} ${FIELD_LABELS[f.field] ?? f.field} : ${shown(f.field, f.before)} → ${shown(f.field, f.after)}`);
  for (const a of u.added) out.push(`  + ${a.label}${a.title ? ` « ${a.title} »` : ''} : ajoutée`);
  for (const m of u.missing) out.push(`  - ${m.label}${m.title ? ` « ${m.title} »` : ''} : absente du tableur, ${removeMissing ? 'retirée' : 'gardée (--remove-missing pour la retirer)'}`);
  if (u.updates.length > 0) out.push(`  ${u.updates.length} point(s) d'étape daté(s) ajouté(s) à updates.csv (état ou avancement modifié).`);
  for (const e of u.errors) out.push(`Erreur : ${e}`);
  return out.join('\n');
}

/**
 * Applies a diff computed on the published values (the workbook against the plan's export) to the
 * plan's CSV rows. A changed row that is not in the CSV (an action written only as a fiche), or a
 * changed value that its fiche gives and not its CSV row (`ficheOf`: the action's fiche file), is
 * an error naming what to edit instead: written into the CSV, it would contradict the fiche.
 */
export function applyToCsv(
  csv: Partial<Record<TableName, Row[]>>,
  u: UpdateResult,
  removeMissing: boolean,
  ficheOf: ReadonlyMap<string, string> = new Map(),
): { tables: Partial<Record<TableName, Row[]>>; errors: string[] } {
  const tables: Partial<Record<TableName, Row[]>> = {};
  const errors: string[] = [];
  const rowsOf = (t: TableName) => (tables[t] ??= (csv[t] ?? []).map((r) => ({ ...r })));
  for (const c of u.changed) {
    const rows = rowsOf(c.table);
    const row = rows.find((r) => keyOf(c.table, r) === c.key);
    if (!row) {
      errors.push(`${c.label} : ${c.changes.map((f) => f.field).join(', ')} modifié(s), mais cette ligne n'est pas dans ${TABLES[c.table].file} (action écrite dans une fiche content/…/actions/${c.key}.md) : modifiez la fiche`);
      continue;
    }
    const fiche = c.table === 'actions' ? ficheOf.get(c.key) : undefined;
    const inFiche = fiche ? c.changes.filter((f) => f.before !== '' && !(row[f.column] ?? '').trim()) : [];
    if (inFiche.length > 0) {
      errors.push(`${c.label} : ${inFiche.map((f) => f.field).join(', ')} modifié(s), mais écrit(s) dans la fiche ${fiche}, pas dans ${TABLES.actions.file} : modifiez la fiche`);
      continue;
    }
    for (const f of c.changes) {
      if (f.after === '') delete row[f.column];
      else row[f.column] = f.after;
    }
  }
  for (const a of u.added) {
    const row = u.tables[a.table]?.find((r) => keyOf(a.table, r) === a.key);
    if (row) rowsOf(a.table).push(row);
  }
  if (removeMissing) {
    for (const m of u.missing) {
      const rows = rowsOf(m.table);
      const at = rows.findIndex((r) => keyOf(m.table, r) === m.key);
      if (at >= 0) rows.splice(at, 1);
    }
  }
  if (u.updates.length > 0) rowsOf('updates').push(...u.updates.map((r) => ({ ...r })));
  return { tables, errors };
}
