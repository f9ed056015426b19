/**
 * Canonical CSV and JSON writers for the exported tables.
 *
 * CSV: UTF-8 without BOM, comma, a header row of column names, CRLF line ends (RFC 4180, the same
 * as the per-chart CSV files) including after the last row; a cell is quoted only when it holds a
 * comma, a quote, a line break or a leading/trailing space. Numbers are plain ("27000000", "12.5",
 * "-5"), booleans are `true`/`false`, dates ISO (YYYY-MM-DD), an empty cell is a missing value.
 *
 * Formula-like text (a cell starting with =, +, -, @, tab or CR) is written unchanged: the canonical
 * file is for programs, which must get the exact text. The content check reports such cells
 * (`model/validate.ts`), the open-data page counts them, and the spreadsheet workbook (`xlsx.ts`)
 * stores every text as a text cell, which no spreadsheet evaluates.
 *
 * JSON: an array of row objects, keys in column order, numbers and booleans typed, `null` for a
 * missing value; two-space indentation and a final newline.
 */
import Papa from 'papaparse';
import { isFormulaLike } from '../model/validate';
import type { Column } from './schema';
import type { Cell, Row } from './rows';

export const CSV_NEWLINE = '\r\n';

/** A number as plain digits, "." for decimals, never an exponent or a thousands separator. */
export function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** The text of a cell in the canonical CSV. */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** Writes rows as canonical CSV with the given columns (in that order). */
export function toCsv(columns: { name: string }[], rows: Row[]): string {
  const fields = columns.map((c) => c.name);
  const data = rows.map((row) => fields.map((f) => cellText(row[f] ?? null)));
  return Papa.unparse({ fields, data }, { delimiter: ',', newline: CSV_NEWLINE, quotes: false, escapeFormulae: false, header: true }) + CSV_NEWLINE;
}

/** Writes rows as a JSON array of objects, keys in column order. */
export function toJson(columns: { name: string }[], rows: Row[]): string {
  return JSON.stringify(rows.map((row) => pick(columns, row)), null, 2) + '\n';
}

export function pick(columns: { name: string }[], row: Row): Row {
  return Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]));
}

/** Text cells that a spreadsheet would run as a formula, as `column: value` (numbers never count). */
export function formulaLikeCells(columns: Column[], rows: Iterable<Row>): { column: string; value: string }[] {
  const out: { column: string; value: string }[] = [];
  for (const row of rows) {
    for (const c of columns) {
      const v = row[c.name];
      if (typeof v === 'string' && isFormulaLike(v)) out.push({ column: c.name, value: v });
    }
  }
  return out;
}
