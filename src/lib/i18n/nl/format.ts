import type { format as source } from '../fr/format';

export const format: typeof source = {
  to: 'tot',
  seasons: ['lente', 'zomer', 'herfst', 'winter'],
  qualifiers: { debut: 'begin ', mi: 'midden ', fin: 'eind ' },
  quarter: (q: number) => `${q}e kwartaal`,
  half: (h: number) => `${h}e semester`,
  none: 'niet ingevuld',
  unknown: 'onbekend',
  ht: 'excl. btw',
  ttc: 'incl. btw',
  total: 'd.w.z.',
  atLeast: 'd.w.z. minstens',
  uncertain: 'onzeker bedrag',
  bytes: ['B', 'kB', 'MB'],
};
