/**
 * The data behind a chart, as one table: what the figure's `<table>` shows (formatted in the
 * page's locale) and what its CSV holds (plain values), from the same rows so the two cannot diverge.
 */
import { formatDate, formatMoney, formatNumber, formatPercent, formatYear } from '../../format';
import type { UiLanguage } from '../../i18n';

/**
 * How a column's values are written.
 * - `text`: as is; `count`: whole number; `number`: decimal number in the indicator's unit;
 * - `percent`: a percentage as a number from 0 to 100 (44.4 → "44,4 %"), rounded to one decimal
 *   in the data so the CSV and the table hold the same figure;
 * - `money`: euros; `year`: a year, never grouped; `date`: an ISO day;
 * - `value`: an indicator cell, a number or the plan's own text.
 */
export type ColumnKind = 'text' | 'count' | 'number' | 'percent' | 'money' | 'year' | 'date' | 'value';

export interface Column {
  /** CSV header: lower case ASCII, stable (the CSV is a published interface). */
  key: string;
  /** Table header, in the language the chart was built in (the CSV uses `key`). */
  label: string;
  kind: ColumnKind;
  /** The plan's own text (a title): its cells carry `ChartTable.rowLang` when set. */
  own?: boolean;
}

/** A cell: a number, a text, or undefined when the value is missing (never 0 for "missing"). */
export type CellValue = string | number | undefined;
export type Row = Record<string, CellValue>;

export interface ChartTable {
  columns: Column[];
  rows: Row[];
  /**
   * Per row, the language of its `own` cells when it is not the chart's (an untranslated title),
   * so the page can mark it; absent when every text is in the chart's language.
   */
  rowLang?: (UiLanguage | undefined)[];
}

/**
 * A cell as the table shows it, in `locale` (default French); undefined when the value is missing
 * (the component writes the catalogue's `charts.missing`).
 */
export function displayCell(value: CellValue, kind: ColumnKind, locale?: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return kind === 'date' ? formatDate(value, locale) : value;
  switch (kind) {
    case 'count':
    case 'number':
    case 'value':
      return formatNumber(value, {}, locale);
    case 'percent':
      return formatPercent(value / 100, {}, locale);
    case 'money':
      return formatMoney(value, locale);
    case 'year':
      return formatYear(value);
    default:
      return String(value);
  }
}

/** A share as the tables and CSVs publish it: a percentage with one decimal (12 of 27 → 44.4). */
export function sharePct(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined;
}

/** Prefix for the ids inside a chart's SVG (title, patterns), unique per chart id on a page. */
export const chartPrefix = (id: string) => `c-${id.replace(/[^a-zA-Z0-9_-]/gu, '-')}`;
