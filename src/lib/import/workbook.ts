/**
 * The plan's own published workbook (`/donnees/<plan>/<plan>.xlsx`) read back: one sheet per
 * table, its « lisez-moi » sheet skipped, and only the columns as the plan publishes them —
 * `status_label`, `budget_raw`, `start_raw`… — turned back into the columns of data/<plan>/*.csv.
 * Derived columns (`status`, `budget_min`, `start_date_min`…) are recomputed by the site: they are
 * ignored, and one edited while its source column was not is an error naming the column to edit.
 */
import { withEveryTranslation } from '../model/translatable';
import ExcelJS from 'exceljs';
import { cellText as exportCellText, plainNumber } from '../export/csv';
import type { TableRows } from '../export/rows';
import { exportTable, type Column } from '../export/schema';
import { TABLES, TABLE_NAMES, type TableName } from '../model/tables';
import type { Row } from './import-plan';

export const README_SHEET = 'lisez-moi';

export interface PublishedWorkbook {
  tables: Partial<Record<TableName, Row[]>>;
  /** Source columns each sheet has. */
  fields: Partial<Record<TableName, string[]>>;
  errors: string[];
  /** Formula cells (a re-saved workbook has none; staff may add some). */
  formulas: string[];
}

/** True for a workbook the site published: a « lisez-moi » sheet and an « actions » sheet. */
export function isPublishedWorkbook(sheetNames: string[]): boolean {
  return sheetNames.includes(README_SHEET) && sheetNames.includes('actions');
}

/** The export column that holds a source column as published (`status` → `status_label`). */
function publishedColumn(table: TableName, field: string): Column | undefined {
  const origin = `${TABLES[table].file}, colonne ${field}`;
  return exportTable(table).columns.find((c) => c.nature === 'brut' && c.origin === origin);
}

/** The as-published column a derived column is read from (`status` → `status_label`). */
function sourceOfDerived(table: TableName, column: Column): string | undefined {
  const m = /^lu depuis (.+), colonne ([a-z_]+)$/.exec(column.origin);
  return m ? publishedColumn(table, m[2])?.name : undefined;
}

function text(value: ExcelJS.CellValue, formulas: string[], where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as ExcelJS.CellFormulaValue;
      // LibreOffice saves a boolean cell as the formula TRUE() or FALSE(): a value, not a formula.
      if (v.formula === 'TRUE()' || v.formula === 'FALSE()') return v.formula === 'TRUE()' ? 'true' : 'false';
      formulas.push(`${where} : =${v.formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula}`);
      return text((v.result ?? null) as ExcelJS.CellValue, formulas, where);
    }
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/**
 * Reads the sheets of a published workbook that belong to the plan `slug`.
 *
 * @param current the plan's rows as the site exports them now, to tell an edited derived column
 */
export function readPublishedWorkbook(workbook: ExcelJS.Workbook, slug: string, current?: TableRows): PublishedWorkbook {
  const out: PublishedWorkbook = { tables: {}, fields: {}, errors: [], formulas: [] };
  for (const table of TABLE_NAMES) {
    const ws = workbook.worksheets.find((s) => s.name === table);
    if (!ws) continue;
    const header = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => header.set(String(cell.value ?? '').trim(), col));
    const spec = exportTable(table);
    // Translated columns (`title_nl`) come back too: an edited translation is a change like any other.
    const sourceFields = withEveryTranslation(TABLES[table]).fields.map((f) => ({ field: f.name, column: publishedColumn(table, f.name)?.name })).filter((f) => f.column && header.has(f.column)) as { field: string; column: string }[];
    out.fields[table] = sourceFields.map((f) => f.field);
    const derived = spec.columns.filter((c) => c.nature === 'normalise' && c.name !== 'order' && header.has(c.name));
    const currentByKey = new Map((current?.[table] ?? []).map((r) => [TABLES[table].primaryKey.map((k) => exportCellText(r[publishedColumn(table, k)?.name ?? k] ?? null)).join('|'), r]));
    const rows: Row[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cell = (name: string) => text(row.getCell(header.get(name)!).value, out.formulas, `feuille « ${table} », cellule ${row.getCell(header.get(name)!).address}`);
      const plan = header.has('plan') ? cell('plan') : slug;
      if (plan === '' && sourceFields.every((f) => cell(f.column) === '')) continue;
      if (plan !== slug) continue;
      const values: Row = {};
      for (const f of sourceFields) {
        const v = cell(f.column);
        if (v !== '') values[f.field] = v;
      }
      rows.push(values);
      const was = currentByKey.get(TABLES[table].primaryKey.map((k) => values[k] ?? '').join('|'));
      if (!was) continue;
      for (const column of derived) {
        const now = cell(column.name);
        if (now === exportCellText(was[column.name] ?? null)) continue;
        const from = sourceOfDerived(table, column);
        if (from && cell(from) !== exportCellText(was[from] ?? null)) continue;
        out.errors.push(`feuille « ${table} », ligne ${r}, colonne ${column.name} : colonne calculée par le site, modifiée ici (« ${exportCellText(was[column.name] ?? null)} » → « ${now} ») ; modifiez ${from ?? 'la colonne d’origine'} à la place`);
      }
    }
    out.tables[table] = rows;
  }
  return out;
}

/** The plan's current export rows, as the source rows a workbook sheet would give back. */
export function sourceRowsOfExport(current: TableRows): Partial<Record<TableName, Row[]>> {
  const out: Partial<Record<TableName, Row[]>> = {};
  for (const table of TABLE_NAMES) {
    const fields = withEveryTranslation(TABLES[table]).fields.map((f) => ({ field: f.name, column: publishedColumn(table, f.name)?.name })).filter((f) => f.column) as { field: string; column: string }[];
    out[table] = (current[table] ?? []).map((r) => {
      const values: Row = {};
      for (const f of fields) {
        const v = exportCellText(r[f.column] ?? null);
        if (v !== '') values[f.field] = v;
      }
      return values;
    });
  }
  return out;
}
