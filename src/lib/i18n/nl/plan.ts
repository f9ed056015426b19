import type { plan as source } from '../fr/plan';

export const plan: typeof source = {
  label: (name) => `${name}:`,
  facts: {
    heading: 'In het kort',
    territory: 'Grondgebied',
    period: 'Periode',
    adopted: 'Goedgekeurd op',
    indicators: 'Indicatoren',
    document: 'Brondocument',
    licence: 'Licentie van de gegevens',
  },
  seeList: (total, count, action, actions) => (total === 1 ? `Bekijk de lijst (1 ${action})` : `Bekijk de lijst van de ${count} ${actions}`),
  download: {
    link: 'Download de gegevens van het plan',
    what: (actions) => `: de tabellen (${actions}, indicatoren, partners…) in CSV, JSON en als rekenblad, met de `,
    fields: 'betekenis van de kolommen',
    end: '.',
  },
  changes: 'Wat er in het plan veranderd is',
  tree: 'Structuur van het plan',
  node: {
    description: (level, plan, count, actions) => `${level} van het plan ‘${plan}’: ${count} ${actions}.`,
    children: 'Onderliggende niveaus',
    source: 'Bron:',
  },
  count: (count, actions) => `(${count} ${actions})`,
  list: {
    page: (page, count) => ` — pagina ${page} van ${count}`,
    description: (actions, plan) => `Alle ${actions} van het plan ‘${plan}’.`,
    intro: (count, actions) => `${count} ${actions} in de volgorde van het plan`,
    range: (first, last) => `, nr. ${first} tot ${last} hieronder`,
    end: '.',
  },
  schedule: {
    crumb: 'Tijdlijn',
    title: (plan) => `Tijdlijn — ${plan}`,
    description: (actions, plan) => `Tijdlijn van de ${actions} van het plan ‘${plan}’: begin en einde, zo precies als het plan ze opgeeft.`,
    heading: (actions) => `Tijdlijn van de ${actions}`,
    none: (total, count, action, actions) =>
      total === 1 ? `De enige ${action} heeft in de bron geen begin- of einddatum.` : `Geen van de ${count} ${actions} heeft in de bron een begin- of einddatum.`,
    dated: (dated, count, actions) => `${dated} van de ${count} ${actions} hebben een begin- of einddatum.`,
    precision: (year, season) =>
      `Elke datum wordt getekend zo precies als het plan hem opgeeft: ‘${year}’ beslaat het hele jaar, ‘${season}’ het hele seizoen.`,
    groupCount: (count, actions) => `${count} gedateerde ${actions}`,
  },
};
