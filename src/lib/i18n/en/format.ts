import type { format as source } from '../fr/format';

export const format: typeof source = {
  to: 'to',
  seasons: ['spring', 'summer', 'autumn', 'winter'],
  qualifiers: { debut: 'early ', mi: 'mid-', fin: 'late ' },
  quarter: (q: number) => `Q${q}`,
  half: (h: number) => `H${h}`,
  none: 'not given',
  unknown: 'unknown',
  ht: 'excl. VAT',
  ttc: 'incl. VAT',
  total: 'i.e.',
  atLeast: 'i.e. at least',
  uncertain: 'uncertain amount',
  bytes: ['B', 'kB', 'MB'],
};
