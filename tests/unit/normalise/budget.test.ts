import { describe, expect, it } from 'vitest';
import { normaliseBudget, type Budget } from '../../../src/lib/normalise/budget';

type Expected = Omit<Budget, 'raw'>;
const amount = (value: number, extra: Partial<Budget> = {}): Expected => ({ kind: 'amount', min: value, max: value, ...extra });

describe('normaliseBudget: every budget cell of seed 002 (Dijon)', () => {
  it.each<[string, Expected]>([
    ['', { kind: 'none' }],
    ['--', { kind: 'none' }],
    ['?', { kind: 'unknown' }],
    ['24 000 €', amount(24_000)],
    ['30 000 €', amount(30_000)],
    ['140 000 €', amount(140_000)],
    ['225 000 €', amount(225_000)],
    ['250 000 €', amount(250_000)],
    ['300 000 €', amount(300_000)],
    ['346 000 €', amount(346_000)],
    ['1 000 000 €', amount(1_000_000)],
    ['5 760 000 €', amount(5_760_000)],
    ['18 000 000 €', amount(18_000_000)],
    ['700 000,00 €', amount(700_000)],
    ['800 000,00 €', amount(800_000)],
    ['7,055M€', amount(7_055_000)],
    ['35,9M€', amount(35_900_000)],
    ['50 000€?', amount(50_000, { uncertain: true })],
    ['17 à 27 M€', { kind: 'range', min: 17_000_000, max: 27_000_000 }],
    [
      '5 000 000€ (usine) + 15 000 000€ (réseau)',
      {
        kind: 'sum',
        parts: [
          { amount: 5_000_000, label: 'usine' },
          { amount: 15_000_000, label: 'réseau' },
        ],
        min: 20_000_000,
        max: 20_000_000,
      },
    ],
    [
      'budget global convention 154,2 millions € HT 174,1 millions € TTC',
      amount(154_200_000, {
        tax: 'HT',
        alternatives: [
          { amount: 154_200_000, tax: 'HT' },
          { amount: 174_100_000, tax: 'TTC' },
        ],
        note: 'budget global convention',
      }),
    ],
    [
      // A "?" part: the known parts add up to a floor, not a total.
      'TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€',
      {
        kind: 'sum',
        parts: [
          { amount: 45_000_000, label: 'TI' },
          { amount: 2_000_000, label: 'PAT' },
        ],
        min: 47_000_000,
        uncertain: true,
        note: 'montant inconnu : agriculture urbaine',
      },
    ],
    ["Intégré dans l'action du service énergie", { kind: 'text' }],
    ['En cours de calcul', { kind: 'text' }],
    // A year in words is not 2 019 €.
    ['Marché attribué fin 2019', { kind: 'text' }],
  ])('%j', (raw, expected) => {
    expect(normaliseBudget(raw)).toEqual({ raw, ...expected });
  });
});

describe('normaliseBudget: placeholders', () => {
  it.each<[string | undefined, Budget['kind']]>([
    [undefined, 'none'],
    ['', 'none'],
    ['   ', 'none'],
    // "/" in the seeds means "not applicable": no value, not an unknown one.
    ['/', 'none'],
    ['-', 'none'],
    ['—', 'none'],
    ['?', 'unknown'],
    ['??', 'unknown'],
    ['nc', 'unknown'],
    ['N.C.', 'unknown'],
  ])('%j → %s', (raw, kind) => {
    expect(normaliseBudget(raw)).toEqual({ raw: raw ?? '', kind });
  });
});

describe('normaliseBudget: single amounts', () => {
  it.each<[string, Expected]>([
    ['24000', amount(24_000)],
    ['24 000', amount(24_000)],
    ['1 500 €', amount(1_500)],
    ['1\u00a0500\u00a0€', amount(1_500)],
    ['1\u202f500\u00a0€', amount(1_500)],
    ['18\u202f000\u202f000\u00a0€', amount(18_000_000)],
    ['1.500.000 €', amount(1_500_000)],
    ['1.500 €', amount(1_500)],
    ['12,50 €', amount(12.5)],
    ['1 234,56 €', amount(1_234.56)],
    ['0 €', amount(0)],
    ['- €', amount(0)],
    ['24 000 € HT', amount(24_000, { tax: 'HT' })],
    ['24 000 € TTC', amount(24_000, { tax: 'TTC' })],
    ['24 000 € H.T.', amount(24_000, { tax: 'HT' })],
    ['24 000 HT', amount(24_000, { tax: 'HT' })],
    ['24 000 EUR', amount(24_000)],
    ['-5 000 €', amount(-5_000)],
    ['−5 000 €', amount(-5_000)],
    ['environ 50 000 €', amount(50_000, { uncertain: true, note: 'environ' })],
    ['Phase 1 : 30 000 €', amount(30_000, { note: 'Phase 1' })],
  ])('%j', (raw, expected) => {
    expect(normaliseBudget(raw)).toEqual({ raw, ...expected });
  });
});

