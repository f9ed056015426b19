import type { plan as source } from '../fr/plan';

export const plan: typeof source = {
  label: (name) => `${name}:`,
  facts: {
    heading: 'At a glance',
    territory: 'Area',
    period: 'Period',
    adopted: 'Adopted on',
    indicators: 'Indicators',
    document: 'Source document',
    licence: 'Data licence',
  },
  seeList: (total, count, action, actions) => (total === 1 ? `See the list (1 ${action})` : `See the list of all ${count} ${actions}`),
  download: {
    link: 'Download the plan’s data',
    what: (actions) => `: its tables (${actions}, indicators, partners…) as CSV, JSON and a spreadsheet, with the `,
    fields: 'meaning of each column',
    end: '.',
  },
  changes: 'What has changed in the plan',
  tree: 'Structure of the plan',
  node: {
    description: (level, plan, count, actions) => `${level} of the plan ‘${plan}’: ${count} ${actions}.`,
    children: 'Sub-levels',
    source: 'Source:',
  },
  count: (count, actions) => `(${count} ${actions})`,
  list: {
    page: (page, count) => ` — page ${page} of ${count}`,
    description: (actions, plan) => `All the ${actions} of the plan ‘${plan}’.`,
    intro: (count, actions) => `${count} ${actions} in the plan’s order`,
    range: (first, last) => `, nos. ${first} to ${last} below`,
    end: '.',
  },
  schedule: {
    crumb: 'Timeline',
    title: (plan) => `Timeline — ${plan}`,
    description: (actions, plan) => `Timeline of the ${actions} of the plan ‘${plan}’: start and end, as precisely as the plan gives them.`,
    heading: (actions) => `Timeline of the ${actions}`,
    none: (total, count, action, actions) =>
      total === 1 ? `The only ${action} has no start or end date in the source.` : `None of the ${count} ${actions} has a start or end date in the source.`,
    dated: (dated, count, actions) => `${dated} of the ${count} ${actions} have a start or end date.`,
    precision: (year, season) =>
      `Each date is drawn as precisely as the plan gives it: ‘${year}’ spans the whole year, ‘${season}’ the whole season.`,
    groupCount: (count, actions) => `${count} dated ${actions}`,
  },
};
