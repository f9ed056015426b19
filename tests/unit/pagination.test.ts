import { describe, expect, it } from 'vitest';
import { countPages, pageItems, pageWindow } from '../../src/lib/pagination';

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, null, 3, 4, 5, 6, 7, null, 10]],
    [10, 10, [1, null, 8, 9, 10]],
    [4, 200, [1, 2, 3, 4, 5, 6, null, 200]],
  ])('page %i of %i → %j', (page, count, expected) => {
    expect(pageWindow(page, count)).toEqual(expected);
  });
});

describe('countPages / pageItems', () => {
  it.each([
    [0, 50, 1],
    [1, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [10_000, 50, 200],
  ])('%i items, %i a page → %i pages', (total, size, pages) => {
    expect(countPages(total, size)).toBe(pages);
  });

  it('gives each page its items, the last one partial, the empty list its one empty page', () => {
    const items = [1, 2, 3, 4, 5];
    expect([1, 2, 3].map((page) => pageItems(items, page, 2))).toEqual([[1, 2], [3, 4], [5]]);
    expect(pageItems([], 1, 2)).toEqual([]);
  });
});
