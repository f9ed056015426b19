/**
 * Interface text: history (French, the source catalogue: nl/ and en/ must have the same keys).
 * Change sentences (« État : En cours → Réalisé ») name fields in the reader's language; the
 * values stay as the plan published them.
 */
/** Fields whose French name is feminine, or plural: the participle after them agrees. */
const FEMININE: readonly FieldKey[] = ['start', 'end', 'summary', 'description', 'targets', 'unit', 'value', 'note', 'source', 'commune', 'related', 'concertation', 'data_source'];
const PLURAL: readonly FieldKey[] = ['targets', 'tags', 'related'];
type FieldKey = keyof (typeof history)['fields'];
let agreement: { feminine: Set<string>; plural: Set<string> } | undefined;

/**
 * « renseigné » agreed with the field name it follows: « Date de fin renseignée », « Thèmes
 * renseignés ». A translation column's name ends with its language (« Unité (anglais) »): the
 * field's own name decides.
 */
function agreed(field: string, participle: string): string {
  agreement ??= { feminine: new Set(FEMININE.map((k) => history.fields[k])), plural: new Set(PLURAL.map((k) => history.fields[k])) };
  const name = field.replace(/ \([^)]*\)$/u, '');
  return `${participle}${agreement.feminine.has(name) ? 'e' : ''}${agreement.plural.has(name) ? 's' : ''}`;
}

