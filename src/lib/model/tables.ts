/**
 * The CSV tables of a plan (`data/<plan>/<table>.csv`), described once. The same descriptions drive
 * row validation (see `validate.ts`), the content guide and, later, the field documentation and
 * the data package: a column exists here or nowhere.
 */

/** How a cell is read. Every cell is text in the file; `type` says what the text must look like. */
export type FieldType =
  | 'id' // identifier: lowercase letters, digits, `.`, `_`, `-`; unique in its table
  | 'ref' // identifier of an entity of another table of the same plan
  | 'refs' // several `ref`s separated by `;`
  | 'text' // free text, kept word for word
  | 'markdown' // text that may hold Markdown (lists, emphasis); rendered, never as HTML
  | 'list' // several short texts separated by `;`
  | 'enum' // one of `values`
  | 'enums' // several of `values` separated by `;`
  | 'integer'
  | 'number' // plain number, `.` as decimal separator
  | 'year'
  | 'iso-date' // YYYY-MM-DD
  | 'status-label' // the plan's own status wording, mapped to the canonical set
  | 'date-text' // a date as the plan writes it ("été 2019", "sept-19"), parsed with its precision
  | 'budget-text'; // an amount as the plan writes it ("17 à 27 M€"), parsed into amounts

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  /** For `ref`/`refs`: the table whose `id` this points to. */
  references?: TableName;
  values?: readonly string[];
  /**
   * What a number in this column counts: `percent` must lie between 0 and 100, `euro` stays below
   * MAX_AMOUNT (a figure that large is a typo). `budget-text` columns are always in euros.
   */
  unit?: 'percent' | 'euro';
  /** A `text` column whose value may be a number ("12.5"): such a number is checked as one. */
  mayBeNumber?: boolean;
  /** What the column means, in French, for staff and reusers. */
  description: string;
  example?: string;
}

export type TableName =
  | 'hierarchy'
  | 'actions'
  | 'subactions'
  | 'partners'
  | 'indicators'
  | 'indicator_values'
  | 'budget_lines'
  | 'updates'
  | 'extra_fields';

export interface TableSpec {
  name: TableName;
  /** File name inside `data/<plan>/`. */
  file: string;
  title: string;
  description: string;
  /** Columns that identify a row; `['id']` for entities. */
  primaryKey: string[];
  fields: FieldSpec[];
}

/** Amounts from this figure up (10¹² €, a thousand billion) are typos, whatever the plan. */
export const MAX_AMOUNT = 1e12;

export const CLIMATE_ISSUES = ['attenuation', 'adaptation'] as const;
export const ENERGY_EFFECTS = ['sobriete', 'efficacite', 'renouvelables'] as const;
export const PARTNER_ROLES = ['financier', 'partenaire', 'concertation'] as const;
export const INDICATOR_KINDS = ['resultat', 'realisation'] as const;
export const DIRECTIONS = ['hausse', 'baisse', 'cible'] as const;
export const VALUE_TYPES = ['objectif', 'resultat'] as const;
export const BUDGET_SECTIONS = ['fonctionnement', 'investissement'] as const;
export const BUDGET_KINDS = ['prevu', 'realise'] as const;
export const TAX_BASES = ['HT', 'TTC'] as const;
export const YES_NO = ['oui', 'non'] as const;
/** What an extra field describes: an action, or a node of the hierarchy (a row of the sheet with an axis but no action). */
export const EXTRA_ENTITIES = ['action', 'node'] as const;

const source: FieldSpec = {
  name: 'source',
  type: 'text',
  description: "D'où vient la ligne : document source, page ou lignes, et toute correction apportée.",
  example: 'seeds/003_90985226b51309a9.txt l. 38',
};

