/**
 * Scales and ticks. Horizontal positions are fractions of the drawing width (0 = left edge,
 * 1 = right edge), which components write as percentages so the SVG stretches to any width
 * without scaling its text; vertical positions are pixels.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { formatNumber, formatYear } from '../format';
import { MIN_WIDTH, textWidth } from './text';

export interface Tick {
  value: number;
  /** Position: a fraction of the width for horizontal axes, px for vertical ones. */
  pos: number;
  /** Label in the chart's locale ("1 000", "12,5" in French). */
  label: string;
}

/**
 * The value domain of a chart, as [low, high].
 *
 * Zero is included whenever every value is positive (or every value negative), so that a line's
 * height can be read against nothing rather than against an arbitrary floor; the exception is a
 * series whose spread is under a fifth of its size (e.g. 940 to 1 010), where starting at zero
 * would flatten every change into a straight line. A single value v gives [0, v] (or [v, 0]).
 * An empty list gives [0, 1].
 */
export function valueDomain(values: number[]): [number, number] {
  const [min, max] = extent(values.filter(Number.isFinite)) as [number | undefined, number | undefined];
  if (min === undefined || max === undefined) return [0, 1];
  if (min === max) return min === 0 ? [0, 1] : min > 0 ? [0, min] : [min, 0];
  const size = Math.max(Math.abs(min), Math.abs(max));
  const tight = max - min < size * 0.2;
  if (!tight && min > 0) return [0, max];
  if (!tight && max < 0) return [min, 0];
  return [min, max];
}

/**
 * A linear scale over `values`, nice-rounded, mapped to `range` (px or fractions), with about
 * `count` ticks labelled in `locale` (default French).
 */
export function linearAxis(values: number[], range: [number, number], count = 4, locale?: string) {
  const scale = scaleLinear().domain(valueDomain(values)).range(range).nice(count);
  const ticks: Tick[] = scale.ticks(count).map((value) => ({ value, pos: scale(value), label: formatNumber(value, {}, locale) }));
  return { scale, ticks };
}

/** Year tick steps tried in order, from every year to every 25 years. */
const YEAR_STEPS = [1, 2, 5, 10, 25];

/**
 * Ticks for a span of years, positioned as fractions between `from` and `to`, labelled so that
 * no two labels overlap at the narrowest width ({@link MIN_WIDTH}).
 *
 * Every year gets a tick (`labelled` says which ones carry text). Labels fall on multiples of the
 * step (2020, 2025…) so they read as round years; the first and last years are labelled too when
 * there is room.
 * @param first first year shown
 * @param last last year shown (≥ first)
 * @param from position of `first` (fraction of the width)
 * @param to position of `last` (fraction of the width)
 * @param minWidth width in px at which labels must not overlap
 */
export function yearTicks(first: number, last: number, from = 0, to = 1, minWidth = MIN_WIDTH): (Tick & { labelled: boolean })[] {
  const span = Math.max(0, last - first);
  const pos = (y: number) => (span === 0 ? (from + to) / 2 : from + ((to - from) * (y - first)) / span);
  const labelWidth = textWidth('0000') + 8;
  const pxPerYear = span === 0 ? Infinity : ((to - from) * minWidth) / span;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= labelWidth) ?? YEAR_STEPS[YEAR_STEPS.length - 1];
  const ticks: (Tick & { labelled: boolean })[] = [];
  for (let y = first; y <= last; y++) ticks.push({ value: y, pos: pos(y), label: formatYear(y), labelled: y % step === 0 });
  // An edge label may be anchored at its start or end to stay inside the width, so it can reach
  // a full label width towards its neighbour: it needs one and a half widths of room.
  const edgeGap = (1.5 * labelWidth) / minWidth;
  const labelled = () => ticks.filter((t) => t.labelled);
  for (const edge of [ticks[0], ticks[ticks.length - 1]]) {
    if (!edge || edge.labelled) continue;
    if (labelled().every((t) => Math.abs(t.pos - edge.pos) >= edgeGap)) edge.labelled = true;
  }
  if (labelled().length === 0 && ticks[0]) ticks[0].labelled = true;
  return ticks;
}

/**
 * Text anchor that keeps a label of `width` px centred on `x` (a fraction of the width) inside
 * the narrowest width, or pinned to the edge it would cross.
 */
export function anchorWithin(x: number, width: number, minWidth = MIN_WIDTH): 'start' | 'middle' | 'end' {
  const px = x * minWidth;
  if (px - width / 2 < 0) return 'start';
  if (px + width / 2 > minWidth) return 'end';
  return 'middle';
}
