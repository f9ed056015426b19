/**
 * « Depuis le bilan précédent »: what changed between two releases of a plan, computed from the
 * two releases' own tables. Values are compared as published (trimmed; numbers by value, so that
 * `3500000` and `3500000.0` are the same amount): a column only one of the two exporters wrote is
 * not a change.
 */
import type { Status } from '../normalise/status';
import type { Release } from './types';
import { byKey, cell, rowsOf, statusOf, type ReleaseRow } from './tables';

export interface StatusChange {
  /** The action's row in the newer release. */
  action: ReleaseRow;
  from: Status;
  to: Status;
  /** The plan's own wording, before and after ('' when the release has none). */
  fromLabel: string;
  toLabel: string;
}

export interface IndicatorChange {
  /** The indicator's row (newer release, else older); undefined when neither lists it. */
  indicator?: ReleaseRow;
  id: string;
  year: string;
  /** `resultat`, `objectif`… ('' from an exporter without the column). */
  type: string;
  /** Undefined: a new value. */
  from?: string;
  /** Undefined: a value no longer published. */
  to?: string;
}

/** The budget fields of an action compared (the published text: the amount read from it follows). */
export const ACTION_BUDGET_FIELDS = ['budget', 'budget_operating', 'budget_investment'] as const;

export interface BudgetChange {
  /** The action's row (newer release, else older); undefined when neither lists it. */
  action?: ReleaseRow;
  actionId: string;
  /** Set for a budget line (`budget_lines`), absent for an action's own budget field. */
  line?: { year: string; section: string; kind: string };
  /** `budget`, `budget_operating`, `budget_investment` for an action; `amount` for a line. */
  field: string;
  /** Undefined: a new line or a budget newly given. */
  from?: string;
  /** Undefined: a line withdrawn or a budget cleared. */
  to?: string;
}

export interface ReleaseDiff {
  statusChanges: StatusChange[];
  /** Actions of the newer release the older one did not have (newer rows). */
  added: ReleaseRow[];
  /** Actions of the older release the newer one no longer has (older rows). */
  withdrawn: ReleaseRow[];
  indicatorChanges: IndicatorChange[];
  budgetChanges: BudgetChange[];
}

/** Two published values are the same: equal text, or equal numbers. */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && x === y;
}

const opt = (s: string) => (s === '' ? undefined : s);
const hasColumn = (rows: ReleaseRow[], column: string) => rows.some((row) => column in row);

/** The published text of an action's budget field: `<field>_raw`, or `<field>` from an older exporter. */
function budgetText(row: ReleaseRow, field: string): string {
  return `${field}_raw` in row ? cell(row, `${field}_raw`) : cell(row, field);
}

/**
 * What changed from `before` to `after` (two releases of the same plan, older first). Every list
 * is in the newer release's order, then what only the older one had.
 */
export function diffReleases(before: Release, after: Release): ReleaseDiff {
  const id = (row: ReleaseRow) => cell(row, 'id');
  const oldActions = byKey(rowsOf(before, 'actions'), id);
  const newActions = byKey(rowsOf(after, 'actions'), id);

  const statusChanges: StatusChange[] = [];
  const added: ReleaseRow[] = [];
  for (const [key, row] of newActions) {
    const old = oldActions.get(key);
    if (!old) {
      added.push(row);
      continue;
    }
    const from = statusOf(old);
    const to = statusOf(row);
    if (from !== to) statusChanges.push({ action: row, from, to, fromLabel: cell(old, 'status_label'), toLabel: cell(row, 'status_label') });
  }
  const withdrawn = [...oldActions].filter(([key]) => !newActions.has(key)).map(([, row]) => row);

  // Indicator values, by (indicator, year, type).
  const valueKey = (row: ReleaseRow) => [cell(row, 'indicator'), cell(row, 'year'), cell(row, 'type')].join('\u0000');
  const oldValues = byKey(rowsOf(before, 'indicator_values'), valueKey);
  const newValues = byKey(rowsOf(after, 'indicator_values'), valueKey);
  const indicators = byKey([...rowsOf(after, 'indicators'), ...rowsOf(before, 'indicators')], id);
  const indicatorChanges: IndicatorChange[] = [];
  for (const key of new Set([...newValues.keys(), ...oldValues.keys()])) {
    const from = cell(oldValues.get(key), 'value');
    const to = cell(newValues.get(key), 'value');
    if (same(from, to)) continue;
    const row = newValues.get(key) ?? oldValues.get(key)!;
    indicatorChanges.push({ indicator: indicators.get(cell(row, 'indicator')), id: cell(row, 'indicator'), year: cell(row, 'year'), type: cell(row, 'type'), from: opt(from), to: opt(to) });
  }

  // Budgets: the actions' own fields (only those both exporters wrote), then the budget lines.
  const allActions = new Map([...oldActions, ...newActions]);
  const budgetChanges: BudgetChange[] = [];
  const oldRows = rowsOf(before, 'actions');
  const newRows = rowsOf(after, 'actions');
  const fields = ACTION_BUDGET_FIELDS.filter(
    (f) => (hasColumn(oldRows, `${f}_raw`) || hasColumn(oldRows, f)) && (hasColumn(newRows, `${f}_raw`) || hasColumn(newRows, f)),
  );
  for (const [key, row] of newActions) {
    const old = oldActions.get(key);
    if (!old) continue;
    for (const field of fields) {
      const from = budgetText(old, field);
      const to = budgetText(row, field);
      if (!same(from, to)) budgetChanges.push({ action: row, actionId: key, field, from: opt(from), to: opt(to) });
    }
  }
  const lineKey = (row: ReleaseRow) => [cell(row, 'action'), cell(row, 'year'), cell(row, 'section'), cell(row, 'kind')].join('\u0000');
  const oldLines = byKey(rowsOf(before, 'budget_lines'), lineKey);
  const newLines = byKey(rowsOf(after, 'budget_lines'), lineKey);
  for (const key of new Set([...newLines.keys(), ...oldLines.keys()])) {
    const from = cell(oldLines.get(key), 'amount');
    const to = cell(newLines.get(key), 'amount');
    if (same(from, to)) continue;
    const row = newLines.get(key) ?? oldLines.get(key)!;
    const actionId = cell(row, 'action');
    budgetChanges.push({
      action: allActions.get(actionId),
      actionId,
      line: { year: cell(row, 'year'), section: cell(row, 'section'), kind: cell(row, 'kind') },
      field: 'amount',
      from: opt(from),
      to: opt(to),
    });
  }

  return { statusChanges, added, withdrawn, indicatorChanges, budgetChanges };
}

/** True when nothing changed between the two releases. */
export function isEmptyDiff(diff: ReleaseDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

