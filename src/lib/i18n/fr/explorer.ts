/**
 * Interface text: the action explorer (its pages, and scripts/explorer.ts in the browser: keep it
 * small), and the page links it shares with the lists of plans. The facet words are in `search`.
 */
export const explorer = {
  title: 'Explorer les actions',
  planTitle: (plural: string) => `Explorer les ${plural}`,
  action: 'action',
  actions: 'actions',
  page: (page: string, pageCount: string) => `page ${page} sur ${pageCount}`,
  description: 'Toutes les actions des plans publiés : filtrer par plan, axe, état, pilote, partenaire, enjeu, dates et budget.',
  planDescription: (plural: string, plan: string) =>
    `Les ${plural} du plan « ${plan} » : filtrer par axe, état, pilote, partenaire, enjeu, dates et budget.`,
  intro: (n: number, shown: string) =>
    n > 1 ? `Les actions des ${shown} plans publiés, à filtrer et à trier.` : 'Les actions du plan publié, à filtrer et à trier.',
  fictionalIntro: 'Les plans fictifs ne sont pas comptés ici ; chacun a son propre explorateur :',
  jsNote: (perPage: string) =>
    `Les filtres et les tris de l'explorateur demandent JavaScript. Sans JavaScript, le tableau ci-dessous liste toutes les actions dans l'ordre du plan, ${perPage} par page.`,
  filters: 'Filtrer',
  startYear: 'Année de début',
  endYear: 'Année de fin',
  from: 'de',
  to: 'à',
  budget: 'Budget',
  budgetAny: 'indifférent',
  budgetKnown: 'chiffré',
  budgetUnknown: 'non chiffré',
  /** In the budget column when the plan gives only operating or investment costs (formatted amounts). */
  budgetOperating: (amount: string) => `fonctionnement ${amount}`,
  budgetInvestment: (amount: string) => `investissement ${amount}`,
  planOrder: 'ordre du plan',
  count: (n: number, shown: string) => `${shown} action${n > 1 ? 's' : ''}`,
  range: (first: string, last: string) => `, n° ${first} à ${last}`,
  ofTotal: (total: string) => ` sur ${total}`,
  none: (ofTotal: string) => `Aucune action ne correspond aux filtres${ofTotal}.`,
  unknown: (values: string) => ` Valeurs inconnues ignorées : ${values}.`,
  unknownValue: (facet: string, value: string) => `${facet} « ${value} »`,
  loadFailed: "Les filtres n'ont pas pu être chargés.",
  captionAll: 'Actions de tous les plans : code, titre, état, pilote, début, fin et budget',
  captionPlan: 'Actions : code, titre, état, pilote, début, fin et budget',
  columns: { code: 'Code', action: 'Action', plan: 'Plan', status: 'État', pilot: 'Pilote', start: 'Début', end: 'Fin', budget: 'Budget' },
  notGiven: 'non renseigné',
  /** Links between the pages of a long list (explorer, lists of plans). */
  pagination: { label: 'Pages', previous: 'Page précédente', next: 'Page suivante', page: 'Page ' },
};