export const history = {
  /** Kinds of change a reader can filter on, by the slug of their sub-page (a URL: never translated). */
  kinds: {
    etat: 'État',
    budget: 'Budget',
    dates: 'Dates',
    indicateurs: 'Indicateurs',
    'nouvelles-actions': 'Nouvelles actions',
    'actions-retirees': 'Actions retirées',
  },
  /** Field names, by the column of the source table. */
  /** A translation column's name: the field's, then the language's (« Intitulé (néerlandais) »). */
  translatedField: (field: string, language: string) => `${field} (${language.toLocaleLowerCase('fr-FR')})`,
  fields: {
    status: 'État',
    progress: 'Avancement',
    budget: 'Budget',
    budget_operating: 'Budget de fonctionnement',
    budget_investment: "Budget d'investissement",
    start: 'Date de début',
    end: 'Date de fin',
    title: 'Intitulé',
    summary: 'Description',
    description: 'Description',
    pilot: 'Pilote',
    targets: 'Cibles',
    parent: 'Rattachement',
    code: 'Code',
    label: 'Intitulé',
    unit: 'Unité',
    name: 'Nom',
    role: 'Rôle',
    value: 'Valeur',
    amount: 'Montant',
    note: 'Précision',
    source: 'Source',
    tags: 'Thèmes',
    commune: 'Commune',
    district: 'Quartier',
    site: 'Site',
    related: 'Actions liées',
    order: "Rang d'affichage",
    carbon_gain: 'Gain carbone',
    concertation: 'Concertation, mobilisation',
    data_source: 'Source des données',
    field: 'Nom du champ',
  },
  /** A published text value, quoted. */
  quote: (value: string) => `« ${value} »`,
  fieldFilled: (field: string, value: string) => `${field} ${agreed(field, 'renseigné')} : ${value}`,
  fieldCleared: (field: string, old: string) => `${field} ${agreed(field, 'effacé')} (était ${old})`,
  fieldChanged: (field: string, old: string, value: string) => `${field} : ${old} → ${value}`,
  /** Many texts of one action translated in one commit, told in one line (`language`: « anglais »). */
  translationsChanged: (shown: string, language: string) => `Traduction en ${language.toLocaleLowerCase('fr-FR')} : ${shown} textes ajoutés ou modifiés`,
  actionPublished: 'Action publiée sur ce site',
  actionPublishedWith: (list: string) => `Action publiée sur ce site, avec ${list}`,
  actionRemoved: 'Action retirée du plan publié',
  fiche: {
    added: 'Fiche publiée',
    removed: 'Fiche retirée',
    renamed: 'Fiche renommée',
    changed: 'Fiche modifiée',
    changedLines: (added: number, shownAdded: string, removed: number, shownRemoved: string) =>
      `Fiche modifiée (${shownAdded} ligne${added > 1 ? 's' : ''} ajoutée${added > 1 ? 's' : ''}, ${shownRemoved} retirée${removed > 1 ? 's' : ''})`,
  },
  rowAdded: {
    subactions: (name: string) => `Sous-action ajoutée : ${name}`,
    partners: (name: string) => `Partenaire ajouté : ${name}`,
    indicators: (name: string) => `Indicateur ajouté : ${name}`,
  },
  rowRemoved: {
    subactions: (name: string) => `Sous-action retirée : ${name}`,
    partners: (name: string) => `Partenaire retiré : ${name}`,
    indicators: (name: string) => `Indicateur retiré : ${name}`,
  },
  rowChanged: {
    subactions: (name: string, change: string) => `Sous-action « ${name} » — ${change}`,
    partners: (name: string, change: string) => `Partenaire « ${name} » — ${change}`,
    indicators: (name: string, change: string) => `Indicateur « ${name} » — ${change}`,
  },
  indicatorValue: {
    objectif: 'objectif',
    resultat: 'résultat',
    /** « résultat 2024 » (`year` may be empty). */
    what: (kind: string, year: string) => `${kind} ${year}`.trim(),
    added: (indicator: string, what: string) => `Indicateur ${indicator} : ${what} ajouté`,
    addedWith: (indicator: string, what: string, value: string) => `Indicateur ${indicator} : ${what} ajouté (${value})`,
    removed: (indicator: string, what: string) => `Indicateur ${indicator} : ${what} retiré`,
    changed: (indicator: string, what: string, old: string, value: string) => `Indicateur ${indicator} : ${what} ${old} → ${value}`,
    other: (indicator: string, what: string, change: string) => `Indicateur ${indicator} : ${what} — ${change}`,
    empty: '(vide)',
  },
  budgetLine: {
    /** « Ligne budgétaire 2024 (investissement, prévu) »: `section` as published. */
    name: (year: string, section: string, kind: string) => `Ligne budgétaire ${year} (${section}, ${kind})`,
    realise: 'réalisé',
    prevu: 'prévu',
    added: (line: string, amount: string) => `${line} ajoutée : ${amount}`,
    removed: (line: string) => `${line} retirée`,
    changed: (line: string, old: string, value: string) => `${line} : ${old} → ${value}`,
    other: (line: string, change: string) => `${line} — ${change}`,
  },
  update: {
    name: "Point d'étape",
    nameOn: (date: string) => `Point d'étape du ${date}`,
    status: (status: string) => `état : ${status}`,
    /** `progress` as published, a percentage without its sign. */
    progress: (progress: string) => `avancement : ${progress} %`,
    source: (source: string) => `(source : ${source})`,
    removed: "Point d'étape retiré",
    removedOn: (date: string) => `Point d'étape retiré (${date})`,
  },
  level: {
    added: (name: string) => `Niveau ajouté : ${name}`,
    removed: (name: string) => `Niveau retiré : ${name}`,
    changed: (name: string, change: string) => `Niveau « ${name} » — ${change}`,
  },
  /** What came with a newly published action: « 10 partenaires ». */
  counted: {
    subactions: (count: number, shown: string) => `${shown} sous-action${count > 1 ? 's' : ''}`,
    partners: (count: number, shown: string) => `${shown} partenaire${count > 1 ? 's' : ''}`,
    indicators: (count: number, shown: string) => `${shown} indicateur${count > 1 ? 's' : ''}`,
    indicator_values: (count: number, shown: string) => (count > 1 ? `${shown} valeurs d'indicateurs` : `${shown} valeur d'indicateur`),
    budget_lines: (count: number, shown: string) => (count > 1 ? `${shown} lignes budgétaires` : `${shown} ligne budgétaire`),
    updates: (count: number, shown: string) => (count > 1 ? `${shown} points d'étape` : `${shown} point d'étape`),
    fiche: 'sa fiche',
  },
  /** Why there is no history, as a sentence start (the pages add the end). */
  unavailable: {
    noRepository: 'Historique indisponible (pas de dépôt git)',
    notCommitted: 'Historique indisponible (fichiers pas encore enregistrés dans git)',
    fileNotCommitted: 'Historique indisponible (fichier pas encore enregistré dans git)',
    unreadable: 'Historique indisponible (git n’a pas pu le lire)',
    shallow: 'Historique indisponible (copie partielle du dépôt)',
    unknown: 'Historique indisponible',
  },
  feed: {
    plan: 'Plan',
    title: (name: string, change: string) => `${name} : ${change}`,
    titleMore: (name: string, change: string, more: number, shownMore: string) =>
      `${name} : ${change} (et ${shownMore} autre${more > 1 ? 's' : ''} changement${more > 1 ? 's' : ''})`,
  },
  /** The history section of an action page. */
  action: {
    heading: 'Historique',
    empty: 'Historique indisponible (fichiers pas encore enregistrés dans git).',
    emptyPartial: 'Historique indisponible (fichiers pas encore enregistrés dans git, ou copie partielle du dépôt).',
    /** Followed by the date. */
    updated: 'Dernière mise à jour le',
    /** Between the two dates, followed by the date of publication. */
    published: ' ; première publication sur ce site le',
    firstUnknown: ' (historique partiel : première publication inconnue)',
    viewChange: 'voir la modification',
    proposeEdit: 'Proposer une modification',
    fileLine: (file: string, line: number) => `(${file}, ligne ${line})`,
    report: 'Signaler une erreur',
    reportSubject: (action: string, plan: string) => `Erreur sur la page « ${action} » (${plan})`,
    reportBody: (page: string) => `Page : ${page}\n\nCe qui est inexact, et la source si vous la connaissez :\n`,
  },
  /** The changes page of a plan (`/<plan>/changements/`). */
  page: {
    heading: 'Changements',
    headingKind: (kind: string) => `Changements — ${kind}`,
    pageOf: (title: string, page: number, pages: number) => `${title} — page ${page} sur ${pages}`,
    description: (plan: string) => `Ce qui a changé dans le plan « ${plan} », modification par modification, la plus récente en premier.`,
    intro: 'Chaque modification des fichiers publiés, champ par champ, datée du jour où elle a été enregistrée. Les mêmes données en fichier :',
    filters: 'Filtrer les changements',
    all: 'Tous',
    undatable: (reason: string) => `${reason} : les changements ne peuvent pas être datés.`,
    none: "Aucun changement de ce type dans l'historique.",
    nonePartial: "Aucun changement de ce type dans l'historique disponible (copie partielle du dépôt).",
    groups: (count: number, shown: string) => `${shown} groupe${count > 1 ? 's' : ''} de changements (un jour, une action)`,
    partial: ' ; historique partiel (copie partielle du dépôt)',
    planBlock: 'Plan (arborescence, indicateurs du territoire)',
    /** An action no longer in the plan: `action` is the word for an action, capitalised. */
    removedAction: (action: string, id: string) => `${action} ${id} (retirée)`,
  },
};
