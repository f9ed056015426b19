/**
 * Interface text: a plan's own pages (home, hierarchy nodes, the list of actions, the schedule).
 * French is the source catalogue: nl/ and en/ must have the same keys. Arguments named `actions`
 * are what the plan calls its actions, already lower-cased (« actions », « mesures »).
 */
export const plan = {
  /** A field label followed by its value: French puts a space before the colon. */
  label: (name: string) => `${name} :`,
  facts: {
    heading: 'En bref',
    territory: 'Territoire',
    period: 'Période',
    adopted: 'Adopté le',
    indicators: 'Indicateurs',
    document: 'Document source',
    licence: 'Licence des données',
  },
  seeList: (total: number, count: string, action: string, actions: string) => (total === 1 ? `Voir la liste (1 ${action})` : `Voir la liste des ${count} ${actions}`),
  download: {
    link: 'Télécharger les données du plan',
    what: (actions: string) => ` : ses tableaux (${actions}, indicateurs, partenaires…) en CSV, JSON et classeur, avec la `,
    fields: 'signification des colonnes',
    end: '.',
  },
  changes: 'Ce qui a changé dans le plan',
  tree: 'Arborescence du plan',
  node: {
    description: (level: string, plan: string, count: string, actions: string) => `${level} du plan « ${plan} » : ${count} ${actions}.`,
    children: 'Sous-niveaux',
    source: 'Source :',
  },
  /** After a node in the tree: how many actions it holds. */
  count: (count: string, actions: string) => `(${count} ${actions})`,
  list: {
    page: (page: string, count: string) => ` — page ${page} sur ${count}`,
    description: (actions: string, plan: string) => `Toutes les ${actions} du plan « ${plan} ».`,
    intro: (count: string, actions: string) => `${count} ${actions} dans l'ordre du plan`,
    range: (first: string, last: string) => `, n° ${first} à ${last} ci-dessous`,
    end: '.',
  },
  schedule: {
    crumb: 'Calendrier',
    title: (plan: string) => `Calendrier — ${plan}`,
    description: (actions: string, plan: string) => `Calendrier des ${actions} du plan « ${plan} » : début et fin, à la précision donnée par le plan.`,
    heading: (actions: string) => `Calendrier des ${actions}`,
    none: (total: number, count: string, action: string, actions: string) =>
      total === 1 ? `La seule ${action} n'a pas de date de début ou de fin dans la source.` : `Aucune des ${count} ${actions} n'a de date de début ou de fin dans la source.`,
    dated: (dated: string, count: string, actions: string) => `${dated} des ${count} ${actions} ont une date de début ou de fin.`,
    precision: (year: string, season: string) =>
      `Une date est dessinée à la précision que le plan lui donne : « ${year} » couvre toute l'année, « ${season} » toute la saison.`,
    groupCount: (count: string, actions: string) => `${count} ${actions} datées`,
  },
};