describe('normaliseBudget: scale words', () => {
  it.each<[string, number]>([
    ['2 M€', 2_000_000],
    ['2 M €', 2_000_000],
    ['2M€', 2_000_000],
    ['2 millions €', 2_000_000],
    ['2 millions', 2_000_000],
    ["2 millions d'euros", 2_000_000],
    ['2 millions d’euros', 2_000_000],
    ['1 million €', 1_000_000],
    ['1,5 Md€', 1_500_000_000],
    ['1,5 milliard €', 1_500_000_000],
    ['150 k€', 150_000],
    ['150 K€', 150_000],
    ['150 mille euros', 150_000],
    ['150 000 euros', 150_000],
    ['1.5 M€', 1_500_000],
  ])('%j → %d €', (raw, value) => {
    expect(normaliseBudget(raw)).toEqual({ raw, ...amount(value) });
  });
});

describe('normaliseBudget: ranges', () => {
  it.each<[string, number, number, Partial<Budget>?]>([
    ['17 à 27 M€', 17e6, 27e6],
    ['17 a 27 M€', 17e6, 27e6],
    ['entre 10 000 et 20 000 €', 10_000, 20_000],
    ['Entre 10 000 € et 20 000 €', 10_000, 20_000],
    ['de 10 000 à 20 000 €', 10_000, 20_000],
    ['10 000 - 20 000 €', 10_000, 20_000],
    ['10 000-20 000 €', 10_000, 20_000],
    ['10 000 – 20 000 €', 10_000, 20_000],
    // Each end keeps its own unit when it has one.
    ['500 k€ à 1,2 M€', 500_000, 1_200_000],
    ['500 € à 2 M€', 500, 2_000_000],
    ['1 à 2 M€ HT', 1e6, 2e6, { tax: 'HT' }],
    ['1 à 2 M€ ?', 1e6, 2e6, { uncertain: true }],
    // Written backwards: still the same interval.
    ['27 à 17 M€', 17e6, 27e6],
  ])('%j', (raw, min, max, extra = {}) => {
    expect(normaliseBudget(raw)).toEqual({ raw, kind: 'range', min, max, ...extra });
  });
});

describe('normaliseBudget: sums', () => {
  it.each<[string, Expected]>([
    [
      '10 000 € + 5 000 €',
      { kind: 'sum', parts: [{ amount: 10_000 }, { amount: 5_000 }], min: 15_000, max: 15_000 },
    ],
    [
      'études : 10 000 € HT ; travaux : 90 000 € HT',
      {
        kind: 'sum',
        parts: [
          { amount: 10_000, label: 'études' },
          { amount: 90_000, label: 'travaux' },
        ],
        min: 100_000,
        max: 100_000,
        tax: 'HT',
      },
    ],
    [
      '10 000 € + ?',
      { kind: 'sum', parts: [{ amount: 10_000 }], min: 10_000, uncertain: true, note: 'montant inconnu pour une partie' },
    ],
  ])('%j', (raw, expected) => {
    expect(normaliseBudget(raw)).toEqual({ raw, ...expected });
  });

  it.each([
    // The unit of "5" cannot be told: better the plan's words than a guess.
    ['5 + 15 M€'],
    ['24 000 € (études + travaux)'],
  ])('%j stays text', (raw) => {
    expect(normaliseBudget(raw)).toEqual({ raw, kind: 'text' });
  });
});

describe('normaliseBudget: HT and TTC together', () => {
  it('keeps HT as the amount and both figures as alternatives, never their sum', () => {
    expect(normaliseBudget('120 000 € TTC soit 100 000 € HT')).toEqual({
      raw: '120 000 € TTC soit 100 000 € HT',
      kind: 'amount',
      min: 100_000,
      max: 100_000,
      tax: 'HT',
      alternatives: [
        { amount: 120_000, tax: 'TTC' },
        { amount: 100_000, tax: 'HT' },
      ],
      note: 'soit',
    });
  });
});

describe('normaliseBudget: text', () => {
  it.each([
    ['Budget de fonctionnement'],
    ['Intégré dans l’action 3.2.2'],
    ['300 m de piste'],
    ['10 000 € en 2020, 20 000 € en 2021'],
    ['1,000,000 €'],
  ])('%j keeps only the raw text', (raw) => {
    expect(normaliseBudget(raw)).toEqual({ raw, kind: 'text' });
  });
});

describe('normaliseBudget: doubt inside a sum', () => {
  it('marks the sum uncertain when one part ends with "?"', () => {
    expect(normaliseBudget('10 000 € (études) + 50 000 €? (travaux)')).toEqual({
      raw: '10 000 € (études) + 50 000 €? (travaux)',
      kind: 'sum',
      parts: [
        { amount: 10_000, label: 'études' },
        { amount: 50_000, label: 'travaux' },
      ],
      min: 60_000,
      max: 60_000,
      uncertain: true,
    });
  });
});
