/**
 * A chart's table as a canonical CSV file, with the same conventions as the open-data tables
 * (lib/export/csv): UTF-8 without BOM, comma, a header row of the columns' keys, CRLF line ends
 * (RFC 4180) including after the last row, plain numbers ("1234.5", never an exponent or a
 * thousands separator), ISO dates, empty cell = missing.
 *
 * Text is written exactly as published, formula-like cells included: the canonical file is for
 * programs, and the content check reports such cells in the sources.
 */
import Papa from 'papaparse';
import type { CellValue, ChartTable } from './data/table';

/** A cell as the CSV writes it (see the module comment). */
export function csvValue(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const s = String(value);
  if (!/e/i.test(s)) return s;
  // toFixed itself switches to an exponent from 1e21: whole numbers go through BigInt.
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, '');
}

export function tableToCsv(table: ChartTable): string {
  const fields = table.columns.map((c) => c.key);
  const data = table.rows.map((row) => fields.map((key) => csvValue(row[key])));
  return `${Papa.unparse({ fields, data }, { delimiter: ',', newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}
