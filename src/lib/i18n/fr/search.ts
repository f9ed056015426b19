/**
 * Interface text: the search page, and the facet vocabulary it shares with the explorer. Facet
 * values are indexed and written in URLs in one language-free form (lib/search/facets: the
 * site's canonical French words, so that a shared link works in every language); these are the
 * words shown for them. Loaded by the browser (scripts/search.ts, scripts/explorer.ts): keep it small.
 */
export const search = {
  title: 'Recherche',
  description: 'Rechercher dans les actions, les axes et les indicateurs de tous les plans.',
  label: 'Mots à rechercher dans les actions, les axes et les indicateurs',
  placeholder: 'vélo, chauffage, cantine…',
  submit: 'Rechercher',
  jsNote:
    "La recherche en texte intégral fonctionne avec JavaScript, qui n'est pas disponible dans votre navigateur. Sans JavaScript, toutes les actions restent accessibles :",
  allExplorer: "l'explorateur de toutes les actions",
  allExplorerNote: ' (tableau paginé) ;',
  /** Between a plan's name and its links. */
  colon: ' : ',
  planExplorer: 'explorateur',
  or: ' ou ',
  planList: (total: number, shown: string, singular: string, plural: string) => (total === 1 ? `liste (1 ${singular})` : `liste des ${shown} ${plural}`),
  refine: 'Affiner',
  facetsLater: 'Les filtres apparaissent avec les résultats.',
  showFacets: 'Afficher les filtres',
  showFacetsHelp: 'Plan, type de page, axe, état, pilote, partenaire, enjeu climat, indicateurs.',
  reset: 'Effacer les filtres',
  results: 'Résultats',
  sortBy: 'Trier par',
  relevance: 'pertinence',
  order: 'Ordre',
  ascending: 'croissant',
  descending: 'décroissant',
  /** The sorts of both pages (lib/search/url-state SORT_KEYS), lower case: they follow « Trier par ». */
  sorts: { code: 'code', titre: 'titre', statut: "état d'avancement", debut: 'date de début', fin: 'date de fin' },
  prompt: 'Saisissez un ou plusieurs mots, puis lancez la recherche.',
  searching: 'Recherche en cours…',
  loadFailed: "L'index de recherche n'a pas pu être chargé. L'explorateur des actions reste disponible.",
  forQuery: (q: string) => ` pour « ${q} »`,
  withFilters: ' avec les filtres choisis',
  noResult: (what: string) => `Aucun résultat${what}.`,
  count: (n: number, shown: string, what: string) => `${shown} résultat${n > 1 ? 's' : ''}${what}.`,
  more: (n: number, shown: string, left: number, leftShown: string) =>
    `Afficher ${shown} résultat${n > 1 ? 's' : ''} de plus (${leftShown} restant${left > 1 ? 's' : ''})`,
  moreResults: 'Afficher plus de résultats',
  shown: (shown: string, total: string) => `${shown} résultats affichés sur ${total}.`,
  allShown: ' Tous les résultats sont affichés.',
  fictional: 'plan fictif',
  /** How many values of a facet are ticked, after its name. */
  ticked: (n: number, shown: string) => ` (${shown} coché${n > 1 ? 's' : ''})`,
  facets: {
    plan: 'Plan',
    type: 'Type de page',
    axis: 'Axe',
    status: "État d'avancement",
    pilot: 'Pilote',
    partner: 'Partenaire',
    issue: 'Enjeu climat',
    indicators: 'Indicateurs',
  },
  pageTypes: { action: 'Action', node: 'Partie du plan (axe, objectif…)', indicator: 'Indicateur' },
  indicators: { yes: 'Avec indicateurs', no: 'Sans indicateur' },
  issues: { attenuation: 'Atténuation', adaptation: 'Adaptation' },
  notGiven: 'Non renseigné',
  /** After a canonical state worked out from the sub-actions' states. */
  derivedStatus: "d'après ses sous-actions",
};
