import { describe, expect, it } from 'vitest';
import { ganttLayout, isDrawable } from '../../../src/lib/charts/gantt';
import { normaliseDate } from '../../../src/lib/normalise/date';

const row = (key: string, start: string, end: string) => ({ key, label: key, valueLabel: '', start: normaliseDate(start), end: normaliseDate(end) });
// Fraction of the width of a day, in a 2019–2030 layout (12 years).
const DAYS = (Date.UTC(2031, 0, 1) - Date.UTC(2019, 0, 1)) / 86_400_000;
const at = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(2019, 0, 1)) / 86_400_000 / DAYS;

describe('ganttLayout', () => {
  const layout = ganttLayout(
    [
      row('years', '2019', '2022'),
      row('season-to-month', 'été 2019', 'sept-19'),
      row('open', 'Début 2020', '?'),
      row('none', '', '/'),
      row('open-start', '', 'déc-20'),
      row('same-year', '2021', '2021'),
      row('day', '01/01/2020', '01/01/2020'),
    ],
    { until: 2030 },
  );
  const parts = (key: string) => layout.rows.find((r) => r.key === key)!.parts;

  it('spans whole years from the first date to the plan end', () => {
    expect([layout.first, layout.last]).toEqual([2019, 2030]);
    // Labels are thinned to even years at 288 px: lines at the edges and at labelled years only.
    expect(layout.gridlines.map((g) => g.year)).toEqual([2019, 2020, 2022, 2024, 2026, 2028, 2030, 2031]);
    expect(layout.gridlines[0]).toEqual({ year: 2019, x: 0 });
    expect(layout.gridlines.at(-1)).toEqual({ year: 2031, x: 1 });
    expect(ganttLayout([row('short', '2020', '2022')]).gridlines.map((g) => g.year)).toEqual([2020, 2021, 2022, 2023]);
  });

  it('leaves out an action with neither date', () => {
    expect(layout.rows.map((r) => r.key)).not.toContain('none');
    expect(layout.rows).toHaveLength(6);
  });

  it('draws year precision as fuzzy whole years around a certain middle', () => {
    const [a, b, c] = parts('years');
    expect(a).toMatchObject({ kind: 'fuzzy', x0: 0 });
    expect(a.x1).toBeCloseTo(at(2020, 1, 1), 6);
    expect(b).toMatchObject({ kind: 'solid' });
    expect(b.x0).toBeCloseTo(at(2020, 1, 1), 6);
    expect(b.x1).toBeCloseTo(at(2022, 1, 1), 6);
    expect(c.kind).toBe('fuzzy');
    expect(c.x1).toBeCloseTo(at(2023, 1, 1), 6);
  });

  it('draws a season and a month at their own precision', () => {
    // Summer 2019 runs to 22 September, after September 2019 begins: the two periods overlap,
    // so the action ran somewhere between 21 June and 30 September, with no certain part.
    expect(parts('season-to-month')).toHaveLength(1);
    const [p] = parts('season-to-month');
    expect(p.kind).toBe('fuzzy');
    expect(p.x0).toBeCloseTo(at(2019, 6, 21), 6);
    expect(p.x1).toBeCloseTo(at(2019, 10, 1), 6);
    const [season, certain, month] = ganttLayout([row('s', 'été 2019', 'déc-19')], { until: 2030 }).rows[0].parts;
    expect(season.x1).toBeCloseTo(at(2019, 9, 23), 6);
    expect(certain).toMatchObject({ kind: 'solid' });
    expect(month.x0).toBeCloseTo(at(2019, 12, 1), 6);
    expect(month.x1).toBeCloseTo(at(2020, 1, 1), 6);
  });

  it('keeps an unknown end open to the right edge, and an unknown start from the left edge', () => {
    const [start, open] = parts('open');
    expect(start.kind).toBe('fuzzy');
    expect(start.x1).toBeCloseTo(at(2020, 5, 1), 6);
    expect(open).toMatchObject({ kind: 'open-end', x1: 1 });
    const [fromLeft, month] = parts('open-start');
    expect(fromLeft).toMatchObject({ kind: 'open-start', x0: 0 });
    expect(month.x0).toBeCloseTo(at(2020, 12, 1), 6);
    expect(month.x1).toBeCloseTo(at(2021, 1, 1), 6);
  });

  it('draws only the start of a closed action without an end: a bar to the edge would say it still runs', () => {
    const closed = ganttLayout([{ ...row('done', 'Début 2020', '?'), closed: true }], { until: 2030 });
    expect(closed.rows[0].parts).toHaveLength(1);
    expect(closed.rows[0].parts[0].kind).toBe('fuzzy');
    expect(closed.rows[0].parts[0].x1).toBeLessThan(0.2);
    // Nor does it need room to the right, as an open bar starting in the last year does.
    expect(ganttLayout([{ ...row('late', '2030', ''), closed: true }], { until: 2030 }).last).toBe(2030);
  });

  it('draws overlapping start and end periods as one fuzzy bar', () => {
    expect(parts('same-year')).toHaveLength(1);
    expect(parts('same-year')[0].kind).toBe('fuzzy');
  });

  it('widens a one-day action so it stays visible (4 px at 288 px)', () => {
    const [p] = parts('day');
    expect((p.x1 - p.x0) * 288).toBeCloseTo(4);
  });

  it('labels years without overlap, pinned inside at the edges, and keeps rows below the axis', () => {
    expect(layout.years.filter((t) => t.labelled).map((t) => t.value)).toEqual([2020, 2022, 2024, 2026, 2028, 2030]);
    expect(layout.years.find((t) => t.value === 2030)!.anchor).toBe('end');
    expect(layout.years.find((t) => t.value === 2024)!.anchor).toBe('middle');
    expect(Math.min(...layout.rows.map((r) => r.lines[0].y))).toBeGreaterThan(22);
  });

  it('extends the axis by a year when an open bar starts in the last year', () => {
    expect(ganttLayout([row('late', '2030', '')], { until: 2030 }).last).toBe(2031);
  });

  it('shares a time axis across schedules with `since`', () => {
    expect(ganttLayout([row('x', '2022', '2023')], { since: 2019, until: 2030 }).first).toBe(2019);
  });
});

describe('isDrawable', () => {
  it.each([
    ['2019', true],
    ['été 2019', true],
    ['?', false],
    ['', false],
    ['En continu', false],
  ])('%j → %s', (raw, expected) => {
    expect(isDrawable(normaliseDate(raw))).toBe(expected);
  });
});
