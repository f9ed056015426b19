/**
 * Geometry of a schedule (Gantt-like) chart: one row per action, a bar from its start to its
 * end, each date drawn at the precision the plan gave it.
 *
 * A partial date is an interval of days (see normalise/date): "2021" is 2021-01-01..2021-12-31,
 * "été 2019" 2019-06-21..2019-09-22. The bar is solid where the action is certainly running
 * (from the end of the start interval to the beginning of the end interval) and "fuzzy" over the
 * start and end intervals themselves, where the plan only says "sometime then". When the two
 * intervals meet or overlap ("2019" to "2019") the whole bar is fuzzy. An unknown end (empty,
 * "?", words) gives an open bar that runs to the right edge and fades, unless the action is closed
 * (completed or abandoned): then only its start is drawn, as a bar to the edge would say it still
 * runs. An unknown start gives a bar that comes in from the left edge. An action with neither date
 * is not drawn.
 */
import { max, min } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcParse } from 'd3-time-format';
import type { PartialDate } from '../normalise/date';
import { frameRows, type RowFrame } from './bars';
import { anchorWithin, yearTicks, type Tick } from './scales';
import { MIN_WIDTH, textWidth } from './text';

export const GANTT = { barHeight: 12, minPx: 4 } as const;

export type PartKind = 'solid' | 'fuzzy' | 'open-end' | 'open-start';

export interface GanttPart {
  kind: PartKind;
  /** Start and end as fractions of the width. */
  x0: number;
  x1: number;
}

export interface GanttRow extends RowFrame {
  parts: GanttPart[];
}

export interface GanttLayout {
  height: number;
  first: number;
  last: number;
  /** A line on 1 January of each year from `first` to `last + 1` — of each labelled year only
   * when labels are thinned, so that a long plan does not drown in lines. */
  gridlines: { year: number; x: number }[];
  /** Year labels, centred on their year (pinned inside at the edges), thinned so they do not
   * overlap at the narrowest width. */
  years: (Tick & { labelled: boolean; anchor: 'start' | 'middle' | 'end' })[];
  rows: GanttRow[];
}

const parseDay = utcParse('%Y-%m-%d');

/** True when a partial date has day bounds that can be drawn. */
export const isDrawable = (d: PartialDate): boolean =>
  d.kind === 'date' && !!d.start && !!d.end && !!parseDay(d.start) && !!parseDay(d.end);

/**
 * Lays out the schedule.
 * @param rows actions in display order; rows with neither a start nor an end that can be drawn
 *   are left out (callers say how many)
 * @param options.until last year to show at least (e.g. the plan's end), so that open bars run
 *   to the end of the plan
 * @param options.since first year to show at most, so that several schedules on one page share
 *   their time axis
 * @param options.axisHeight px reserved above the rows for the year labels
 */
export function ganttLayout(
  rows: { key: string; label: string; valueLabel: string; start: PartialDate; end: PartialDate; closed?: boolean }[],
  options: { since?: number; until?: number; axisHeight?: number; minWidth?: number } = {},
): GanttLayout {
  const minWidth = options.minWidth ?? MIN_WIDTH;
  const drawn = rows.filter((r) => isDrawable(r.start) || isDrawable(r.end));
  const years = drawn.flatMap((r) =>
    [r.start, r.end].filter(isDrawable).flatMap((d) => [Number(d.start!.slice(0, 4)), Number(d.end!.slice(0, 4))]),
  );
  const isOpen = (r: (typeof rows)[number]) => !isDrawable(r.end) && !r.closed;
  const hasOpenEnd = drawn.some(isOpen);
  // d3-array loops: spreading 100 000 years into Math.min would overflow the call stack.
  let first = Math.min(min(years) ?? Infinity, options.since ?? Infinity);
  let last = Math.max(max(years) ?? -Infinity, options.until ?? -Infinity);
  if (drawn.length === 0) first = last = options.until ?? 2000;
  // An open bar needs some room to the right of its start to read as "still running".
  if (hasOpenEnd && drawn.some((r) => isOpen(r) && Number(r.start.start!.slice(0, 4)) >= last)) last += 1;

  const scale = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([0, 1])
    .clamp(true);
  const at = (iso: string) => scale(parseDay(iso)!);
  // The end of a day interval is the start of the next day.
  const after = (iso: string) => scale(new Date(parseDay(iso)!.getTime() + 86_400_000));
  const minFraction = GANTT.minPx / minWidth;

  const axisHeight = options.axisHeight ?? 22;
  const { frames, height } = frameRows(drawn, { barHeight: GANTT.barHeight, maxLines: 2, minWidth });
  const out: GanttRow[] = frames.map((frame, i) => {
    const r = drawn[i];
    const parts: GanttPart[] = [];
    const s = isDrawable(r.start) ? { from: at(r.start.start!), to: after(r.start.end!) } : undefined;
    const e = isDrawable(r.end) ? { from: at(r.end.start!), to: after(r.end.end!) } : undefined;
    if (s && e) {
      if (s.to < e.from) {
        parts.push({ kind: 'fuzzy', x0: s.from, x1: s.to }, { kind: 'solid', x0: s.to, x1: e.from }, { kind: 'fuzzy', x0: e.from, x1: e.to });
      } else {
        parts.push({ kind: 'fuzzy', x0: Math.min(s.from, e.from), x1: Math.max(s.to, e.to) });
      }
    } else if (s && r.closed) {
      parts.push({ kind: 'fuzzy', x0: s.from, x1: s.to });
    } else if (s) {
      parts.push({ kind: 'fuzzy', x0: s.from, x1: s.to }, { kind: 'open-end', x0: s.to, x1: 1 });
    } else if (e) {
      parts.push({ kind: 'open-start', x0: 0, x1: e.from }, { kind: 'fuzzy', x0: e.from, x1: e.to });
    }
    const visible = parts.filter((p) => p.x1 - p.x0 > 1e-9);
    // A bar shorter than a few px (a single day) would vanish: widen it around its centre.
    const x0 = min(visible, (p) => p.x0) ?? Infinity;
    const x1 = max(visible, (p) => p.x1) ?? -Infinity;
    if (x1 - x0 < minFraction) {
      const mid = (x0 + x1) / 2;
      const from = Math.max(0, Math.min(1 - minFraction, mid - minFraction / 2));
      return { ...shift(frame, axisHeight), parts: [{ kind: visible[0]?.kind === 'solid' ? 'solid' : 'fuzzy', x0: from, x1: from + minFraction }] };
    }
    return { ...shift(frame, axisHeight), parts: visible };
  });

  const mid = (y: number) => scale(new Date(Date.UTC(y, 6, 2)));
  const labels = yearTicks(first, last, mid(first), mid(last), minWidth).map((t) => ({ ...t, anchor: anchorWithin(t.pos, textWidth(t.label), minWidth) }));
  const thinned = labels.some((t) => !t.labelled);
  const gridlines: { year: number; x: number }[] = [];
  for (let y = first; y <= last + 1; y++) {
    if (!thinned || y === first || y === last + 1 || labels.find((t) => t.value === y)?.labelled) gridlines.push({ year: y, x: scale(new Date(Date.UTC(y, 0, 1))) });
  }
  return { height: height + axisHeight, first, last, gridlines, years: labels, rows: out };
}

function shift(frame: RowFrame, dy: number): RowFrame {
  return {
    ...frame,
    lines: frame.lines.map((l) => ({ ...l, y: l.y + dy })),
    valueY: frame.valueY + dy,
    barY: frame.barY + dy,
  };
}
