/**
 * Interface text: indicators (the plan's list, an indicator's page, the tables and the
 * <Indicateur> box of MDX fiches). French is the source catalogue: nl/ and en/ must have the same keys.
 */
export const indicators = {
  heading: 'Indicateurs',
  notGiven: 'non renseigné',
  /** The verdicts of lib/indicators/tracking.ts. */
  tracking: {
    atteint: 'Objectif atteint',
    en_bonne_voie: 'En bonne voie',
    en_retard: 'En retard sur la trajectoire',
    non_atteint: 'Objectif non atteint',
    non_evaluable: 'Non évaluable',
  },
  directions: { hausse: 'À la hausse', baisse: 'À la baisse', cible: 'Atteindre une valeur cible' },
  kinds: { resultat: 'Résultat (effet obtenu)', realisation: 'Réalisation (moyen mis en œuvre)' },
  kindsShort: { resultat: 'Résultat', realisation: 'Réalisation' },
  kicker: { any: 'Indicateur', resultat: 'Indicateur de résultat', realisation: 'Indicateur de réalisation' },
  /** Why a position cannot be read (lib/indicators/tracking.ts `cause`). */
  causes: {
    noResult: 'aucun résultat publié',
    textResult: (year: string) => `le dernier résultat (${year}) est un texte, sans valeur chiffrée à comparer`,
    noTarget: 'aucun objectif publié',
    qualitative: 'les objectifs sont qualitatifs : la comparaison se fait à la lecture',
    noDirection: "le sens d'évolution souhaité n'est pas renseigné et ne se déduit pas des objectifs",
    baselineOnly: (year: string) => `le seul résultat (${year}) est le point de départ de la trajectoire`,
    noCoverage: (year: string) => `aucun objectif ne couvre l'année ${year}`,
  },
  /** The on-track rule in one sentence, by the good direction (`cible`: not known). */
  rules: {
    baisse:
      'Le dernier résultat chiffré est comparé à l’objectif attendu la même année (celui du tableau, ou la ligne droite entre deux objectifs) : il est en bonne voie s’il est inférieur ou égal à cet objectif.',
    hausse:
      'Le dernier résultat chiffré est comparé à l’objectif attendu la même année (celui du tableau, ou la ligne droite entre deux objectifs) : il est en bonne voie s’il est supérieur ou égal à cet objectif.',
    cible:
      'Le dernier résultat chiffré est comparé à l’objectif attendu la même année (celui du tableau, ou la ligne droite entre deux objectifs) : il est en bonne voie s’il atteint cet objectif dans le sens souhaité.',
  },
  list: {
    title: (plan: string) => `Indicateurs — ${plan}`,
    description: (count: string, plan: string) => `Les ${count} indicateurs du plan « ${plan} » : dernier résultat, objectif et position.`,
    heading: 'Indicateurs du plan',
    none: 'Ce plan ne publie aucun indicateur.',
    caption: (count: string) => `${count} indicateurs : dernier résultat, objectif final et position`,
    wholePlan: 'Plan entier',
  },
  columns: {
    indicator: 'Indicateur',
    followedBy: 'Suivi par',
    unit: 'Unité',
    kind: 'Type',
    direction: 'Sens souhaité',
    latest: 'Dernier résultat',
    target: 'Objectif final',
    position: 'Position',
    objective: 'Objectif',
    result: 'Résultat',
  },
  table: {
    caption: 'Indicateurs : objectif et résultat par année',
    of: (indicator: string) => `${indicator} : objectif et résultat par année`,
  },
  page: {
    description: (plan: string) => `Indicateur du plan « ${plan} » : objectifs et résultats par année.`,
    noResult: 'aucun résultat publié',
    gap: (year: string) => `Écart à l'objectif attendu en ${year}`,
    rightWay: 'dans le bon sens',
    wrongWay: 'dans le mauvais sens',
    travelled: (year: string) => `Chemin parcouru depuis ${year}`,
    change: (from: string, to: string) => `Évolution ${from}–${to}`,
    /** After a change per year: « −12,5 kt par an ». */
    perYear: ' par an',
    deduced: (direction: string) => ` (${direction}, d'après les objectifs)`,
    howRead: 'Comment la position est lue.',
    here: (cause: string) => ` Ici : non évaluable, car ${cause}.`,
    trajectory: 'Trajectoire',
    noChart: 'Aucune valeur chiffrée : pas de graphique. Les objectifs tels que publiés :',
    followedBy: 'Suivi par',
    wholePlan: "Le plan entier : c'est un objectif du territoire (",
    wholePlanEnd: ').',
    within: 'Dans :',
    valuesSource: 'Source des valeurs :',
    sourceNote: 'Note de source :',
  },
  /** The <Indicateur> box of an MDX fiche. */
  box: { title: 'Indicateur :', latest: 'Dernier résultat', target: 'Objectif' },
};
