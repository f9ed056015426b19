/**
 * Interface text: the words lib/format writes around what Intl formats (seasons, thirds of a
 * year, quarters, « à » between two bounds, HT/TTC, byte units, an empty or unknown value).
 */
export const format = {
  to: 'à',
  seasons: ['printemps', 'été', 'automne', 'hiver'] as [string, string, string, string],
  qualifiers: { debut: 'début ', mi: 'mi-', fin: 'fin ' },
  quarter: (q: number) => `${q === 1 ? '1er' : `${q}e`} trimestre`,
  half: (h: number) => `${h === 1 ? '1er' : `${h}e`} semestre`,
  none: 'non renseigné',
  unknown: 'inconnu',
  ht: 'HT',
  ttc: 'TTC',
  total: 'soit',
  atLeast: 'soit au moins',
  uncertain: 'montant incertain',
  bytes: ['o', 'ko', 'Mo'] as [string, string, string],
};
