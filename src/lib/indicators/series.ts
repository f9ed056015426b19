/**
 * An indicator's values read as a yearly series: objectif and résultat side by side, numbers kept
 * apart from text ("1 colloque et 3 matinales organisées"), empty cells kept as "non renseigné".
 *
 * Everything here is pure and works on the plan's long-form rows (one per indicator, year, type).
 */
import type { Indicator, IndicatorValue } from '../model/types';

/** One cell of the series: the published text, and its number when the cell is a plain number. */
export interface Cell {
  year: number;
  /** The cell as written; '' = non renseigné. */
  raw: string;
  number?: number;
  note?: string;
}

/** One year of an indicator: its objectif and résultat cells, either possibly absent. */
export interface YearRow {
  year: number;
  objectif?: Cell;
  resultat?: Cell;
}

export interface Series {
  indicator: Indicator;
  /** Every year that has at least one row (even an empty one), ascending. */
  years: YearRow[];
}

/** A numeric point of a series. */
export interface Point {
  year: number;
  value: number;
}

/**
 * Groups a plan's indicator values by indicator id, each list in file order.
 * Build it once per plan and pass it down.
 */
export function groupValues(values: IndicatorValue[]): Map<string, IndicatorValue[]> {
  const map = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const list = map.get(v.indicator);
    if (list) list.push(v);
    else map.set(v.indicator, [v]);
  }
  return map;
}

const toCell = (v: IndicatorValue): Cell => {
  const raw = v.raw.trim();
  const cell: Cell = { year: v.year, raw };
  if (v.number !== undefined && Number.isFinite(v.number) && raw !== '') cell.number = v.number;
  if (v.note) cell.note = v.note;
  return cell;
};

/**
 * The yearly series of one indicator.
 * @param values the indicator's rows (other indicators' rows are ignored)
 */
export function seriesOf(indicator: Indicator, values: IndicatorValue[]): Series {
  const byYear = new Map<number, YearRow>();
  for (const v of values) {
    if (v.indicator !== indicator.id) continue;
    const row = byYear.get(v.year) ?? { year: v.year };
    row[v.type] = toCell(v);
    byYear.set(v.year, row);
  }
  return { indicator, years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}

/** True when a cell says something (not absent, not empty). */
export const isFilled = (c: Cell | undefined): c is Cell => c !== undefined && c.raw !== '';

/** Filled cells of one type, ascending by year. */
export function cellsOf(series: Series, type: 'objectif' | 'resultat'): Cell[] {
  return series.years.map((r) => r[type]).filter(isFilled);
}

/** Numeric points of one type, ascending by year; text cells are left out. */
export function pointsOf(series: Series, type: 'objectif' | 'resultat'): Point[] {
  return cellsOf(series, type)
    .filter((c) => c.number !== undefined)
    .map((c) => ({ year: c.year, value: c.number! }));
}

/** True when the series holds at least one number (objectif or résultat): it can be drawn. */
export function hasNumbers(series: Series): boolean {
  return pointsOf(series, 'objectif').length > 0 || pointsOf(series, 'resultat').length > 0;
}

/**
 * The last filled cell of a type (the latest year that says something), number or text.
 * @returns undefined when every cell of that type is empty or absent
 */
export function latest(series: Series, type: 'objectif' | 'resultat' = 'resultat'): Cell | undefined {
  const cells = cellsOf(series, type);
  return cells[cells.length - 1];
}

/**
 * The reference point of the series: its earliest numeric résultat. Plans give a reference year
 * ("−40 % par rapport à 2012") as the first measured value, so the first result is the baseline.
 */
export function baseline(series: Series): Point | undefined {
  return pointsOf(series, 'resultat')[0];
}

/**
 * The final target: the objectif of the latest year that has one, number or text.
 * A text target ("1 label obtenu") is returned as such; callers check `number`.
 */
export function finalTarget(series: Series): Cell | undefined {
  return latest(series, 'objectif');
}

/**
 * The objectif expected in `year`, as a number.
 *
 * Anchors are the numeric objectifs, plus the baseline when it comes before the first objectif
 * (the trajectory starts from where the territory stood). Between two anchors the value is
 * interpolated in a straight line; after the last anchor the last objectif holds; before the
 * first anchor there is no expectation (undefined). A year with its own numeric objectif
 * returns exactly that objectif.
 */
export function expectedAt(series: Series, year: number): number | undefined {
  const objectives = pointsOf(series, 'objectif');
  if (objectives.length === 0) return undefined;
  const base = baseline(series);
  const anchors = base && base.year < objectives[0].year ? [base, ...objectives] : objectives;
  const exact = objectives.find((p) => p.year === year);
  if (exact) return exact.value;
  if (year < anchors[0].year) return undefined;
  const last = anchors[anchors.length - 1];
  if (year >= last.year) return last.value;
  for (let i = 1; i < anchors.length; i++) {
    const [a, b] = [anchors[i - 1], anchors[i]];
    if (year >= a.year && year <= b.year) {
      return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
    }
  }
  return undefined;
}

/**
 * Résultat minus objectif, for each year where both are numbers ("the gap"). Positive means the
 * result is above the objectif; whether that is good depends on the direction.
 */
export function gaps(series: Series): Point[] {
  return series.years
    .filter((r) => r.objectif?.number !== undefined && r.resultat?.number !== undefined)
    .map((r) => ({ year: r.year, value: tidy(r.resultat!.number! - r.objectif!.number!) }));
}

/** Rounds away binary noise (0.1 + 0.2) so that a difference prints as the plan's decimals would. */
export const tidy = (n: number): number => {
  const r = Math.round(n * 1e9) / 1e9;
  return r === 0 ? 0 : r;
};
