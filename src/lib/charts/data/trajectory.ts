/**
 * An indicator's trajectory: objectif and résultat by year, the gap, and the on-track verdict in
 * the caption's first sentence.
 */
import { max } from 'd3-array';
import type { Indicator, IndicatorValue } from '../../model/types';
import { formatNumber, formatYear } from '../../format';
import {
  finalTarget,
  gaps,
  hasNumbers,
  latest,
  seriesOf,
  tracking,
  type Series,
  type Tracking,
} from '../../indicators';
import type { UiLanguage } from '../../i18n';
import { chartLanguage, planText, type InLanguage } from '../words';
import type { ChartTable } from './table';

export interface TrajectoryChart extends InLanguage<TrajectoryChart> {
  kind: 'trajectory';
  id: string;
  title: string;
  message: string;
  notes: string[];
  indicator: Indicator;
  series: Series;
  tracking: Tracking;
  /** Numbers only, one per year of the series, for the geometry. */
  points: { year: number; objectif?: number; resultat?: number }[];
  table: ChartTable;
}

/** Chart id of an indicator's trajectory (also its CSV file name). */
export const trajectoryId = (indicator: Pick<Indicator, 'id'>) => `indicateur-${indicator.id}`;

/** Number of decimals a figure was written with (0 for undefined). */
const decimalsOf = (n: number | undefined) => (n === undefined ? 0 : (String(n).split('.')[1] ?? '').length);

/** "1 234 t CO2e", "12,5 %": a value with the indicator's unit, in `locale` (default French). */
export const withUnit = (value: number, unit?: string, locale?: string) => `${formatNumber(value, {}, locale)}${unit ? ` ${unit}` : ''}`;

/**
 * The caption's first sentence: the verdict with its figures, or what is known when there is
 * no verdict.
 */
export function trajectoryMessage(series: Series, t: Tracking, language: UiLanguage = 'fr'): string {
  const { t: text, locale } = chartLanguage(language);
  const m = text.trajectory;
  const unit = series.indicator.unit;
  const value = (n: number) => withUnit(n, unit, locale);
  // An interpolated objectif is written with no more decimals than the plan's own figures.
  const decimals = Math.max(0, max(series.years.flatMap((r) => [r.objectif?.number, r.resultat?.number]).map(decimalsOf)) ?? 0);
  const rounded = (n: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
  if (t.status !== 'non_evaluable') {
    const latestValue = m.valueInYear(value(t.latest.value), formatYear(t.latest.year));
    switch (t.status) {
      case 'atteint':
      case 'non_atteint':
        return m.againstTarget(m.verdict[t.status], latestValue, value(t.target.value), formatYear(t.target.year));
      default:
        return m.againstExpected(m.verdict[t.status], latestValue, value(t.expectedGiven ? t.expected : rounded(t.expected)));
    }
  }
  const last = latest(series, 'resultat');
  const target = finalTarget(series);
  // A value the plan wrote in words is quoted as published.
  const quoted = (raw: string) => (language === 'fr' ? `« ${raw} »` : language === 'en' ? `‘${raw}’` : `“${raw}”`);
  const targetText = target ? (target.number !== undefined ? value(target.number) : quoted(target.raw)) : undefined;
  if (!last) return targetText ? m.noResult(formatYear(target!.year), targetText) : m.nothing;
  const lastText = last.number !== undefined ? value(last.number) : quoted(last.raw);
  // The reason is French prose from lib/indicators: the other languages' sentence leaves it out.
  return m.lastResult(lastText, formatYear(last.year), t.reason);
}

/**
 * The trajectory chart of one indicator.
 * @param values the plan's indicator values (rows of other indicators are ignored)
 * @returns undefined when the series holds no number (nothing to draw: the indicator table
 *   shows its text targets)
 */
export function trajectoryChart(
  indicator: Indicator,
  values: IndicatorValue[],
  language: UiLanguage = 'fr',
  source?: UiLanguage,
): TrajectoryChart | undefined {
  const { t: text } = chartLanguage(language);
  const m = text.trajectory;
  const series = seriesOf(indicator, values);
  if (!hasNumbers(series)) return undefined;
  const t = tracking(series);
  const unit = indicator.unit;
  const gapByYear = new Map(gaps(series).map((g) => [g.year, g.value]));
  const hasText = series.years.some((r) => [r.objectif, r.resultat].some((c) => c && c.raw !== '' && c.number === undefined));
  const notes = [m.gapsNote, hasText ? m.textNote : ''].filter(Boolean);
  const label = planText(indicator, 'label', indicator.label, language, source);
  const column = (name: string) => (unit ? m.columns.withUnit(name, unit) : name);
  return {
    kind: 'trajectory',
    language,
    id: trajectoryId(indicator),
    title: unit ? m.titleWithUnit(label, unit) : m.title(label),
    message: trajectoryMessage(series, t, language),
    notes,
    indicator,
    series,
    tracking: t,
    points: series.years.map((r) => ({ year: r.year, objectif: r.objectif?.number, resultat: r.resultat?.number })),
    table: {
      columns: [
        { key: 'annee', label: m.columns.year, kind: 'year' },
        { key: 'objectif', label: column(m.columns.target), kind: 'value' },
        { key: 'resultat', label: column(m.columns.result), kind: 'value' },
        { key: 'ecart', label: column(m.columns.gap), kind: 'number' },
      ],
      rows: series.years.map((r) => ({
        annee: r.year,
        objectif: r.objectif?.number ?? (r.objectif?.raw || undefined),
        resultat: r.resultat?.number ?? (r.resultat?.raw || undefined),
        ecart: gapByYear.get(r.year),
      })),
    },
  };
}
