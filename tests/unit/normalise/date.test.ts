import { describe, expect, it } from 'vitest';
import { compareDates, normaliseDate, type PartialDate } from '../../../src/lib/normalise/date';

type Expected = Omit<PartialDate, 'raw'>;
const year = (y: number): Expected => ({ kind: 'date', start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });
const span = (start: string, end: string, precision: PartialDate['precision'], extra: Partial<PartialDate> = {}): Expected => ({
  kind: 'date',
  start,
  end,
  precision,
  ...extra,
});

describe('normaliseDate: every start and end cell of seeds 000, 001 and 002', () => {
  it.each<[string, Expected]>([
    // Seed 002 (Dijon), columns Début and Fin.
    ['', { kind: 'none' }],
    ['--', { kind: 'unknown' }],
    ['/', { kind: 'unknown' }],
    ['?', { kind: 'unknown' }],
    ['2012', year(2012)],
    ['2013', year(2013)],
    ['2017', year(2017)],
    ['2018', year(2018)],
    ['2019', year(2019)],
    ['2020', year(2020)],
    ['2021', year(2021)],
    ['2022', year(2022)],
    ['2023', year(2023)],
    ['2025', year(2025)],
    ['2026', year(2026)],
    ['2030', year(2030)],
    ['2050', year(2050)],
    ['Début 2020', span('2020-01-01', '2020-04-30', 'year', { qualifier: 'debut' })],
    ['mai-19', span('2019-05-01', '2019-05-31', 'month')],
    ['juin-19', span('2019-06-01', '2019-06-30', 'month')],
    ['sept-19', span('2019-09-01', '2019-09-30', 'month')],
    ['mars-20', span('2020-03-01', '2020-03-31', 'month')],
    ['déc-22', span('2022-12-01', '2022-12-31', 'month')],
    ['déc-30', span('2030-12-01', '2030-12-31', 'month')],
    ['été 2019', span('2019-06-21', '2019-09-22', 'season')],
    ['01/01/2018', span('2018-01-01', '2018-01-01', 'day')],
    ['01/11/2019', span('2019-11-01', '2019-11-01', 'day')],
    // One cell for three sub-actions: kept as the plan's words.
    ['TI : Janvier 2018 ; PAT : septembre 2019 ; agriculture urbaine : 2015', { kind: 'text' }],
    ['TI : 2030 ; PAT : 2021 ;', { kind: 'text' }],
    // Seed 001 (Besançon): indicator years and a month in prose.
    ['2015', year(2015)],
    ['2016', year(2016)],
    ['janvier 2016', span('2016-01-01', '2016-01-31', 'month')],
    // Seed 000 (Amiens), "Calendrier prévisionnel".
    ['Action en cours', { kind: 'text' }],
  ])('%j', (raw, expected) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...expected });
  });
});

describe('normaliseDate: placeholders', () => {
  it.each<[string | undefined, PartialDate['kind']]>([
    [undefined, 'none'],
    ['', 'none'],
    ['  ', 'none'],
    // A mark the plan wrote is kept apart from an empty cell: the page shows it.
    ['/', 'unknown'],
    ['-', 'unknown'],
    ['—', 'unknown'],
    ['?', 'unknown'],
    ['??', 'unknown'],
    ['NC', 'unknown'],
  ])('%j → %s', (raw, kind) => {
    expect(normaliseDate(raw)).toEqual({ raw: raw ?? '', kind });
  });
});

describe('normaliseDate: days', () => {
  it.each<[string, string]>([
    ['01/01/2018', '2018-01-01'],
    ['1/2/2020', '2020-02-01'],
    ['04.03.2018', '2018-03-04'],
    ['04-03-2018', '2018-03-04'],
    ['04/03/18', '2018-03-04'],
    ['2018-03-04', '2018-03-04'],
    ['2018-03-04T00:00:00', '2018-03-04'],
    ['2018-03-04 00:00:00', '2018-03-04'],
    ['1er janvier 2018', '2018-01-01'],
    ['15 mars 2024', '2024-03-15'],
    ['29/02/2020', '2020-02-29'],
  ])('%j → %s', (raw, day) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...span(day, day, 'day') });
  });
});

describe('normaliseDate: months (two-digit years are 20xx)', () => {
  it.each<[string, string, string]>([
    ['sept-19', '2019-09-01', '2019-09-30'],
    ['mai-19', '2019-05-01', '2019-05-31'],
    ['déc-30', '2030-12-01', '2030-12-31'],
    ['janv-20', '2020-01-01', '2020-01-31'],
    ['févr-21', '2021-02-01', '2021-02-28'],
    ['févr-24', '2024-02-01', '2024-02-29'],
    ['juil-19', '2019-07-01', '2019-07-31'],
    ['août-19', '2019-08-01', '2019-08-31'],
    ['juin 2020', '2020-06-01', '2020-06-30'],
    ['septembre 2019', '2019-09-01', '2019-09-30'],
    ['Septembre 2019', '2019-09-01', '2019-09-30'],
    ['sept. 2019', '2019-09-01', '2019-09-30'],
    ['oct 2019', '2019-10-01', '2019-10-31'],
    ['09/2019', '2019-09-01', '2019-09-30'],
    ['2019-09', '2019-09-01', '2019-09-30'],
  ])('%j → %s..%s', (raw, start, end) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...span(start, end, 'month') });
  });
});

