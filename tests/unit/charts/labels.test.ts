import { describe, expect, it } from 'vitest';
import { fitsWithin, spreadLabels } from '../../../src/lib/charts/labels';

const overlaps = (centres: number[], sizes: number[], gap: number) => {
  const boxes = centres.map((c, i) => [c - sizes[i] / 2, c + sizes[i] / 2]).sort((a, b) => a[0] - b[0]);
  return boxes.some((b, i) => i > 0 && b[0] < boxes[i - 1][1] + gap - 1e-9);
};

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(spreadLabels([{ pos: 10, size: 10 }, { pos: 50, size: 10 }], 0, 100)).toEqual([10, 50]);
  });

  it('pushes overlapping labels apart around where they want to be', () => {
    const out = spreadLabels([{ pos: 50, size: 16 }, { pos: 52, size: 16 }], 0, 100, 2);
    expect(out[1] - out[0]).toBe(18);
    expect(out[0]).toBe(50);
  });

  it('keeps labels inside the bounds, pushing back from the far end', () => {
    const out = spreadLabels([{ pos: 95, size: 10 }, { pos: 96, size: 10 }, { pos: 97, size: 10 }], 0, 100, 2);
    expect(Math.max(...out) + 5).toBeLessThanOrEqual(100);
    expect(overlaps(out, [10, 10, 10], 2)).toBe(false);
    expect(out).toEqual([71, 83, 95]);
  });

  it('returns centres in input order', () => {
    const out = spreadLabels([{ pos: 60, size: 10 }, { pos: 10, size: 10 }, { pos: 58, size: 10 }], 0, 100, 0);
    expect(out[1]).toBe(10);
    expect(out[2]).toBeLessThan(out[0]);
    expect(overlaps(out, [10, 10, 10], 0)).toBe(false);
  });

  it('packs from the start when the labels cannot all fit', () => {
    const out = spreadLabels([{ pos: 5, size: 40 }, { pos: 6, size: 40 }, { pos: 7, size: 40 }], 0, 100, 0);
    expect(out).toEqual([20, 60, 100]);
    expect(fitsWithin([40, 40, 40], 0, 100, 0)).toBe(false);
    expect(fitsWithin([40, 40], 0, 100, 2)).toBe(true);
  });
});
