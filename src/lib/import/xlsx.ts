import ExcelJS from 'exceljs';
import type { Grid, GridRow } from './grid';

/** A formula cell replaced by its cached result, reported so staff know the sheet computed it. */
export interface FormulaNote {
  line: number;
  column: number;
  formula: string;
  result: string;
  /** False when the workbook was saved without computing the formula (no cached result). */
  cached: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Text of a date cell at the precision its number format shows: a cell formatted `mmm-yy`
 * ("sept-19") is a month, not the first of the month; `yyyy` is a year.
 */
function dateText(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const fmt = (numFmt ?? '').toLowerCase().replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const hasDay = /d/.test(fmt) || fmt === '';
  const hasMonth = /m/.test(fmt) || fmt === '';
  if (!hasMonth) return String(y);
  if (!hasDay) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function numberText(value: number, numFmt: string | undefined): string {
  const fmt = numFmt ?? '';
  if (/%/.test(fmt)) return `${Number((value * 100).toFixed(6))} %`;
  const text = String(Number(value.toFixed(6)));
  return /€|eur/i.test(fmt) ? `${text} €` : text;
}

/** Plain text of one cell value, as the sheet shows it (rich text flattened, formulas by result). */
function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): { text: string; formula?: string; cached?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberText(value, numFmt) };
  if (typeof value === 'boolean') return { text: value ? 'VRAI' : 'FAUX' };
  if (value instanceof Date) return { text: dateText(value, numFmt) };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('hyperlink' in value) return { text: String(value.text ?? value.hyperlink) };
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as ExcelJS.CellFormulaValue;
      // LibreOffice saves a boolean cell as the formula TRUE() or FALSE() (its cached value lost on
      // reading): a value, not a formula to report.
      if (v.formula === 'TRUE()' || v.formula === 'FALSE()') return { text: v.formula === 'TRUE()' ? 'VRAI' : 'FAUX' };
      const inner = cellText((v.result ?? null) as ExcelJS.CellValue, numFmt);
      return { text: inner.text, formula: v.formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula, cached: v.result !== undefined && v.result !== null };
    }
    if ('error' in value) return { text: String(value.error) };
  }
  return { text: String(value) };
}

/**
 * Reads one worksheet of an XLSX workbook into a grid (row numbers as in the spreadsheet).
 * Formulas are replaced by their cached results and listed in `formulas`.
 *
 * @param sheet worksheet name or 1-based position; the first sheet when omitted
 * @throws Error with a one-line French message when the workbook or the sheet cannot be read
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<Grid & { formulas: FormulaNote[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(`classeur XLSX illisible (${String((error as Error).message).split('\n')[0]})`);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new Error('le classeur ne contient aucune feuille');
  const ws =
    sheet === undefined
      ? sheets[0]
      : /^\d+$/.test(sheet)
        ? sheets[Number(sheet) - 1]
        : sheets.find((s) => s.name === sheet);
  if (!ws) throw new Error(`feuille « ${sheet} » introuvable (feuilles : ${sheets.map((s) => s.name).join(', ')})`);

  const rows: GridRow[] = [];
  const formulas: FormulaNote[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged block shows its master's value. Merged down a column, it applies to every row of
      // the block (an axis spanning its actions); merged across a row, it is one cell, not several.
      const master = cell.isMerged ? cell.master : cell;
      const value = master !== cell && Number(master.row) === rowNumber ? null : master.value;
      const { text, formula, cached } = cellText(value, master.numFmt);
      if (formula) formulas.push({ line: rowNumber, column: c, formula, result: text, cached: cached ?? false });
      cells.push(text);
    }
    rows.push({ line: rowNumber, cells });
  });
  return { rows, problems: [], formulas, format: `classeur XLSX, feuille « ${ws.name} »` };
}
