/**
 * Interface text: charts (French, the source catalogue: nl/ and en/ must have the same keys).
 *
 * Arguments: `actions`/`action` are the words for a plan's actions as the sentence needs them
 * (the plan's own words in its language, else `actionWords`); `level` and `node` are the plan's
 * names as published; counts come twice, as a number (to choose singular or plural) and as the
 * text already formatted in the page's locale (`shown…`).
 */
export const charts = {
  legend: 'Légende',
  tableSummary: 'Données du graphique',
  downloadCsv: 'Télécharger les données (CSV)',
  /** What a table cell shows for a missing value. */
  missing: 'non renseigné',
  /** Words for a plan's actions in sentences of a language the plan is not written in. */
  actionWords: { singular: 'action', plural: 'actions' },
  columns: { id: 'Identifiant', title: 'Intitulé', status: 'État', share: 'Part' },
  titles: {
    planStatus: (actions: string) => `${actions} par état d'avancement`,
    planProgress: (level: string, actions: string) => `Avancement par ${level} : ${actions} par état`,
    planBudget: (level: string) => `Budget chiffré par ${level}`,
    nodeStatus: (actions: string, node: string) => `${actions} de « ${node} » par état d'avancement`,
    nodeProgress: (level: string, node: string) => `Avancement par ${level} de « ${node} »`,
    /** Stands for a child level the plan does not name. */
    subLevel: 'sous-niveau',
    schedule: (actions: string) => `Calendrier des ${actions}`,
    scheduleGroup: (node: string) => `Calendrier : ${node}`,
  },
  status: {
    /** How a state reads after « est » / « sont » about actions (feminine in French). */
    one: {
      a_venir: 'à venir',
      en_cours: 'en cours',
      realise: 'réalisée',
      en_pause: 'en pause',
      abandonne: 'abandonnée',
      bloque: 'bloquée',
      en_retard: 'en retard',
      a_discuter: 'à discuter',
      non_renseigne: 'sans état renseigné',
    },
    many: {
      a_venir: 'à venir',
      en_cours: 'en cours',
      realise: 'réalisées',
      en_pause: 'en pause',
      abandonne: 'abandonnées',
      bloque: 'bloquées',
      en_retard: 'en retard',
      a_discuter: 'à discuter',
      non_renseigne: 'sans état renseigné',
    },
    /** « 12 des 27 actions sont en cours » (`phrase` from `one` or `many` as `count` says); « La seule action est en cours ». */
    count: (count: number, shownCount: string, total: number, shownTotal: string, action: string, actions: string, phrase: string) =>
      total === 1
        ? `La seule ${action} est ${phrase}`
        : count === 1
          ? `1 des ${shownTotal} ${actions} est ${phrase}`
          : `${shownCount} des ${shownTotal} ${actions} sont ${phrase}`,
    /** The second state, after the first: « ; 5 sont réalisées ». */
    then: (count: number, shownCount: string, phrase: string) => ` ; ${shownCount} ${count === 1 ? 'est' : 'sont'} ${phrase}`,
    unknown: (total: number, shownTotal: string, action: string, actions: string) =>
      total === 1
        ? `L'état d'avancement de la seule ${action} n'est pas renseigné.`
        : `Aucune des ${shownTotal} ${actions} n'a d'état d'avancement renseigné.`,
    valueLabel: (count: number, shownCount: string, action: string, actions: string) => `${shownCount} ${count === 1 ? action : actions}`,
  },
  progress: {
    noneEngaged: (action: string) => `Aucune ${action} n'est encore en cours ou réalisée.`,
    best: (node: string, engaged: number, shownEngaged: string, total: number, shownTotal: string, action: string, actions: string) =>
      total === 1
        ? `« ${node} » est le plus avancé : sa seule ${action} est en cours ou réalisée.`
        : `« ${node} » est le plus avancé : ${shownEngaged} de ses ${shownTotal} ${actions} ${engaged === 1 ? 'est en cours ou réalisée' : 'sont en cours ou réalisées'}.`,
  },
  budget: {
    atLeast: (amount: string) => `au moins ${amount}`,
    range: (low: string, high: string) => `${low} à ${high}`,
    tax: { HT: 'HT', TTC: 'TTC', unknown: 'HT/TTC ?' },
    noAmount: 'aucun montant',
    message: (node: string, amount: string) => `« ${node} » porte le plus gros montant chiffré : ${amount}.`,
    allFigured: (actions: string) => `Toutes les ${actions} ont un montant chiffré.`,
    someFigured: (shownWithout: string, shownTotal: string, actions: string) =>
      `${shownWithout} des ${shownTotal} ${actions} n'ont pas de montant chiffré ; elles ne comptent pas ici.`,
    rangesNote: 'Les fourchettes (« 17 à 27 M€ ») sont additionnées à part : la partie hachurée va de leur bas à leur haut.',
    floorsNote: 'Un montant dont une partie est inconnue compte comme un minimum (« au moins »).',
    mixedTaxNote: 'Montants HT, TTC et sans précision (« HT/TTC ? ») sont des séries séparées, jamais additionnées.',
    twoLevelsNote: (action: string) => `Une ${action} rattachée à deux niveaux compte dans chacun.`,
    noneInSource: (shownTotal: string, actions: string) => `Aucune des ${shownTotal} ${actions} n'a de montant chiffré dans la source.`,
    legendLow: 'Montants simples et bas des fourchettes',
    legendHigh: "Jusqu'au haut des fourchettes",
    columns: {
      tax: 'HT / TTC',
      fixed: 'Montants simples',
      rangeLow: 'Fourchettes, bas',
      rangeHigh: 'Fourchettes, haut',
      totalLow: 'Total, bas',
      totalHigh: 'Total, haut',
      figured: (actions: string) => `${actions} chiffrées`,
      without: (actions: string) => `${actions} du niveau sans montant`,
    },
  },
  schedule: {
    countAll: (count: number, shownCount: string, action: string, actions: string) =>
      count === 1 ? `La seule ${action} a des dates` : `Les ${shownCount} ${actions} ont des dates`,
    countSome: (count: number, shownCount: string, shownTotal: string, actions: string) =>
      `${shownCount} des ${shownTotal} ${actions} ${count === 1 ? 'a' : 'ont'} des dates`,
    spanOne: (count: string, year: string) => `${count}, qui s'étendent en ${year}.`,
    spanMany: (count: string, first: string, last: string) => `${count}, qui s'étendent de ${first} à ${last}.`,
    fuzzyNote: (action: string) =>
      `Une date donnée à l’année, à la saison ou au mois est hachurée sur toute la période qu’elle couvre ; la partie pleine est celle où l’${action} est certainement en cours.`,
    openNote: (open: number, shownOpen: string, action: string, actions: string) =>
      `${shownOpen} ${open === 1 ? action : actions} sans date de fin : barre ouverte jusqu’au bord droit.`,
    closedNote: (closed: number, shownClosed: string, action: string, actions: string) =>
      closed === 1
        ? `${shownClosed} ${action} close (réalisée ou abandonnée) sans date de fin : seul son début est dessiné.`
        : `${shownClosed} ${actions} closes (réalisées ou abandonnées) sans date de fin : seul leur début est dessiné.`,
    undatedNote: (undated: number, shownUndated: string, action: string, actions: string) =>
      undated === 1
        ? `${shownUndated} ${action} n’a ni début ni fin datés et ne figure pas ici.`
        : `${shownUndated} ${actions} n’ont ni début ni fin datés et ne figurent pas ici.`,
    closed: { realise: 'réalisée', abandonne: 'abandonnée' },
    noEnd: 'fin non datée',
    closedNoEnd: (closed: string) => `${closed}, fin non datée`,
    noStart: 'début non daté',
    legendSolid: 'Période certaine',
    legendFuzzy: 'Date imprécise (année, saison, mois) : toute la période possible',
    legendOpen: 'Date de fin (ou de début) non renseignée',
    columns: {
      start: 'Début (tel que publié)',
      startFrom: 'Début, au plus tôt',
      startTo: 'Début, au plus tard',
      end: 'Fin (telle que publiée)',
      endFrom: 'Fin, au plus tôt',
      endTo: 'Fin, au plus tard',
    },
  },
  trajectory: {
    title: (indicator: string) => `${indicator} : objectif et résultat par année`,
    titleWithUnit: (indicator: string, unit: string) => `${indicator} : objectif et résultat par année (${unit})`,
    verdict: {
      atteint: 'Objectif atteint',
      en_bonne_voie: 'En bonne voie',
      en_retard: 'En retard sur la trajectoire',
      non_atteint: 'Objectif non atteint',
    },
    valueInYear: (value: string, year: string) => `${value} en ${year}`,
    /** « Objectif atteint : 12 km en 2024, pour un objectif de 20 km en 2026. » */
    againstTarget: (verdict: string, value: string, target: string, year: string) => `${verdict} : ${value}, pour un objectif de ${target} en ${year}.`,
    againstExpected: (verdict: string, value: string, expected: string) => `${verdict} : ${value}, pour ${expected} attendus cette année-là.`,
    noResult: (year: string, target: string) => `Aucun résultat publié ; l'objectif pour ${year} est ${target}.`,
    nothing: 'Aucun résultat ni objectif publié.',
    /** `reason`: why, in French only (from lib/indicators); other languages leave it out. */
    lastResult: (value: string, year: string, reason: string) =>
      `Dernier résultat : ${value} en ${year} ; position par rapport à l'objectif non évaluable (${reason}).`,
    gapsNote: "Les années sans valeur n'ont pas de point ; une ligne relie les valeurs connues.",
    textNote: 'Les valeurs écrites en toutes lettres figurent seulement dans le tableau.',
    legendTarget: 'Objectif',
    legendResult: 'Résultat',
    legendGap: 'Écart',
    columns: {
      year: 'Année',
      target: 'Objectif',
      result: 'Résultat',
      gap: 'Écart résultat − objectif',
      withUnit: (label: string, unit: string) => `${label} (${unit})`,
    },
  },
  indicatorLink: (indicator: string) => `Fiche de l'indicateur « ${indicator} »`,
  overview: {
    progress: 'Avancement',
    scheduleLink: (actions: string) => `Calendrier des ${actions}`,
    indicatorsLink: (count: number, shownCount: string) => (count === 1 ? "L'indicateur du plan" : `Les ${shownCount} indicateurs du plan`),
    budget: 'Budget',
    recentChanges: 'Ce qui a changé récemment',
    becomes: 'devient',
    statusLabel: 'État :',
    objectives: 'Objectifs du territoire',
    textObjectives: 'Objectifs sans valeur chiffrée',
  },
};
