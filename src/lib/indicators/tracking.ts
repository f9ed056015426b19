/**
 * Is an indicator on track? Progress towards its target, rate of change, and the on-track rule.
 *
 * The rule, in one place so pages, exports and tests agree:
 *
 * 1. Take the latest résultat that is a number (year A, value v).
 * 2. Read the objectif expected in year A: the objectif of year A when the plan gives one,
 *    otherwise a straight line between the neighbouring numeric objectifs (the baseline — the
 *    earliest résultat — starts the line when it comes before the first objectif); after the last
 *    objectif, the last objectif holds.
 * 3. Decide which way is good: the indicator's `direction` (hausse: higher is better, baisse: lower
 *    is better). For `cible` (reach a value) or when no direction is given, the good way is from
 *    where the trajectory starts (the baseline when it comes before the first objectif, else the
 *    first numeric objectif) towards the final target, and the page says it was deduced.
 * 4. Verdict: "objectif atteint" when v already meets the final target; otherwise "en bonne voie"
 *    when v meets the expected objectif (≥ for hausse, ≤ for baisse), "en retard sur la
 *    trajectoire" when it does not, and "objectif non atteint" when year A is at or past the final
 *    target's year and v falls short.
 * 5. "Non évaluable" whenever a number is missing: no résultat, a text résultat, no objectif, only
 *    text objectifs (qualitative targets are to be compared by reading, never by guessing a
 *    number), no direction that can be read or deduced, no objectif for year A or before, or a
 *    single résultat that is itself the start of the trajectory.
 */
import { messages, type UiLanguage } from '../i18n';
import { baseline, finalTarget, expectedAt, latest, pointsOf, tidy, type Point, type Series } from './series';

export type Direction = 'hausse' | 'baisse';

export type TrackingStatus = 'atteint' | 'en_bonne_voie' | 'en_retard' | 'non_atteint' | 'non_evaluable';

const FR = messages('fr').indicators;

/** French labels of the verdicts, as exports write them (pages read `t.indicators.tracking`). */
export const TRACKING_LABELS: Record<TrackingStatus, string> = FR.tracking;

/** How the declared direction reads, in French (pages read `t.indicators.directions`). */
export const DIRECTION_LABELS: Record<'hausse' | 'baisse' | 'cible', string> = FR.directions;

/** Indicator kinds, in French (pages read `t.indicators.kinds`). */
export const KIND_LABELS: Record<'resultat' | 'realisation', string> = FR.kinds;

/**
 * Why a position cannot be read, as a key of the catalogue's `indicators.causes` and the year it
 * is about, when there is one.
 */
export type NotEvaluableCause =
  | { code: 'noResult' | 'noTarget' | 'qualitative' | 'noDirection' }
  | { code: 'textResult' | 'baselineOnly' | 'noCoverage'; year: number };

/** A cause in words, in the catalogue's language (`messages(language).indicators`). */
export function causeText(cause: NotEvaluableCause, language: UiLanguage = 'fr'): string {
  const causes = messages(language).indicators.causes;
  return 'year' in cause ? causes[cause.code](String(cause.year)) : causes[cause.code];
}

export type Tracking =
  | {
      status: Exclude<TrackingStatus, 'non_evaluable'>;
      /** Latest numeric résultat. */
      latest: Point;
      /** Objectif expected in the latest result's year (exact or interpolated). */
      expected: number;
      /** True when `expected` was read from the table (not interpolated). */
      expectedGiven: boolean;
      target: Point;
      /** v − expected (sign as published; whether it is good depends on `direction`). */
      gap: number;
      direction: Direction;
      /** True when the good direction was deduced from the objectifs rather than declared. */
      directionDeduced: boolean;
    }
  | {
      status: 'non_evaluable';
      /** The cause in French, as exports and chart captions write it. */
      reason: string;
      cause: NotEvaluableCause;
    };

/**
 * Which way counts as good, from the declared direction or deduced from the numbers.
 * @returns undefined when no direction is declared and the objectifs do not move away from the
 *   reference (or there is nothing to compare)
 */
export function goodDirection(series: Series): { direction: Direction; deduced: boolean } | undefined {
  const declared = series.indicator.direction;
  if (declared === 'hausse' || declared === 'baisse') return { direction: declared, deduced: false };
  const target = finalTarget(series);
  if (target?.number === undefined) return undefined;
  // The same starting point as the trajectory (see expectedAt): the baseline when it comes before
  // the first objectif, otherwise the first objectif.
  const base = baseline(series);
  const objectives = pointsOf(series, 'objectif');
  const reference = base && objectives.length > 0 && base.year < objectives[0].year ? base : objectives.find((p) => p.year < target.year);
  if (!reference || reference.value === target.number) return undefined;
  return { direction: target.number > reference.value ? 'hausse' : 'baisse', deduced: true };
}

