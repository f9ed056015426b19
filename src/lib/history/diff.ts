/**
 * Field-level differences between two versions of a plan's table, keyed by the table's primary
 * key (see model/tables). Pure: rows in, changes out, in time linear in the rows of both versions.
 *
 * Old versions are compared as they are: a row missing a key column, or a table whose header
 * changed, still diffs (a missing column reads as an empty cell) and never throws.
 */
import { TABLES, type TableName } from '../model/tables';

/** One CSV row as papaparse gives it: header name → raw cell text. */
export type Row = Readonly<Record<string, string>>;

/** What an entity of the plan is: one of its tables, or an action's fiche. */
export type Entity = TableName | 'fiche';

export type ChangeKind = 'ajout' | 'retrait' | 'modification';

/** A change of one entity: a row added or removed, or one field of it modified. */
export interface RowChange {
  entity: Entity;
  /** Primary key of the row (columns joined by `|`: `ind-1|2025|resultat`). */
  entityId: string;
  kind: ChangeKind;
  /** The field modified; empty for an added or removed row. */
  field: string;
  /** Raw cell text before ('' when added) and after ('' when removed). */
  old: string;
  new: string;
  /** The row after the change (before it, for a removal), to attach it to an action and label it. */
  row: Row;
}

/** Column that names a row in a sentence (« Sous-action ajoutée : <title> »). */
export const LABEL_FIELD: Record<TableName, string> = {
  hierarchy: 'title',
  actions: 'title',
  subactions: 'title',
  partners: 'name',
  indicators: 'label',
  indicator_values: 'value',
  budget_lines: 'amount',
  updates: 'date',
  extra_fields: 'field',
};

/** Primary key of a row in its table, or undefined when a key column is empty. */
export function rowKey(table: TableName, row: Row): string | undefined {
  const parts = TABLES[table].primaryKey.map((c) => (row[c] ?? '').trim());
  return parts.some((p) => p === '') ? undefined : parts.join('|');
}

const byKey = (table: TableName, rows: readonly Row[]): Map<string, Row> => {
  const map = new Map<string, Row>();
  // A duplicated key (an old version that failed validation) keeps its first row, as the
  // validator would have reported the second.
  for (const row of rows) {
    const key = rowKey(table, row);
    if (key !== undefined && !map.has(key)) map.set(key, row);
  }
  return map;
};

/**
 * Changes from `before` to `after` (either may be absent: a table created or deleted). Rows are
 * matched by primary key; for a matched row, every column of either version whose trimmed text
 * differs gives one `modification`. Output order: the `after` table's order, then removals.
 */
export function diffTable(table: TableName, before: readonly Row[] | undefined, after: readonly Row[] | undefined): RowChange[] {
  const old = byKey(table, before ?? []);
  const now = byKey(table, after ?? []);
  const changes: RowChange[] = [];
  // Every row of a version has its header's columns: the union of both headers, computed once
  // (not per row, which at 10 000 rows × 50 versions was mostly garbage collection).
  const firstOld = before?.[0];
  const firstNew = after?.[0];
  const fields = [...new Set([...Object.keys(firstOld ?? {}), ...Object.keys(firstNew ?? {})])];
  for (const [entityId, row] of now) {
    const previous = old.get(entityId);
    if (!previous) {
      changes.push({ entity: table, entityId, kind: 'ajout', field: '', old: '', new: row[LABEL_FIELD[table]] ?? '', row });
      continue;
    }
    for (const field of fields) {
      if (previous[field] === row[field]) continue;
      const a = (previous[field] ?? '').trim();
      const b = (row[field] ?? '').trim();
      if (a !== b) changes.push({ entity: table, entityId, kind: 'modification', field, old: a, new: b, row });
    }
  }
  for (const [entityId, row] of old) {
    if (!now.has(entityId)) changes.push({ entity: table, entityId, kind: 'retrait', field: '', old: row[LABEL_FIELD[table]] ?? '', new: '', row });
  }
  return changes;
}

/**
 * Size of a change of text, in lines: how many lines of `after` are not in `before` (added) and
 * the reverse (removed), counted as multisets. Not a minimal diff, but linear and honest about
 * the order of magnitude a reader needs (« 3 lignes ajoutées, 1 retirée »).
 */
export function lineDelta(before: string, after: string): { added: number; removed: number } {
  const count = new Map<string, number>();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of count.values()) removed += n;
  return { added, removed };
}

/**
 * The action a row belongs to: its own id for an action, its `action` column for the child tables,
 * its indicator's action for an indicator value (from `indicatorAction`, the indicators known at
 * that point of history). Undefined for rows of the hierarchy and plan-level indicators.
 */
export function actionOfRow(entity: Entity, entityId: string, row: Row, indicatorAction: ReadonlyMap<string, string>): string | undefined {
  if (entity === 'actions' || entity === 'fiche') return entityId;
  if (entity === 'hierarchy') return undefined;
  if (entity === 'indicator_values') return indicatorAction.get(row.indicator ?? '') || undefined;
  // An extra column of the plan's own spreadsheet, kept under its header: an action's when it names one.
  if (entity === 'extra_fields') return row.entity === 'action' ? row.id || undefined : undefined;
  return row.action || undefined;
}
