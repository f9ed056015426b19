/**
 * Interface text: bilans, the frozen releases of a plan's data (issue #16) — their list, the page
 * of one release and « depuis le bilan précédent ». The release's own values (titles, status
 * wordings, budgets as written) stay as published.
 */
export const bilans = {
  list: {
    title: 'Bilans',
    /** Page title with the plan's name. */
    pageTitle: (plan: string) => `Bilans — ${plan}`,
    lead: 'Un bilan fige les données du plan à une date : ses chiffres et ses fichiers ne changent plus, même quand le plan évolue.',
    id: (id: string) => `identifiant ${id}`,
    published: (date: string) => `publié le ${date}`,
    /** The plan home's line when the plan has bilans. */
    /** « Dernier bilan : [Bilan 2025], publié le 30 janvier 2026 » (the title is the plan's, between the two). */
    latest: 'Dernier bilan : ',
    latestDate: (date: string) => `, publié le ${date}`,
    all: (count: number, shown: string) => (count > 1 ? `les ${shown} bilans` : 'tous les bilans'),
  },
  release: {
    pageTitle: (release: string, plan: string) => `${release} — ${plan}`,
    lead: (date: string) => `Les chiffres de cette page viennent des fichiers du bilan publié le ${date}, pas des données actuelles du plan.`,
    current: 'Voir le plan tel qu’il est aujourd’hui',
  },
  figures: {
    statusHeading: 'Où en sont les actions',
    statusTitle: 'Actions par état',
    statusMessage: (count: number, shown: string) => (count > 1 ? `${shown} actions dans ce bilan.` : `${shown} action dans ce bilan.`),
    noActions: 'Ce bilan ne contient aucune action.',
    progressHeading: 'Avancement par partie du plan',
    progressTitle: 'Actions par état dans chaque partie du plan',
    progressMessage: 'Une action rattachée à deux parties compte dans chacune.',
    actionsValue: (count: number, shown: string) => (count > 1 ? `${shown} actions` : `${shown} action`),
    budgetHeading: 'Budget',
    budgetLinesTitle: 'Budget prévu et réalisé par année',
    year: 'Année',
    planned: 'Prévu',
    actual: 'Réalisé',
    total: 'Total',
    taxes: (taxes: string) => `Montants ${taxes}.`,
    mixedTaxes: (taxes: string) => `Attention : les lignes mêlent des montants ${taxes} ; les totaux les additionnent tels quels.`,
    declared: (count: number, shown: string, amount: string) =>
      count > 1 ? `Budgets annoncés par ${shown} actions : ${amount} au total.` : `Budget annoncé par ${shown} action : ${amount}.`,
    noBudget: 'Ce bilan ne donne aucun montant.',
    indicatorsHeading: 'Indicateurs',
    indicatorsTitle: 'Dernière valeur observée de chaque indicateur',
    indicator: 'Indicateur',
    value: 'Valeur',
    noIndicators: 'Ce bilan ne donne aucune valeur observée d’indicateur.',
    status: 'État',
    actions: 'Actions',
    share: 'Part',
    part: 'Partie du plan',
  },
  since: {
    heading: 'Depuis le bilan précédent',
    intro: (date: string) => `Ce qui a changé depuis le bilan précédent, publié le ${date} :`,
    previous: 'Voir le bilan précédent',
    first: 'C’est le premier bilan de ce plan : il n’y a pas de bilan précédent auquel le comparer.',
    nothing: 'Rien n’a changé dans les actions, les indicateurs ni les budgets entre les deux bilans.',
    statusChanges: 'Actions qui ont changé d’état',
    added: 'Nouvelles actions',
    withdrawn: 'Actions retirées',
    indicators: 'Indicateurs qui ont bougé',
    budgets: 'Budgets qui ont changé',
    /** Between a name and what happened to it (French puts a space before the colon). */
    colon: ' :',
    becomes: 'devient',
    /** The plan's own wording of the two states, when it says more than the canonical names. */
    planWording: { before: 'dans le plan : « ', between: ' » → « ', after: ' »' },
    /** Around a value as published (marked with its language when it is the plan's words). */
    newValue: 'nouvelle valeur : ',
    removedValue: { before: 'valeur retirée (était ', after: ')' },
    indicatorType: { resultat: 'résultat', objectif: 'objectif' },
    /** « résultat 2024 »: the kind of value and its year. */
    what: (type: string, year: string) => `${type} ${year}`.trim(),
    budgetFields: { budget: 'Budget', budget_operating: 'Budget de fonctionnement', budget_investment: 'Budget d’investissement' },
    lineKinds: { prevu: 'prévu', realise: 'réalisé' },
    /** « Ligne 2024 (investissement, prévu) »: `section` as published. */
    line: (year: string, section: string, kind: string) => `Ligne ${year} (${section}, ${kind})`,
    given: 'renseigné : ',
    cleared: { before: 'effacé (était ', after: ')' },
    lineAdded: 'ajoutée : ',
    lineRemoved: { before: 'retirée (était ', after: ')' },
  },
  files: {
    heading: 'Fichiers du bilan',
    lead: 'Les fichiers publiés avec ce bilan, inchangés, avec leur empreinte SHA-256 (la liste complète est dans SHA256SUMS).',
    table: 'Fichiers et empreintes SHA-256',
    checksum: 'SHA-256',
  },
};