describe('normaliseDate: seasons', () => {
  it.each<[string, string, string]>([
    ['printemps 2020', '2020-03-20', '2020-06-20'],
    ['été 2019', '2019-06-21', '2019-09-22'],
    ['Été 2019', '2019-06-21', '2019-09-22'],
    ['ete 2019', '2019-06-21', '2019-09-22'],
    ['automne 2021', '2021-09-23', '2021-12-20'],
    // Winter belongs to the year it starts in.
    ['hiver 2019', '2019-12-21', '2020-03-19'],
  ])('%j → %s..%s', (raw, start, end) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...span(start, end, 'season') });
  });
});

describe('normaliseDate: début, mi, fin (thirds)', () => {
  it.each<[string, string, string, 'year' | 'month', 'debut' | 'mi' | 'fin']>([
    ['Début 2020', '2020-01-01', '2020-04-30', 'year', 'debut'],
    ['début 2020', '2020-01-01', '2020-04-30', 'year', 'debut'],
    ['mi-2020', '2020-05-01', '2020-08-31', 'year', 'mi'],
    ['mi 2020', '2020-05-01', '2020-08-31', 'year', 'mi'],
    ['fin 2019', '2019-09-01', '2019-12-31', 'year', 'fin'],
    ['Fin 2019', '2019-09-01', '2019-12-31', 'year', 'fin'],
    ['début septembre 2019', '2019-09-01', '2019-09-10', 'month', 'debut'],
    ['mi-juin 2020', '2020-06-11', '2020-06-20', 'month', 'mi'],
    ['fin février 2024', '2024-02-21', '2024-02-29', 'month', 'fin'],
  ])('%j → %s..%s', (raw, start, end, precision, qualifier) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...span(start, end, precision, { qualifier }) });
  });
});

describe('normaliseDate: quarters and halves', () => {
  it.each<[string, string, string, 'quarter' | 'half']>([
    ['T1 2021', '2021-01-01', '2021-03-31', 'quarter'],
    ['t2 2021', '2021-04-01', '2021-06-30', 'quarter'],
    ['T4-2021', '2021-10-01', '2021-12-31', 'quarter'],
    ['1er trimestre 2021', '2021-01-01', '2021-03-31', 'quarter'],
    ['2e trimestre 2021', '2021-04-01', '2021-06-30', 'quarter'],
    ['3ème trimestre 2021', '2021-07-01', '2021-09-30', 'quarter'],
    ['quatrième trimestre 2021', '2021-10-01', '2021-12-31', 'quarter'],
    ['S1 2022', '2022-01-01', '2022-06-30', 'half'],
    ['S2 2022', '2022-07-01', '2022-12-31', 'half'],
    ['1er semestre 2022', '2022-01-01', '2022-06-30', 'half'],
    ['2nd semestre 2022', '2022-07-01', '2022-12-31', 'half'],
    ['second semestre 2022', '2022-07-01', '2022-12-31', 'half'],
  ])('%j → %s..%s', (raw, start, end, precision) => {
    expect(normaliseDate(raw)).toEqual({ raw, ...span(start, end, precision) });
  });
});

describe('normaliseDate: spans of years', () => {
  it.each([['2020-2022'], ['2020 - 2022'], ['2020 – 2022'], ['2020/2022'], ['2020 à 2022'], ['de 2020 à 2022'], ['entre 2020 et 2022']])(
    '%j → 2020-01-01..2022-12-31',
    (raw) => {
      expect(normaliseDate(raw)).toEqual({ raw, ...span('2020-01-01', '2022-12-31', 'year') });
    },
  );
});

describe('normaliseDate: text', () => {
  it.each([
    ['En continu'],
    ['Action en cours'],
    ['Permanent'],
    // Impossible or backwards values are kept as written rather than shifted.
    ['31/02/2020'],
    ['13/2020'],
    ['2022-2020'],
    ['fin été 2019'],
    ['S3 2022'],
    ['mise en service 2020'],
  ])('%j keeps only the raw text', (raw) => {
    expect(normaliseDate(raw)).toEqual({ raw, kind: 'text' });
  });
});

describe('compareDates', () => {
  it('orders by start, then end, with undated values last', () => {
    const raws = ['?', '2020', 'sept-19', 'En continu', '2019', '2019-2021', ''];
    const sorted = raws.map(normaliseDate).sort(compareDates).map((d) => d.raw);
    expect(sorted).toEqual(['2019', '2019-2021', 'sept-19', '2020', '?', 'En continu', '']);
  });
});
