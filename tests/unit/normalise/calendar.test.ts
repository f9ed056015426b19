import { describe, expect, it } from 'vitest';
import { isCalendarDay, isIsoDate, looksLikeCalendarDate } from '../../../src/lib/normalise/calendar';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2025-02-28', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2025-02-30', false],
    ['2021-04-31', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['2021-1-05', false], // not ISO
    ['05/01/2021', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('rejects non-integers', () => {
    expect(isCalendarDay(2021, 1.5, 1)).toBe(false);
  });
});

describe('looksLikeCalendarDate', () => {
  it.each([
    ['30/02/2021', true],
    ['31.04.21', true],
    ['2021-02-30', true],
    ['2020-22', false], // a span of years, as some plans write it
    ['13/2021', true],
    ['31 avril 2021', true],
    ['31  Février 2021', true],
    ['2021', false],
    ['été 2019', false],
    ['sept-19', false],
    ['T1 2021', false],
    ['En continu', false],
    ['2020-2022', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeCalendarDate(text)).toBe(expected);
  });
});