export const TABLES: Record<TableName, TableSpec> = {
  hierarchy: {
    name: 'hierarchy',
    file: 'hierarchy.csv',
    title: 'Arborescence (axes, objectifs, mesures…)',
    description:
      "Les niveaux au-dessus des actions, avec les noms que le plan leur donne (déclarés dans plan.md, champ levels).",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: "Identifiant stable, utilisé dans l'adresse de la page.", example: 'ta1' },
      { name: 'level', type: 'ref', required: true, description: 'Niveau, parmi les `levels` déclarés dans plan.md.', example: 'axe' },
      { name: 'parent', type: 'ref', references: 'hierarchy', description: 'Identifiant du niveau parent ; vide pour le premier niveau.', example: 'ta1' },
      { name: 'code', type: 'text', description: 'Code ou numéro donné par le plan.', example: 'TA1' },
      { name: 'title', type: 'text', required: true, description: 'Intitulé, tel que publié.' },
      { name: 'summary', type: 'markdown', description: 'Présentation courte.' },
      { name: 'order', type: 'integer', description: "Rang d'affichage parmi les frères (sinon l'ordre du fichier)." },
      source,
    ],
  },
  actions: {
    name: 'actions',
    file: 'actions.csv',
    title: 'Actions',
    description:
      "Une ligne par action. Une fiche Markdown/MDX (content/<plan>/actions/<id>.md) peut compléter la ligne de même id, sans redéfinir un champ déjà rempli.",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: "Identifiant stable, utilisé dans l'adresse de la page.", example: 'ta1-a03' },
      { name: 'parent', type: 'refs', references: 'hierarchy', description: "Niveau(x) de l'arborescence qui portent l'action, séparés par « ; » (une action peut avoir deux parents). Obligatoire quand le plan a des niveaux.", example: 'ta1-o1' },
      { name: 'code', type: 'text', description: "Numéro ou code de l'action dans le plan.", example: '41' },
      { name: 'title', type: 'text', required: true, description: "Intitulé de l'action, tel que publié." },
      { name: 'summary', type: 'markdown', description: 'Description ou résumé.' },
      { name: 'status', type: 'status-label', description: "État d'avancement dans les mots du plan ; converti vers la liste canonique (À venir, En cours, Réalisé…). Vide = non renseigné.", example: 'En cours' },
      { name: 'progress', type: 'number', unit: 'percent', description: "Avancement en pourcentage (0 à 100), s'il est publié." },
      { name: 'pilot', type: 'text', description: "Service ou direction pilote (jamais une personne).", example: 'Service Environnement' },
      { name: 'targets', type: 'text', description: 'Cibles ou publics visés.' },
      { name: 'start', type: 'date-text', description: 'Début, tel que publié (« 2019 », « été 2019 », « sept-19 »…).', example: '2019' },
      { name: 'end', type: 'date-text', description: 'Fin, telle que publiée.', example: '2022' },
      { name: 'budget', type: 'budget-text', description: 'Budget global, tel que publié (« 17 à 27 M€ », « ? »…).', example: '24 000 €' },
      { name: 'budget_operating', type: 'budget-text', description: 'Coût de fonctionnement, tel que publié.' },
      { name: 'budget_investment', type: 'budget-text', description: "Coût d'investissement, tel que publié." },
      { name: 'climate_issue', type: 'enums', values: CLIMATE_ISSUES, description: 'Enjeu climat : attenuation, adaptation (séparés par « ; »).', example: 'attenuation' },
      { name: 'energy_effect', type: 'enums', values: ENERGY_EFFECTS, description: 'Effet énergie : sobriete, efficacite, renouvelables.' },
      { name: 'citizen_dimension', type: 'enum', values: YES_NO, description: 'Action avec une dimension citoyenne : oui ou non.' },
      { name: 'carbon_gain', type: 'text', description: 'Gain carbone, en chiffres ou en mots (« Difficilement quantifiable »).' },
      { name: 'approaches', type: 'list', description: 'Démarches associées (ISO 14001, mesure Cit\'ergie…), séparées par « ; ».' },
      { name: 'tags', type: 'list', description: 'Thèmes, séparés par « ; ».' },
      { name: 'concertation', type: 'text', description: 'Concertation, mobilisation : publics associés.' },
      { name: 'commune', type: 'text', description: 'Lieu : commune.' },
      { name: 'district', type: 'text', description: 'Lieu : quartier.' },
      { name: 'site', type: 'text', description: 'Lieu : site ou équipement.' },
      { name: 'related', type: 'refs', references: 'actions', description: 'Actions liées (identifiants de ce plan), séparées par « ; ».' },
      { name: 'related_text', type: 'list', description: "Renvois vers des fiches absentes de la publication (« voir fiche n°20 »), gardés en texte." },
      { name: 'order', type: 'integer', description: "Rang d'affichage (sinon l'ordre du fichier)." },
      source,
    ],
  },
  subactions: {
    name: 'subactions',
    file: 'subactions.csv',
    title: 'Sous-actions (mesures)',
    description: "Les sous-actions ou mesures d'une action.",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: 'Identifiant stable.', example: '41-1' },
      { name: 'action', type: 'ref', references: 'actions', required: true, description: "Identifiant de l'action." },
      { name: 'code', type: 'text', description: 'Code ou numéro donné par le plan.' },
      { name: 'title', type: 'text', required: true, description: 'Intitulé, tel que publié.' },
      { name: 'description', type: 'markdown', description: 'Description.' },
      { name: 'pilot', type: 'text', description: 'Service pilote.' },
      { name: 'status', type: 'status-label', description: "État d'avancement dans les mots du plan." },
      { name: 'start', type: 'date-text', description: 'Début, tel que publié.' },
      { name: 'end', type: 'date-text', description: 'Fin, telle que publiée.' },
      source,
    ],
  },
  partners: {
    name: 'partners',
    file: 'partners.csv',
    title: 'Partenaires',
    description: "Une ligne par partenaire d'une action (ou d'une sous-action).",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: 'Identifiant stable de la ligne.', example: '41-p1' },
      { name: 'action', type: 'ref', references: 'actions', required: true, description: "Identifiant de l'action." },
      { name: 'subaction', type: 'ref', references: 'subactions', description: 'Identifiant de la sous-action, si le partenaire ne concerne que celle-ci.' },
      { name: 'name', type: 'text', required: true, description: 'Nom du partenaire (organisation ou service, jamais une personne).' },
      { name: 'role', type: 'enum', values: PARTNER_ROLES, required: true, description: 'financier, partenaire ou concertation.' },
      source,
    ],
  },
  indicators: {
    name: 'indicators',
    file: 'indicators.csv',
    title: 'Indicateurs',
    description: "Définition des indicateurs : d'une action, d'un niveau de l'arborescence, ou du plan entier (objectifs du territoire) quand action et node sont vides.",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: 'Identifiant stable.', example: 'ges-territoire' },
      { name: 'action', type: 'ref', references: 'actions', description: "Action suivie par l'indicateur." },
      { name: 'node', type: 'ref', references: 'hierarchy', description: "Niveau de l'arborescence suivi par l'indicateur." },
      { name: 'subaction', type: 'ref', references: 'subactions', description: "Sous-action (mesure) suivie par l'indicateur, le cas échéant ; l'action reste renseignée." },
      { name: 'label', type: 'text', required: true, description: "Intitulé de l'indicateur." },
      { name: 'unit', type: 'text', description: 'Unité (t CO2e, %, nombre…).' },
      { name: 'kind', type: 'enum', values: INDICATOR_KINDS, description: 'resultat (effet obtenu) ou realisation (moyen mis en œuvre).' },
      { name: 'direction', type: 'enum', values: DIRECTIONS, description: 'Sens souhaité : hausse, baisse ou cible (atteindre une valeur).' },
      { name: 'description', type: 'markdown', description: 'Définition, mode de calcul.' },
      { name: 'data_source', type: 'text', description: 'Source des valeurs (organisme, base de données).' },
      source,
    ],
  },
  indicator_values: {
    name: 'indicator_values',
    file: 'indicator_values.csv',
    title: "Valeurs d'indicateurs",
    description: "Format long : une ligne par indicateur, année et type (objectif ou résultat). La valeur est un nombre ou un texte (« 1 colloque organisé »).",
    primaryKey: ['indicator', 'year', 'type'],
    fields: [
      { name: 'indicator', type: 'ref', references: 'indicators', required: true, description: "Identifiant de l'indicateur." },
      { name: 'year', type: 'year', required: true, description: 'Année.', example: '2018' },
      { name: 'type', type: 'enum', values: VALUE_TYPES, required: true, description: 'objectif ou resultat.' },
      { name: 'value', type: 'text', mayBeNumber: true, description: 'Valeur : nombre (« 12.5 ») ou texte ; vide = non renseigné.' },
      { name: 'note', type: 'text', description: 'Précision sur la valeur.' },
      source,
    ],
  },
  budget_lines: {
    name: 'budget_lines',
    file: 'budget_lines.csv',
    title: 'Lignes budgétaires',
    description: 'Budget prévu et réalisé par action, année et section.',
    primaryKey: ['action', 'year', 'section', 'kind'],
    fields: [
      { name: 'action', type: 'ref', references: 'actions', required: true, description: "Identifiant de l'action." },
      { name: 'year', type: 'year', required: true, description: 'Année budgétaire.' },
      { name: 'section', type: 'enum', values: BUDGET_SECTIONS, required: true, description: 'fonctionnement ou investissement.' },
      { name: 'kind', type: 'enum', values: BUDGET_KINDS, required: true, description: 'prevu ou realise.' },
      { name: 'amount', type: 'number', unit: 'euro', required: true, description: 'Montant en euros, nombre simple (« 12500.50 »).' },
      { name: 'tax', type: 'enum', values: TAX_BASES, description: 'HT ou TTC.' },
      { name: 'note', type: 'text', description: 'Précision.' },
      source,
    ],
  },
  updates: {
    name: 'updates',
    file: 'updates.csv',
    title: 'Suivi daté',
    description: "Points d'étape datés : changement d'état, avancement, note.",
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, description: 'Identifiant stable.' },
      { name: 'action', type: 'ref', references: 'actions', required: true, description: "Identifiant de l'action." },
      { name: 'date', type: 'iso-date', required: true, description: 'Date (AAAA-MM-JJ).', example: '2025-03-31' },
      { name: 'status', type: 'status-label', description: 'Nouvel état, le cas échéant.' },
      { name: 'progress', type: 'number', unit: 'percent', description: 'Avancement en pourcentage.' },
      { name: 'note', type: 'markdown', description: 'Ce qui a changé.' },
      source,
    ],
  },
  extra_fields: {
    name: 'extra_fields',
    file: 'extra_fields.csv',
    title: 'Champs propres au plan',
    description:
      "Format long : une ligne par action (ou niveau de l'arborescence) et par colonne du tableur du plan que le site ne connaît pas (« Commentaire », « Élu référent »…), gardée sous son en-tête d'origine ; celles des actions sont affichées sur la page de l'action. Rempli par npm run import.",
    primaryKey: ['entity', 'id', 'field'],
    fields: [
      { name: 'entity', type: 'enum', values: EXTRA_ENTITIES, required: true, description: "Ce que la ligne décrit : action (actions.csv) ou node (un niveau de hierarchy.csv).", example: 'action' },
      { name: 'id', type: 'text', required: true, description: "Identifiant de l'élément décrit : l'id de l'action ou du niveau.", example: 'axe-1-a01' },
      { name: 'field', type: 'text', required: true, description: "En-tête de la colonne dans le tableur d'origine, tel quel.", example: 'Commentaire' },
      { name: 'value', type: 'text', required: true, description: 'Contenu de la cellule, tel quel.' },
      source,
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
