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
  TRACKING_LABELS,
  type Series,
  type Tracking,
} from '../../indicators';
import type { ChartTable } from './table';

export interface TrajectoryChart {
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

/** "1 234 t CO2e", "12,5 %": a value with the indicator's unit. */
export const withUnit = (value: number, unit?: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;

/**
 * The caption's first sentence: the verdict with its figures, or what is known when there is
 * no verdict.
 */
export function trajectoryMessage(series: Series, t: Tracking): string {
  const unit = series.indicator.unit;
  // An interpolated objectif is written with no more decimals than the plan's own figures.
  const decimals = Math.max(0, max(series.years.flatMap((r) => [r.objectif?.number, r.resultat?.number]).map(decimalsOf)) ?? 0);
  const rounded = (n: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
  if (t.status !== 'non_evaluable') {
    const value = `${withUnit(t.latest.value, unit)} en ${formatYear(t.latest.year)}`;
    switch (t.status) {
      case 'atteint':
        return `${TRACKING_LABELS.atteint} : ${value}, pour un objectif de ${withUnit(t.target.value, unit)} en ${formatYear(t.target.year)}.`;
      case 'non_atteint':
        return `${TRACKING_LABELS.non_atteint} : ${value}, pour un objectif de ${withUnit(t.target.value, unit)} en ${formatYear(t.target.year)}.`;
      default:
        return `${TRACKING_LABELS[t.status]} : ${value}, pour ${withUnit(t.expectedGiven ? t.expected : rounded(t.expected), unit)} attendus cette année-là.`;
    }
  }
  const last = latest(series, 'resultat');
  const target = finalTarget(series);
  const targetText = target ? (target.number !== undefined ? withUnit(target.number, unit) : `« ${target.raw} »`) : undefined;
  if (!last) {
    return targetText
      ? `Aucun résultat publié ; l'objectif pour ${formatYear(target!.year)} est ${targetText}.`
      : 'Aucun résultat ni objectif publié.';
  }
  const lastText = last.number !== undefined ? withUnit(last.number, unit) : `« ${last.raw} »`;
  return `Dernier résultat : ${lastText} en ${formatYear(last.year)} ; position par rapport à l'objectif non évaluable (${t.reason}).`;
}

/**
 * The trajectory chart of one indicator.
 * @param values the plan's indicator values (rows of other indicators are ignored)
 * @returns undefined when the series holds no number (nothing to draw: the indicator table
 *   shows its text targets)
 */
export function trajectoryChart(indicator: Indicator, values: IndicatorValue[]): TrajectoryChart | undefined {
  const series = seriesOf(indicator, values);
  if (!hasNumbers(series)) return undefined;
  const t = tracking(series);
  const unit = indicator.unit;
  const gapByYear = new Map(gaps(series).map((g) => [g.year, g.value]));
  const hasText = series.years.some((r) => [r.objectif, r.resultat].some((c) => c && c.raw !== '' && c.number === undefined));
  const notes = [
    'Les années sans valeur n\'ont pas de point ; une ligne relie les valeurs connues.',
    hasText ? 'Les valeurs écrites en toutes lettres figurent seulement dans le tableau.' : '',
  ].filter(Boolean);
  const suffix = unit ? ` (${unit})` : '';
  return {
    kind: 'trajectory',
    id: trajectoryId(indicator),
    title: `${indicator.label} : objectif et résultat par année${suffix}`,
    message: trajectoryMessage(series, t),
    notes,
    indicator,
    series,
    tracking: t,
    points: series.years.map((r) => ({ year: r.year, objectif: r.objectif?.number, resultat: r.resultat?.number })),
    table: {
      columns: [
        { key: 'annee', label: 'Année', kind: 'year' },
        { key: 'objectif', label: `Objectif${suffix}`, kind: 'value' },
        { key: 'resultat', label: `Résultat${suffix}`, kind: 'value' },
        { key: 'ecart', label: `Écart résultat − objectif${suffix}`, kind: 'number' },
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