const meets = (value: number, goal: number, direction: Direction) => (direction === 'hausse' ? value >= goal : value <= goal);

/** Applies the documented rule (see the module comment) to one series. */
export function tracking(series: Series): Tracking {
  const no = (cause: NotEvaluableCause): Tracking => ({ status: 'non_evaluable', reason: causeText(cause), cause });
  const last = latest(series, 'resultat');
  if (!last) return no({ code: 'noResult' });
  if (last.number === undefined) return no({ code: 'textResult', year: last.year });
  const target = finalTarget(series);
  if (!target) return no({ code: 'noTarget' });
  const numericTargets = pointsOf(series, 'objectif');
  if (numericTargets.length === 0) return no({ code: 'qualitative' });
  const numericTarget = numericTargets[numericTargets.length - 1];
  const dir = goodDirection(series);
  if (!dir) return no({ code: 'noDirection' });
  const base = baseline(series);
  if (base && base.year === last.year && base.year < numericTargets[0].year) {
    return no({ code: 'baselineOnly', year: last.year });
  }
  const expected = expectedAt(series, last.year);
  if (expected === undefined) return no({ code: 'noCoverage', year: last.year });
  const value = last.number;
  const common = {
    latest: { year: last.year, value },
    expected: tidy(expected),
    expectedGiven: series.years.some((r) => r.year === last.year && r.objectif?.number !== undefined),
    target: numericTarget,
    gap: tidy(value - expected),
    direction: dir.direction,
    directionDeduced: dir.deduced,
  };
  if (meets(value, numericTarget.value, dir.direction)) return { status: 'atteint', ...common };
  if (last.year >= numericTarget.year) return { status: 'non_atteint', ...common };
  return { status: meets(value, expected, dir.direction) ? 'en_bonne_voie' : 'en_retard', ...common };
}

/**
 * The on-track rule as one sentence, for the indicator page.
 * @param direction the good direction, when known
 * @param language the sentence's language (French by default)
 */
export function trackingRule(direction?: Direction, language: UiLanguage = 'fr'): string {
  return messages(language).indicators.rules[direction ?? 'cible'];
}

/**
 * Progress from the baseline towards the final numeric target:
 * (latest − baseline) / (target − baseline).
 *
 * `ratio` is clamped to [0, 1] (0 = still at the baseline or moved the wrong way, 1 = target
 * reached or passed), for bars and percentages; `raw` keeps the unclamped value (negative when
 * the result moved away from the target, above 1 when it overshot).
 * @returns undefined when a number is missing, when the latest result is the baseline itself, or
 *   when the target equals the baseline (no distance to cover)
 */
export function progressTowardsTarget(series: Series): { ratio: number; raw: number; baseline: Point; latest: Point; target: Point } | undefined {
  const results = pointsOf(series, 'resultat');
  const objectives = pointsOf(series, 'objectif');
  if (results.length < 2 || objectives.length === 0) return undefined;
  const base = results[0];
  const last = results[results.length - 1];
  const target = objectives[objectives.length - 1];
  if (target.value === base.value) return undefined;
  const raw = tidy((last.value - base.value) / (target.value - base.value));
  return { ratio: Math.min(1, Math.max(0, raw)), raw, baseline: base, latest: last, target };
}

/**
 * How fast the résultat moves, between its two latest numeric values.
 * - `perYear`: average change per year, in the indicator's unit;
 * - `relative`: compound annual rate ((v2 / v1)^(1 / years) − 1), only when both values are
 *   positive (a rate from or to zero, or across a sign change, means nothing).
 * @returns undefined with fewer than two numeric results
 */
export function rateOfChange(series: Series): { from: Point; to: Point; perYear: number; relative?: number } | undefined {
  const results = pointsOf(series, 'resultat');
  if (results.length < 2) return undefined;
  const [from, to] = results.slice(-2);
  const years = to.year - from.year;
  const perYear = tidy((to.value - from.value) / years);
  const out: { from: Point; to: Point; perYear: number; relative?: number } = { from, to, perYear };
  if (from.value > 0 && to.value > 0) out.relative = tidy((to.value / from.value) ** (1 / years) - 1);
  return out;
}
