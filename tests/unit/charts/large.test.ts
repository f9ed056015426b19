/**
 * Chart geometry at portal scale: 200 000 items, twice the 100 000 actions a portal may hold. A
 * spread such as Math.min(...years) passes every item as an argument and overflows the call stack
 * long before that; these functions must loop instead. (A trajectory has one point per year, and
 * years are bounded by the content check: it never gets near.)
 */
import { describe, expect, it } from 'vitest';
import { rangeBars, shareBars } from '../../../src/lib/charts/bars';
import { scheduleChart } from '../../../src/lib/charts/data/schedule';
import { ganttLayout } from '../../../src/lib/charts/gantt';
import type { Action } from '../../../src/lib/model/types';
import { normaliseDate } from '../../../src/lib/normalise/date';

const N = 200_000;
const years = (i: number) => ({ start: normaliseDate(String(1990 + (i % 60))), end: normaliseDate(String(1991 + (i % 60))) });

describe(`charts of ${N.toLocaleString('en')} items`, { timeout: 60_000 }, () => {
  it('the schedule spans the first to the last year of its actions', () => {
    const base = { plan: 'p', parents: [], status: { label: '', status: 'en_cours' }, climateIssues: [], energyEffects: [], approaches: [], tags: [], place: {}, related: [], relatedText: [], origin: [] };
    const actions = Array.from({ length: N }, (_, i) => ({ ...base, id: `a${i}`, title: `Action ${i}`, order: i, ...years(i) }) as unknown as Action);
    const chart = scheduleChart(actions, 'calendrier', 'Calendrier', { singular: 'action', plural: 'actions' } as never)!;
    expect(chart.span).toEqual([1990, 2050]);
    expect(chart.message).toContain('de 1990 à 2050');
  });

  it('the Gantt layout spans the same years and draws every row', () => {
    const rows = Array.from({ length: N }, (_, i) => ({ key: `a${i}`, label: `a${i}`, valueLabel: '', ...years(i) }));
    const layout = ganttLayout(rows, { until: 2030 });
    expect([layout.first, layout.last]).toEqual([1990, 2050]);
    expect(layout.rows).toHaveLength(N);
  });

  it('bars scale to their largest value', () => {
    const rows = Array.from({ length: N }, (_, i) => ({ key: `k${i}`, label: `k${i}`, value: i, low: i, high: i + 1, valueLabel: '' }));
    expect(shareBars(rows).rows.at(-1)!.width).toBe(1);
    expect(rangeBars(rows).max).toBe(N);
  });
});
