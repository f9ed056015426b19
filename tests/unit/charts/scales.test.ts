import { describe, expect, it } from 'vitest';
import { linearAxis, valueDomain, yearTicks } from '../../../src/lib/charts/scales';
import { MIN_WIDTH, textWidth } from '../../../src/lib/charts/text';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('valueDomain', () => {
  it.each<[number[], [number, number]]>([
    [[960, 1200, 720], [0, 1200]],
    [[940, 1010], [940, 1010]],
    [[-5, -20], [-20, 0]],
    [[-5, 10], [-5, 10]],
    [[42], [0, 42]],
    [[-3], [-3, 0]],
    [[0], [0, 1]],
    [[], [0, 1]],
  ])('%j → %j', (values, expected) => {
    expect(valueDomain(values)).toEqual(expected);
  });
});

describe('linearAxis', () => {
  it('nice-rounds the domain and labels ticks in French', () => {
    const { scale, ticks } = linearAxis([960, 1200, 720], [184, 34], 4);
    expect(scale.domain()).toEqual([0, 1200]);
    expect(ticks.map((t) => plain(t.label))).toEqual(['0', '200', '400', '600', '800', '1 000', '1 200']);
    expect(ticks[0].pos).toBe(184);
    expect(ticks.at(-1)!.pos).toBe(34);
  });
  it('writes decimals with a comma', () => {
    const { ticks } = linearAxis([0.1, 0.35], [100, 0], 4);
    expect(ticks.map((t) => t.label)).toContain('0,1');
  });
});

describe('yearTicks', () => {
  it('labels every year when there is room', () => {
    const ticks = yearTicks(2015, 2018);
    expect(ticks.map((t) => t.value)).toEqual([2015, 2016, 2017, 2018]);
    expect(ticks.every((t) => t.labelled)).toBe(true);
    expect(ticks[0].pos).toBe(0);
    expect(ticks[3].pos).toBe(1);
  });

  it('thins labels to round years so that none overlap at 288 px', () => {
    const ticks = yearTicks(2012, 2030, 0.04, 0.96);
    const labelled = ticks.filter((t) => t.labelled);
    expect(labelled.map((t) => t.value)).toEqual([2015, 2020, 2025, 2030]);
    const width = textWidth('0000');
    for (let i = 1; i < labelled.length; i++) {
      expect((labelled[i].pos - labelled[i - 1].pos) * MIN_WIDTH).toBeGreaterThan(width);
    }
    // Every year keeps a tick mark.
    expect(ticks).toHaveLength(19);
  });

  it('labels the edges when they are far enough from the round years', () => {
    expect(yearTicks(2019, 2024, 0.04, 0.96).filter((t) => t.labelled).map((t) => t.value)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    // 2001 sits 53 px from 2010: too close for an edge label that may be anchored at its start.
    expect(yearTicks(2001, 2050).filter((t) => t.labelled).map((t) => t.value)).toEqual([2010, 2020, 2030, 2040, 2050]);
  });

  it('centres a single year', () => {
    expect(yearTicks(2020, 2020, 0.04, 0.96)).toEqual([{ value: 2020, pos: 0.5, label: '2020', labelled: true }]);
  });
});
