/**
 * Geometry of an indicator's trajectory: objectif and résultat by year as two lines on one value
 * scale, the gap between them where both are known, and direct labels for the last values.
 *
 * Years are spaced in proportion to time (2015, 2020, 2030 are not evenly spaced), missing
 * years leave no point (never a zero), and each line joins its known points in order.
 */
import { max, min } from 'd3-array';
import { line } from 'd3-shape';
import { formatNumber } from '../format';
import { anchorWithin, linearAxis, yearTicks, type Tick } from './scales';
import { spreadLabels } from './labels';
import { FONT_SIZE, LINE_HEIGHT, MIN_WIDTH, textWidth } from './text';

/** Width of the path coordinate system: paths are drawn in a 0–{@link PATH_WIDTH} box stretched to the width. */
export const PATH_WIDTH = 1000;

/** Layout constants, in px (vertical) and fractions (horizontal). */
export const TRAJECTORY = { top: 34, plotHeight: 150, bottom: 26, left: 0.04, right: 0.96, radius: 4 } as const;

export type SeriesType = 'objectif' | 'resultat';

export interface TrajectoryPoint {
  year: number;
  type: SeriesType;
  value: number;
  /** Fraction of the width. */
  x: number;
  /** px from the top. */
  y: number;
}

export interface TrajectoryLabel {
  type: SeriesType;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TrajectoryLayout {
  height: number;
  plotTop: number;
  plotBottom: number;
  years: (Tick & { labelled: boolean; anchor: 'start' | 'middle' | 'end' })[];
  yTicks: Tick[];
  /** Path data in the 0–PATH_WIDTH × 0–height box (empty string when the line has no point). */
  paths: Record<SeriesType, string>;
  points: TrajectoryPoint[];
  /** Vertical segments from objectif to résultat, for years where both are numbers. */
  gaps: { year: number; x: number; y1: number; y2: number }[];
  labels: TrajectoryLabel[];
}

/**
 * Lays out a trajectory chart.
 * @param rows one per year, numbers only (text cells are left to the data table)
 * @param unit appended to the direct labels ("1 234 t CO2e"), when given
 * @param locale of the tick and direct labels (default French)
 */
export function trajectoryLayout(
  rows: { year: number; objectif?: number; resultat?: number }[],
  unit?: string,
  minWidth = MIN_WIDTH,
  locale?: string,
): TrajectoryLayout {
  const known = rows.filter((r) => r.objectif !== undefined || r.resultat !== undefined);
  // Loops, not Math.min(...years): a spread of a long series would overflow the call stack.
  const first = min(known, (r) => r.year) ?? Infinity;
  const last = max(known, (r) => r.year) ?? -Infinity;
  const plotTop = TRAJECTORY.top;
  const plotBottom = TRAJECTORY.top + TRAJECTORY.plotHeight;
  const height = plotBottom + TRAJECTORY.bottom;

  const values = known.flatMap((r) => [r.objectif, r.resultat]).filter((v): v is number => v !== undefined);
  const { scale, ticks } = linearAxis(values, [plotBottom, plotTop], 4, locale);
  const years = (known.length > 0 ? yearTicks(first, last, TRAJECTORY.left, TRAJECTORY.right, minWidth) : []).map((t) => ({
    ...t,
    anchor: anchorFor(t.pos, textWidth(t.label), minWidth),
  }));
  const xOf = (year: number) => years.find((t) => t.value === year)?.pos ?? 0.5;

  const points: TrajectoryPoint[] = [];
  for (const type of ['objectif', 'resultat'] as const) {
    for (const r of known) {
      const value = r[type];
      if (value !== undefined) points.push({ year: r.year, type, value, x: xOf(r.year), y: scale(value) });
    }
  }
  const path = line<TrajectoryPoint>()
    .x((p) => round(p.x * PATH_WIDTH))
    .y((p) => round(p.y));
  const paths = {
    objectif: pathOf(path, points.filter((p) => p.type === 'objectif')),
    resultat: pathOf(path, points.filter((p) => p.type === 'resultat')),
  };

  const gaps = known
    .filter((r) => r.objectif !== undefined && r.resultat !== undefined && r.objectif !== r.resultat)
    .map((r) => ({ year: r.year, x: xOf(r.year), y1: scale(r.objectif!), y2: scale(r.resultat!) }));

  return { height, plotTop, plotBottom, years, yTicks: ticks, paths, points, gaps, labels: endLabels(points, unit, plotTop, plotBottom, minWidth, locale) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function pathOf(path: ReturnType<typeof line<TrajectoryPoint>>, pts: TrajectoryPoint[]): string {
  // A single point has no line; the marker alone shows it.
  return pts.length > 1 ? path(pts) ?? '' : '';
}

/**
 * Direct labels for the last résultat and the last objectif: above their point, or below it when
 * a line crosses the place above and none the place below (a falling line that ends at its point
 * runs through the text to the left of it); anchored so they stay inside the width, and moved
 * apart vertically when they would overlap at the narrowest width.
 */
function endLabels(points: TrajectoryPoint[], unit: string | undefined, top: number, bottom: number, minWidth: number, locale?: string): TrajectoryLabel[] {
  const lastOf = (type: SeriesType) => points.filter((p) => p.type === type).at(-1);
  const picked = (['resultat', 'objectif'] as const).map(lastOf).filter((p): p is TrajectoryPoint => p !== undefined);
  if (picked.length === 0) return [];
  const texts = picked.map((p) => `${formatNumber(p.value, {}, locale)}${unit ? ` ${unit}` : ''}`);
  const widths = texts.map((t) => textWidth(t, FONT_SIZE, true));
  const anchors = picked.map((p, i) => anchorFor(p.x, widths[i], minWidth));
  const spans = picked.map((p, i) => span(p.x * minWidth, widths[i], anchors[i]));
  // The two lines in px at the narrowest width, where labels are the widest part of the chart.
  const lines = (['objectif', 'resultat'] as const).map((type) => points.filter((p) => p.type === type).map((p) => ({ x: p.x * minWidth, y: p.y })));
  const offset = TRAJECTORY.radius + 8;
  const wanted = picked.map((p, i) => {
    const above = p.y - offset;
    const below = p.y + offset;
    const clear = (centre: number) => !lines.some((l) => crosses(l, spans[i], [centre - LINE_HEIGHT / 2, centre + LINE_HEIGHT / 2]));
    const pos = clear(above) || !clear(below) || below + LINE_HEIGHT / 2 > bottom ? above : below;
    return { pos, size: LINE_HEIGHT };
  });
  // Labels whose boxes do not overlap horizontally keep their place.
  const overlapping = spans.length === 2 && spans[0][0] < spans[1][1] && spans[1][0] < spans[0][1];
  const centres = overlapping
    ? spreadLabels(wanted, top - TRAJECTORY.top + 2, bottom, 2)
    : wanted.map((w) => Math.max(w.pos, LINE_HEIGHT / 2));
  return picked.map((p, i) => ({
    type: p.type,
    text: texts[i],
    x: p.x,
    // Baseline from the centre of the line box.
    y: Math.round(centres[i] + FONT_SIZE / 2 - 1),
    anchor: anchors[i],
  }));
}

/**
 * True when a line through `pts` (in x order, px) passes through the box `[x0, x1] × [y0, y1]`:
 * on each segment, the part over the box's width spans heights that meet the box's.
 */
export function crosses(pts: { x: number; y: number }[], [x0, x1]: [number, number], [y0, y1]: [number, number]): boolean {
  for (let k = 1; k < pts.length; k++) {
    const a = pts[k - 1];
    const b = pts[k];
    const from = Math.max(x0, Math.min(a.x, b.x));
    const to = Math.min(x1, Math.max(a.x, b.x));
    if (from > to) continue;
    // A vertical segment (two values of one year) spans its whole height.
    const yAt = (x: number) => a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
    const [ya, yb] = b.x === a.x ? [a.y, b.y] : [yAt(from), yAt(to)];
    if (Math.max(ya, yb) >= y0 && Math.min(ya, yb) <= y1) return true;
  }
  return false;
}

const anchorFor = anchorWithin;

function span(px: number, width: number, anchor: 'start' | 'middle' | 'end'): [number, number] {
  if (anchor === 'start') return [px, px + width];
  if (anchor === 'end') return [px - width, px];
  return [px - width / 2, px + width / 2];
}
