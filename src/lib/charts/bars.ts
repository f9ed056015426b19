/**
 * Horizontal bar layouts: one row per item, its label above its bar (so long French labels wrap
 * instead of squeezing the bars on a phone), the figure at the right end of the label line.
 *
 * Horizontal positions are fractions of the width; vertical ones are px from the top.
 */
import { max as maxOf, sum } from 'd3-array';
import { FONT_SIZE, LINE_HEIGHT, MIN_WIDTH, textWidth, wrap } from './text';

/** Layout constants, in px. */
export const BAR = { height: 16, stackedHeight: 20, gapAfterLabel: 3, rowGap: 12, top: 2, padding: 6 } as const;

/** Vertical geometry shared by every bar row: label lines, then the bar. */
export interface RowFrame {
  key: string;
  /** Label, wrapped for the narrowest width; one baseline per line. */
  lines: { text: string; y: number }[];
  /** Figure of the row: at the right end of the first label line, or on a line of its own under
   * the label (anchored left) when sharing the line would squeeze the label. */
  valueLabel: string;
  valueY: number;
  valueAnchor: 'start' | 'end';
  barY: number;
  barHeight: number;
}

/** Narrowest room left to a label beside its figure before the figure moves to its own line, px. */
export const MIN_LABEL_ROOM = 150;

/**
 * Stacks rows vertically: wraps each label into at most `maxLines` lines that leave room for
 * the row's figure at the narrowest width (or moves the figure under the label when it is too
 * wide to share the line), then places the bar under the label.
 * @returns the frames and the total height in px
 */
export function frameRows(
  rows: { key: string; label: string; valueLabel: string }[],
  options: { barHeight?: number; maxLines?: number; minWidth?: number } = {},
): { frames: RowFrame[]; height: number } {
  const barHeight = options.barHeight ?? BAR.height;
  const minWidth = options.minWidth ?? MIN_WIDTH;
  const baseline = (top: number, line: number) => top + (line + 1) * LINE_HEIGHT - (LINE_HEIGHT - FONT_SIZE) / 2 - 1;
  let y = BAR.top;
  const frames = rows.map((row) => {
    const room = minWidth - (row.valueLabel ? textWidth(row.valueLabel, FONT_SIZE, true) + 10 : 0);
    const ownLine = room < MIN_LABEL_ROOM;
    // An empty label (a second series of the same item) leaves its line to the figure alone.
    const lines = row.label ? wrap(row.label, ownLine ? minWidth : room, options.maxLines ?? 2).map((text, i) => ({ text, y: baseline(y, i) })) : [];
    const valueLine = ownLine ? lines.length : 0;
    const lineCount = Math.max(1, lines.length + (ownLine ? 1 : 0));
    const barY = y + lineCount * LINE_HEIGHT + BAR.gapAfterLabel;
    const frame: RowFrame = {
      key: row.key,
      lines,
      valueLabel: row.valueLabel,
      valueY: baseline(y, valueLine),
      valueAnchor: ownLine ? 'start' : 'end',
      barY,
      barHeight,
    };
    y = barY + barHeight + BAR.rowGap;
    return frame;
  });
  return { frames, height: Math.max(y - BAR.rowGap + BAR.top, 1) };
}

/**
 * Bars proportional to a share of `max` (e.g. the count of each status out of all actions).
 * @param rows value ≥ 0 each
 * @param max the value that fills the whole width (default: the largest value)
 * @returns frames with `width` as a fraction in [0, 1]
 */
export function shareBars(rows: { key: string; label: string; value: number; valueLabel: string }[], max?: number) {
  const top = max ?? Math.max(0, maxOf(rows, (r) => r.value) ?? 0);
  const { frames, height } = frameRows(rows);
  return {
    height,
    rows: frames.map((f, i) => ({ ...f, value: rows[i].value, width: top > 0 ? clamp01(rows[i].value / top) : 0 })),
  };
}

export interface Segment {
  key: string;
  value: number;
  /** Start and end as fractions of the width. */
  x0: number;
  x1: number;
  /** Text drawn inside the segment, only when it fits at the narrowest width. */
  label?: string;
}

/**
 * 100 % stacked bars: each row's segments share the full width in proportion to their values
 * (zero-valued segments are dropped). A segment's label is drawn inside it only when it fits at
 * the narrowest width with some padding; otherwise the data table carries it.
 */
export function stackedBars(
  rows: { key: string; label: string; valueLabel: string; segments: { key: string; value: number; label: string }[] }[],
  minWidth = MIN_WIDTH,
) {
  const { frames, height } = frameRows(rows, { barHeight: BAR.stackedHeight, minWidth });
  return {
    height,
    rows: frames.map((f, i) => {
      const parts = rows[i].segments.filter((s) => s.value > 0);
      const total = sum(parts, (s) => s.value);
      let at = 0;
      const segments: Segment[] = parts.map((s) => {
        const x0 = at;
        at += total > 0 ? s.value / total : 0;
        const x1 = Math.min(1, at);
        const fits = (x1 - x0) * minWidth >= textWidth(s.label, FONT_SIZE, true) + 2 * BAR.padding;
        return { key: s.key, value: s.value, x0, x1, ...(fits ? { label: s.label } : {}) };
      });
      return { ...f, total, segments };
    }),
  };
}

/**
 * Bars for figures known as a floor and a ceiling (budgets given as "17 à 27 M€"): a solid bar
 * from 0 to `low`, and a lighter extension from `low` to `high`. All rows share one scale whose
 * full width is the largest `high`.
 */
export function rangeBars(rows: { key: string; label: string; low: number; high: number; valueLabel: string }[]) {
  const top = Math.max(0, maxOf(rows, (r) => r.high) ?? 0);
  const { frames, height } = frameRows(rows);
  return {
    height,
    max: top,
    rows: frames.map((f, i) => ({
      ...f,
      low: top > 0 ? clamp01(rows[i].low / top) : 0,
      high: top > 0 ? clamp01(rows[i].high / top) : 0,
    })),
  };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
