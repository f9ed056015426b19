import { describe, expect, it } from 'vitest';
import {
  formatBudget,
  formatBytes,
  formatTax,
  formatCode,
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatMoneyRange,
  formatMonth,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatYear,
} from '../../../src/lib/format';
import { normaliseBudget } from '../../../src/lib/normalise/budget';
import { normaliseDate, type PartialDate } from '../../../src/lib/normalise/date';

// Intl writes U+202F between thousands and U+00A0 before € and %; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatNumber', () => {
  it.each<[number, { maximumFractionDigits?: number; minimumFractionDigits?: number } | undefined, string]>([
    [1_000_000, undefined, '1 000 000'],
    [1000, undefined, '1 000'],
    [12.5, undefined, '12,5'],
    [12.345, undefined, '12,35'],
    [12.345, { maximumFractionDigits: 0 }, '12'],
    [12, { minimumFractionDigits: 1 }, '12,0'],
    [-5000, undefined, '-5 000'],
    [0, undefined, '0'],
    [Number.NaN, undefined, ''],
    [Number.POSITIVE_INFINITY, undefined, ''],
  ])('%d %j → %j', (n, options, expected) => {
    expect(plain(formatNumber(n, options))).toBe(expected);
  });

  it('keeps the narrow no-break space as the group separator', () => {
    expect(formatNumber(1_000_000)).toBe('1\u202f000\u202f000');
  });

  it.each<[string, string]>([
    ['en-GB', '1,000,000.5'],
    ['nl-BE', '1.000.000,5'],
  ])('follows the %s locale', (locale, expected) => {
    expect(formatNumber(1_000_000.5, {}, locale)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each<[number, string]>([
    [1_000_000, '1 000 000 €'],
    [24_000, '24 000 €'],
    [154_200_000, '154 200 000 €'],
    [12.5, '12,50 €'],
    [1_234.56, '1 234,56 €'],
    [0, '0 €'],
    [-5000, '-5 000 €'],
    // A float residue is not a cent.
    [7.055 * 1e6, '7 055 000 €'],
    [Number.NaN, ''],
  ])('%d → %j', (n, expected) => {
    expect(plain(formatMoney(n))).toBe(expected);
  });

  it('puts a no-break space before €', () => {
    expect(formatMoney(24_000)).toBe('24\u202f000\u00a0€');
  });

  it.each<[string, string]>([
    ['en-GB', '€24,000'],
    ['nl-BE', '€ 24.000'],
  ])('follows the %s locale', (locale, expected) => {
    expect(plain(formatMoney(24_000, locale))).toBe(expected);
  });
});

describe('formatMoneyRange', () => {
  it.each<[number, number, string | undefined, string]>([
    [17e6, 27e6, undefined, '17 000 000 € à 27 000 000 €'],
    [10_000, 20_000, undefined, '10 000 € à 20 000 €'],
    [5000, 5000, undefined, '5 000 €'],
    [17e6, 27e6, 'en-GB', '€17,000,000 to €27,000,000'],
    [17e6, 27e6, 'nl-BE', '€ 17.000.000 tot € 27.000.000'],
  ])('%d, %d (%s) → %j', (min, max, locale, expected) => {
    expect(plain(formatMoneyRange(min, max, locale))).toBe(expected);
  });
});

describe('formatMoneyCompact', () => {
  it.each<[number, string | undefined, string]>([
    [17e6, undefined, '17 M€'],
    [27e6, undefined, '27 M€'],
    [1.5e6, undefined, '1,5 M€'],
    [35.9e6, undefined, '35,9 M€'],
    [7_055_000, undefined, '7,1 M€'],
    [154.2e6, undefined, '154,2 M€'],
    [250_000, undefined, '250 k€'],
    [1.5e9, undefined, '1,5 Md€'],
    [950, undefined, '950 €'],
    [-5000, undefined, '-5 k€'],
    [17e6, 'en-GB', '€17m'],
    [Number.NaN, undefined, ''],
  ])('%d (%s) → %j', (n, locale, expected) => {
    expect(plain(formatMoneyCompact(n, locale))).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number, number | undefined, string]>([
    [0.125, undefined, '12,5 %'],
    [0.3, undefined, '30 %'],
    [1, undefined, '100 %'],
    [0.12345, 2, '12,35 %'],
    [-0.05, undefined, '-5 %'],
    [Number.NaN, undefined, ''],
  ])('%d (%s decimals) → %j', (ratio, digits, expected) => {
    expect(plain(formatPercent(ratio, digits === undefined ? {} : { maximumFractionDigits: digits }))).toBe(expected);
  });

  it('puts a no-break space before %', () => {
    expect(formatPercent(0.125)).toBe('12,5\u00a0%');
  });
});

describe('formatDate', () => {
  it.each<[string, string | undefined, string]>([
    ['2026-01-01', undefined, '1er janvier 2026'],
    ['2024-03-15', undefined, '15 mars 2024'],
    ['2019-11-01', undefined, '1er novembre 2019'],
    ['2020-02-29', undefined, '29 février 2020'],
    ['2024-12-31', undefined, '31 décembre 2024'],
    ['2024-03-15T23:30:00Z', undefined, '15 mars 2024'],
    ['2026-01-01', 'en-GB', '1 January 2026'],
    ['2026-01-01', 'nl-BE', '1 januari 2026'],
    // Not a day: shown as written rather than as another day.
    ['2020-02-31', undefined, '2020-02-31'],
    ['bientôt', undefined, 'bientôt'],
  ])('%j (%s) → %j', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });
});

describe('formatMonth', () => {
  it.each<[string, string | undefined, string]>([
    ['2019-09-01', undefined, 'septembre 2019'],
    ['2019-09', undefined, 'septembre 2019'],
    ['2030-12-31', undefined, 'décembre 2030'],
    ['2019-09-01', 'en-GB', 'September 2019'],
    ['n/a', undefined, 'n/a'],
  ])('%j (%s) → %j', (iso, locale, expected) => {
    expect(formatMonth(iso, locale)).toBe(expected);
  });
});

describe('formatPartialDate: each precision written back as the plan gave it', () => {
  it.each<[string, string]>([
    ['2021', '2021'],
    ['2020-2022', '2020–2022'],
    ['sept-19', 'septembre 2019'],
    ['déc-30', 'décembre 2030'],
    ['été 2019', 'été 2019'],
    ['printemps 2020', 'printemps 2020'],
    ['automne 2021', 'automne 2021'],
    ['hiver 2019', 'hiver 2019'],
    ['Début 2020', 'début 2020'],
    ['mi-2020', 'mi-2020'],
    ['fin 2019', 'fin 2019'],
    ['fin septembre 2019', 'fin septembre 2019'],
    ['T1 2021', '1er trimestre 2021'],
    ['T2 2021', '2e trimestre 2021'],
    ['S1 2022', '1er semestre 2022'],
    ['2nd semestre 2022', '2e semestre 2022'],
    ['01/01/2018', '1er janvier 2018'],
    ['01/11/2019', '1er novembre 2019'],
    ['En continu', 'En continu'],
    ['Action en cours', 'Action en cours'],
    // An empty cell and a "?" or "/" say different things.
    ['', 'non renseigné'],
    ['/', 'inconnu'],
    ['?', 'inconnu'],
  ])('%j → %j', (raw, expected) => {
    expect(formatPartialDate(normaliseDate(raw))).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['été 2019', 'en-GB', 'summer 2019'],
    ['T2 2021', 'en-GB', 'Q2 2021'],
    ['Début 2020', 'en-GB', 'early 2020'],
    ['sept-19', 'en-GB', 'September 2019'],
    ['?', 'en-GB', 'unknown'],
    ['été 2019', 'nl-BE', 'zomer 2019'],
    ['T2 2021', 'nl-BE', '2e kwartaal 2021'],
    ['fin septembre 2019', 'nl-BE', 'eind september 2019'],
    ['fin septembre 2019', 'en-GB', 'late September 2019'],
    ['1er semestre 2022', 'nl-BE', '1e semester 2022'],
    ['1er semestre 2022', 'en-GB', 'H1 2022'],
    ['01/01/2018', 'nl-BE', '1 januari 2018'],
    ['2020-2022', 'en-GB', '2020–2022'],
    ['', 'nl-BE', 'niet ingevuld'],
    ['', 'en-GB', 'not given'],
  ])('%j in %s → %j', (raw, locale, expected) => {
    expect(formatPartialDate(normaliseDate(raw), locale)).toBe(expected);
  });

  it('falls back to the raw text when a date has no bounds', () => {
    const broken: PartialDate = { raw: 'vers 2020', kind: 'date' };
    expect(formatPartialDate(broken)).toBe('vers 2020');
  });
});

describe('formatBudget', () => {
  it.each<[string, string]>([
    ['24 000 €', '24 000 €'],
    ['24 000 € HT', '24 000 € HT'],
    ['50 000€?', '50 000 € (montant incertain)'],
    ['17 à 27 M€', '17 000 000 € à 27 000 000 €'],
    ['5 000 000€ (usine) + 15 000 000€ (réseau)', '5 000 000 € (usine) + 15 000 000 € (réseau), soit 20 000 000 €'],
    ['TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€', '45 000 000 € (TI) + 2 000 000 € (PAT) + ?, soit au moins 47 000 000 €'],
    ['budget global convention 154,2 millions € HT 174,1 millions € TTC', '154 200 000 € HT (174 100 000 € TTC)'],
    ["Intégré dans l'action du service énergie", "Intégré dans l'action du service énergie"],
    ['', 'non renseigné'],
    ['?', 'inconnu'],
  ])('%j → %j', (raw, expected) => {
    expect(plain(formatBudget(normaliseBudget(raw)))).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['17 à 27 M€', 'en-GB', '€17,000,000 to €27,000,000'],
    ['17 à 27 M€', 'nl-BE', '€ 17.000.000 tot € 27.000.000'],
    ['24 000 € HT', 'en-GB', '€24,000 excl. VAT'],
    ['24 000 € HT', 'nl-BE', '€ 24.000 excl. btw'],
    ['50 000€?', 'en-GB', '€50,000 (uncertain amount)'],
    ['TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€', 'nl-BE', '€ 45.000.000 (TI) + € 2.000.000 (PAT) + ?, d.w.z. minstens € 47.000.000'],
    ['', 'nl-BE', 'niet ingevuld'],
    ['?', 'en-GB', 'unknown'],
  ])('%j in %s → %j', (raw, locale, expected) => {
    expect(plain(formatBudget(normaliseBudget(raw), locale))).toBe(expected);
  });
});

describe('formatTax', () => {
  it.each<['HT' | 'TTC', string, string]>([
    ['HT', 'fr-FR', 'HT'],
    ['TTC', 'en-GB', 'incl. VAT'],
    ['HT', 'nl-BE', 'excl. btw'],
  ])('%s in %s → %s', (tax, locale, expected) => {
    expect(formatTax(tax, locale)).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each<[number, string, string]>([
    [850, 'fr-FR', '850 o'],
    [12_345, 'fr-FR', '12,3 ko'],
    [1_234_567, 'fr-FR', '1,2 Mo'],
    [850, 'en-GB', '850 B'],
    [12_345, 'en-GB', '12.3 kB'],
    [1_234_567, 'nl-BE', '1,2 MB'],
    [12_345, 'nl-BE', '12,3 kB'],
  ])('%d bytes in %s → %j', (bytes, locale, expected) => {
    expect(plain(formatBytes(bytes, locale))).toBe(expected);
  });

  it('defaults to French, for the callers that give no locale', () => {
    expect(plain(formatBytes(12_345))).toBe('12,3 ko');
  });
});

describe('formatYear and formatCode', () => {
  it.each<[number | string, string]>([
    [2026, '2026'],
    [12345, '12345'],
    ['2030', '2030'],
  ])('formatYear(%j) → %j, never grouped', (y, expected) => {
    expect(formatYear(y)).toBe(expected);
  });

  it.each([['3.2.2'], ['21231'], ['242100410'], ['TA1']])('formatCode(%j) is unchanged', (code) => {
    expect(formatCode(code)).toBe(code);
  });
});
