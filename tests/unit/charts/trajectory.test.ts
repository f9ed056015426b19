import { describe, expect, it } from 'vitest';
import { crosses, PATH_WIDTH, TRAJECTORY, trajectoryLayout } from '../../../src/lib/charts/trajectory';
import { FONT_SIZE, MIN_WIDTH, textWidth } from '../../../src/lib/charts/text';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const GES = [
  { year: 2012, resultat: 1200 },
  { year: 2015, resultat: 1150 },
  { year: 2020, objectif: 1000 },
  { year: 2021, resultat: 1010 },
  { year: 2023, resultat: 960 },
  { year: 2026, objectif: 850 },
  { year: 2030, objectif: 720 },
];

describe('trajectoryLayout', () => {
  const layout = trajectoryLayout(GES, 'kt CO2e');

  it('spaces years in proportion to time between the side margins', () => {
    const x = (year: number) => layout.points.find((p) => p.year === year)!.x;
    expect(x(2012)).toBeCloseTo(TRAJECTORY.left);
    expect(x(2030)).toBeCloseTo(TRAJECTORY.right);
    expect(x(2021) - x(2020)).toBeCloseTo((TRAJECTORY.right - TRAJECTORY.left) / 18);
  });

  it('maps values onto a scale from zero, upwards', () => {
    const y = (year: number) => layout.points.find((p) => p.year === year)!.y;
    expect(layout.yTicks[0]).toMatchObject({ value: 0, pos: layout.plotBottom });
    expect(plain(layout.yTicks.at(-1)!.label)).toBe('1 200');
    expect(y(2012)).toBe(layout.plotTop);
    expect(y(2023)).toBeCloseTo(layout.plotBottom - (960 / 1200) * TRAJECTORY.plotHeight);
  });

  it('draws one path per series through its own points only, in the stretched box', () => {
    expect(layout.paths.objectif.match(/[ML]/g)).toHaveLength(3);
    expect(layout.paths.resultat.match(/[ML]/g)).toHaveLength(4);
    const first = /^M([\d.]+),([\d.]+)/.exec(layout.paths.resultat)!;
    expect(Number(first[1])).toBeCloseTo(TRAJECTORY.left * PATH_WIDTH, 0);
    expect(Number(first[2])).toBeCloseTo(layout.plotTop, 0);
  });

  it('has no gap segment when no year has both values', () => {
    expect(layout.gaps).toEqual([]);
    const both = trajectoryLayout([{ year: 2020, objectif: 50, resultat: 52 }, { year: 2022, objectif: 70, resultat: 66 }]);
    expect(both.gaps.map((g) => g.year)).toEqual([2020, 2022]);
    expect(both.gaps[1].y2).toBeGreaterThan(both.gaps[1].y1);
  });

  it('labels the last value of each series, inside the width and without overlap at 288 px', () => {
    expect(layout.labels.map((l) => [l.type, plain(l.text)])).toEqual([
      ['resultat', '960 kt CO2e'],
      ['objectif', '720 kt CO2e'],
    ]);
    const objectif = layout.labels[1];
    expect(objectif.anchor).toBe('end');
    const close = trajectoryLayout([{ year: 2020, objectif: 100, resultat: 99 }, { year: 2021, objectif: 101, resultat: 100 }], '%');
    const [a, b] = close.labels;
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(FONT_SIZE);
    for (const l of close.labels) {
      const w = textWidth(l.text, FONT_SIZE, true);
      const left = l.anchor === 'start' ? l.x * MIN_WIDTH : l.anchor === 'end' ? l.x * MIN_WIDTH - w : l.x * MIN_WIDTH - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(MIN_WIDTH);
    }
  });

  it('puts a label below its point when the line falling into the point would run through it above', () => {
    const point = (type: 'objectif' | 'resultat') => layout.points.filter((p) => p.type === type).at(-1)!;
    // The objectif falls from 850 (2026) to 720 (2030), at the right edge: its label, to the left
    // of the point, would sit on the line above the point.
    expect(layout.labels[1].y).toBeGreaterThan(point('objectif').y);
    // A rising line leaves the place above free.
    const rising = trajectoryLayout([{ year: 2020, objectif: 10 }, { year: 2030, objectif: 50 }], '%');
    expect(rising.labels[0].y).toBeLessThan(rising.points.at(-1)!.y);
  });

  it('tells whether a line passes through a box', () => {
    const line = [{ x: 0, y: 0 }, { x: 100, y: 100 }];
    expect(crosses(line, [40, 60], [40, 60])).toBe(true);
    expect(crosses(line, [40, 60], [70, 90])).toBe(false);
    expect(crosses(line, [120, 140], [0, 200])).toBe(false);
    expect(crosses([{ x: 50, y: 0 }, { x: 50, y: 10 }], [40, 60], [5, 6])).toBe(true);
  });

  it('draws a single value as a point without a line', () => {
    const one = trajectoryLayout([{ year: 2025, objectif: 40 }]);
    expect(one.paths).toEqual({ objectif: '', resultat: '' });
    expect(one.points).toHaveLength(1);
    expect(one.points[0].x).toBe(0.5);
  });
});
