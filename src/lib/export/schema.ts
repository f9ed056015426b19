/**
 * The columns of every exported table, generated from the CSV table specs (`model/tables.ts`) plus
 * the columns the export adds. One description drives the CSV/JSON writers, the Frictionless Table
 * Schemas of `datapackage.json` and the field documentation page (`/donnees/champs/`).
 *
 * Each source column becomes one or more export columns, according to its type:
 * - `status-label` → `<name>_label` (the plan's own wording, raw) and `<name>` (canonical status);
 * - `date-text` → `<name>_raw`, `<name>_date_min`, `<name>_date_max`, `<name>_precision`;
 * - `budget-text` → `<name>_raw`, `<name>_kind`, `<name>_min`, `<name>_max`, `<name>_tax`,
 *   `<name>_uncertain`;
 * - every other type keeps its name and its value as written (lists joined by " ; ", closed-list
 *   values in their canonical spelling, numbers in plain form).
 * Every table starts with `plan` and `fictif`, so a row keeps its origin when files are combined.
 * A translatable text column (model/translatable.ts) is followed by its translations,
 * `<name>_<lang>` for every language the site can show (the same columns in every file), empty
 * where the plan gives none; the plans table's `languages` says which one the originals are in.
 */
import { ID_PATTERN_SOURCE } from '../model/ids';
import { TABLES, type FieldSpec, type TableName } from '../model/tables';
import { STATUSES, STATUS_LABELS } from '../normalise/status';
import type { Precision } from '../normalise/date';
import type { Budget } from '../normalise/budget';
import { TRANSLATABLE_FIELDS } from '../model/translatable';
import { UI_LANGUAGES } from '../i18n/languages';

export type ExportTableName = 'plans' | TableName | 'action_parents';

/** Table Schema types used by the exports (all read by Table Schema v1 tools). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';

/**
 * Where a value comes from: `brut` is the cell as the plan wrote it; `normalise` is read from a raw
 * cell by the site (a date interval, an amount, a canonical status); `ajoute` is added by the
 * export (plan, page address…).
 */
export type Nature = 'brut' | 'normalise' | 'ajoute';

export const NATURE_LABELS: Record<Nature, string> = {
  brut: 'brut (tel que publié)',
  normalise: 'normalisé (lu par le site)',
  ajoute: 'ajouté (par le site)',
};

export interface Column {
  name: string;
  type: ColumnType;
  nature: Nature;
  /** The source of the value, in words: "actions.csv, colonne budget", "plan.md, clé title". */
  origin: string;
  description: string;
  unit?: string;
  /** Allowed values (closed list). */
  values?: readonly string[];
  /** French wording of each allowed value, for the documentation. */
  valueLabels?: Readonly<Record<string, string>>;
  example?: string;
  required?: boolean;
  /** Table Schema pattern (XML Schema regex, anchored). */
  pattern?: string;
  format?: 'uri';
  /** Several values in one cell, separated by " ; ". */
  list?: boolean;
  /** The cell holds the key of a row of this table, in the same plan. */
  references?: ExportTableName;
}

export interface ExportTable {
  name: ExportTableName;
  title: string;
  description: string;
  /** The source file in `data/<plan>/`, when the table has one. */
  file?: string;
  /** Columns identifying a row within one plan; files of several plans prefix it with `plan`. */
  primaryKey: string[];
  columns: Column[];
}

/** Separator of several values in one cell (what the site's own CSV reader splits on). */
export const LIST_JOIN = ' ; ';

/** Ids as the content check accepts them (lib/model/ids), for the `pattern` of id columns. */
export const ID_PATTERN = ID_PATTERN_SOURCE;

export const PRECISIONS: Record<Precision, string> = {
  day: 'jour',
  month: 'mois',
  season: 'saison',
  quarter: 'trimestre',
  half: 'semestre',
  year: 'annee',
};
/**
 * « Début 2020 », « mi-2020 », « fin septembre 2019 »: a third of a year or of a month (see
 * normalise/date), exported as such so that the precision matches the interval it labels.
 */
export const THIRD_PRECISIONS: Partial<Record<Precision, string>> = {
  month: 'tiers_mois',
  year: 'tiers_annee',
};
const PRECISION_LABELS: Record<string, string> = {
  jour: 'un jour précis',
  tiers_mois: 'un tiers de mois (« début », « mi- », « fin » d’un mois : jours 1–10, 11–20, 21–fin)',
  mois: 'un mois',
  saison: 'une saison',
  trimestre: 'un trimestre',
  tiers_annee: 'un tiers d’année (« début », « mi- », « fin » d’une année : janvier–avril, mai–août, septembre–décembre)',
  semestre: 'un semestre',
  annee: 'une année (ou plusieurs)',
};

export const BUDGET_KINDS: Record<Budget['kind'], string> = {
  none: 'aucun',
  unknown: 'inconnu',
  amount: 'montant',
  range: 'fourchette',
  sum: 'somme',
  text: 'texte',
};
const BUDGET_KIND_LABELS: Record<string, string> = {
  aucun: 'rien d’indiqué (cellule vide ou « / »)',
  inconnu: 'le plan dit ne pas savoir (« ? »)',
  montant: 'un montant',
  fourchette: 'une fourchette (min < max)',
  somme: 'une somme de montants',
  texte: 'des mots sans montant lisible',
};

const STATUS_VALUE_LABELS: Record<string, string> = { ...STATUS_LABELS };

const plan = (table: string): Column => ({
  name: 'plan',
  type: 'string',
  nature: 'ajoute',
  origin: 'nom du dossier du plan (content/<plan>/, data/<plan>/)',
  description: `Identifiant du plan auquel appartient la ligne (voir la table plans).`,
  required: true,
  pattern: ID_PATTERN,
  references: table === 'plans' ? undefined : 'plans',
  example: 'grand-besancon',
});

const fictif: Column = {
  name: 'fictif',
  type: 'boolean',
  nature: 'ajoute',
  origin: 'plan.md, clé fictional',
  description: "true quand la ligne appartient à un plan d'exemple fictif (données inventées) ; false sinon. Les fichiers « tous les plans » n'en contiennent jamais.",
  required: true,
  example: 'false',
};

const url = (what: string): Column => ({
  name: 'url',
  type: 'string',
  nature: 'ajoute',
  origin: 'adresse de la page sur ce site',
  description: `Adresse de la page ${what} sur ce site.`,
  format: 'uri',
  required: true,
});

const at = (spec: { file: string }, field: string) => `${spec.file}, colonne ${field}`;

/** The translation columns of a text column: `<name>_<lang>` per interface language. */
function translationColumns(name: string, origin: (column: string) => string): Column[] {
  return UI_LANGUAGES.map((lang) => ({
    name: `${name}_${lang}`,
    type: 'string',
    nature: 'brut',
    origin: origin(`${name}_${lang}`),
    description: `Traduction de ${name} dans la langue « ${lang} », telle que le plan la donne ; vide quand il n'en donne pas (et pour sa langue d'origine, celle de ${name}).`,
  }));
}

/** The export columns of one source column (see the module comment for the rules). */
function columnsOf(table: TableName, field: FieldSpec): Column[] {
  const spec = TABLES[table];
  const origin = at(spec, field.name);
  const base = { origin, description: field.description, example: field.example };
  switch (field.type) {
    case 'id':
      return [{ ...base, name: field.name, type: 'string', nature: 'brut', required: true, pattern: ID_PATTERN }];
    case 'ref':
      return [
        {
          ...base,
          name: field.name,
          type: 'string',
          nature: 'brut',
          required: field.required,
          pattern: ID_PATTERN,
          references: field.references,
        },
      ];
    case 'refs':
      return [{ ...base, name: field.name, type: 'string', nature: 'brut', list: true, references: field.references }];
    case 'list':
      return [{ ...base, name: field.name, type: 'string', nature: 'brut', list: true }];
    case 'enum':
    case 'enums':
      return [
        {
          ...base,
          name: field.name,
          type: 'string',
          nature: 'brut',
          required: field.required,
          values: field.type === 'enum' ? field.values : undefined,
          list: field.type === 'enums',
          description: field.type === 'enums' ? `${field.description} Valeurs possibles : ${field.values?.join(', ')}.` : field.description,
        },
      ];
    case 'integer':
      if (field.name === 'order') {
        return [
          {
            ...base,
            name: field.name,
            type: 'integer',
            nature: 'normalise',
            required: true,
            description: "Rang d'affichage : la valeur de la colonne order quand elle est remplie, sinon la position de la ligne dans le fichier (à partir de 0).",
          },
        ];
      }
      return [{ ...base, name: field.name, type: 'integer', nature: 'brut', required: field.required }];
    case 'number':
      return [
        {
          ...base,
          name: field.name,
          type: 'number',
          nature: 'brut',
          required: field.required,
          unit: field.name === 'amount' ? 'EUR' : field.name === 'progress' ? '%' : undefined,
        },
      ];
    case 'year':
      return [{ ...base, name: field.name, type: 'year', nature: 'brut', required: field.required }];
    case 'iso-date':
      return [{ ...base, name: field.name, type: 'date', nature: 'brut', required: field.required }];
    case 'status-label': {
      // Actions and sub-actions always have a status ("non renseigné" when the cell is empty);
      // an update sets one only when it changes it.
      const always = table !== 'updates';
      return [
        { ...base, name: `${field.name}_label`, type: 'string', nature: 'brut', description: `${field.description} Texte de la colonne ${field.name}, tel que publié.` },
        {
          name: field.name,
          type: 'string',
          nature: 'normalise',
          origin: `lu depuis ${origin}`,
          description: !always
            ? "État canonique fixé par ce point d'étape (vide s'il ne change pas l'état)."
            : table === 'actions'
              ? "État d'avancement canonique (vocabulaire ADEME), lu depuis le libellé du plan ; quand le plan n'en donne pas, déduit des sous-actions (voir status_derived), sinon non_renseigne."
              : "État d'avancement canonique (vocabulaire ADEME), lu depuis le libellé du plan ; non_renseigne quand le plan n'en donne pas.",
          values: STATUSES,
          valueLabels: STATUS_VALUE_LABELS,
          required: always,
          example: 'en_cours',
        },
      ];
    }
    case 'date-text': {
      const n = field.name;
      const read = `lu depuis ${origin}`;
      return [
        { ...base, name: `${n}_raw`, type: 'string', nature: 'brut', description: `${field.description} Texte de la colonne ${n}.` },
        { name: `${n}_date_min`, type: 'date', nature: 'normalise', origin: read, description: `Premier jour de la période désignée par ${n}_raw (« été 2019 » → 2019-06-21) ; vide si le texte n'est pas une date.`, example: '2019-06-21' },
        { name: `${n}_date_max`, type: 'date', nature: 'normalise', origin: read, description: `Dernier jour de la période désignée par ${n}_raw (« été 2019 » → 2019-09-22).`, example: '2019-09-22' },
        {
          name: `${n}_precision`,
          type: 'string',
          nature: 'normalise',
          origin: read,
          description: `Précision de la date telle que le plan l'a donnée.`,
          values: Object.keys(PRECISION_LABELS),
          valueLabels: PRECISION_LABELS,
          example: 'saison',
        },
      ];
    }
    case 'budget-text': {
      const n = field.name;
      const read = `lu depuis ${origin}`;
      return [
        { ...base, name: `${n}_raw`, type: 'string', nature: 'brut', description: `${field.description} Texte de la colonne ${n}.` },
        {
          name: `${n}_kind`,
          type: 'string',
          nature: 'normalise',
          origin: read,
          description: `Forme du montant lu dans ${n}_raw.`,
          values: Object.values(BUDGET_KINDS),
          valueLabels: BUDGET_KIND_LABELS,
          required: true,
          example: 'fourchette',
        },
        { name: `${n}_min`, type: 'number', nature: 'normalise', origin: read, unit: 'EUR', description: `Montant (ou bas de la fourchette, ou total des parties connues d'une somme) en euros.`, example: '17000000' },
        { name: `${n}_max`, type: 'number', nature: 'normalise', origin: read, unit: 'EUR', description: `Haut de la fourchette en euros (égal au minimum pour un montant ; vide quand une partie d'une somme est inconnue).`, example: '27000000' },
        { name: `${n}_tax`, type: 'string', nature: 'normalise', origin: read, values: ['HT', 'TTC'], description: 'HT ou TTC quand le texte le précise.' },
        { name: `${n}_uncertain`, type: 'boolean', nature: 'normalise', origin: read, description: 'true quand le plan marque le montant comme incertain (« environ », « ? ») ou quand une partie est inconnue ; vide sans montant.' },
      ];
    }
    case 'text':
    case 'markdown':
    default:
      return [{ ...base, name: field.name, type: 'string', nature: 'brut', required: field.required }];
  }
}

function sourceTable(
  name: TableName,
  extra: {
    after?: Record<string, Column[]>;
    end?: Column[];
    first?: Column[];
    /** Appended to the table's description. */
    note?: string;
    /** Export columns whose export differs from the source column (by name). */
    change?: Record<string, Partial<Column>>;
  } = {},
): ExportTable {
  const spec = TABLES[name];
  const columns: Column[] = [plan(name), fictif, ...(extra.first ?? [])];
  for (const field of spec.fields) {
    if (field.name === 'source') continue;
    columns.push(...columnsOf(name, field).map((c) => ({ ...c, ...extra.change?.[c.name] })));
    if (TRANSLATABLE_FIELDS[name].includes(field.name)) columns.push(...translationColumns(field.name, (column) => at(spec, column)));
    columns.push(...(extra.after?.[field.name] ?? []));
  }
  columns.push(...(extra.end ?? []));
  columns.push(...columnsOf(name, spec.fields.find((f) => f.name === 'source')!));
  const description = extra.note ? `${spec.description} ${extra.note}` : spec.description;
  return { name, title: spec.title, description, file: spec.file, primaryKey: spec.primaryKey, columns };
}

const planKey = (column: string) => `plan.md, clé ${column}`;

const plansTable: ExportTable = {
  name: 'plans',
  title: 'Plans',
  description: 'Une ligne par plan : territoire, période, document officiel, licence et date de dernière mise à jour.',
  primaryKey: ['plan'],
  columns: [
    plan('plans'),
    fictif,
    { name: 'title', type: 'string', nature: 'brut', origin: 'plan.md, clé title', description: 'Intitulé du plan.', required: true },
    ...translationColumns('title', planKey),
    { name: 'short_title', type: 'string', nature: 'brut', origin: 'plan.md, clé short_title', description: 'Intitulé court.' },
    ...translationColumns('short_title', planKey),
    { name: 'territory', type: 'string', nature: 'brut', origin: 'plan.md, clé territory', description: 'Territoire ou collectivité.', required: true, example: 'Grand Besançon' },
    ...translationColumns('territory', planKey),
    { name: 'territory_code_scheme', type: 'string', nature: 'brut', origin: 'plan.md, clé territory_code.scheme', description: 'Référentiel du code officiel du territoire.', values: ['SIREN', 'INSEE', 'NIS', 'autre'] },
    { name: 'territory_code', type: 'string', nature: 'brut', origin: 'plan.md, clé territory_code.value', description: 'Code officiel du territoire (SIREN, code INSEE ou code NIS belge), gardé en texte.', example: '242500361' },
    { name: 'kind', type: 'string', nature: 'brut', origin: 'plan.md, clé kind', description: 'Nature du plan (PCAET, plan climat…).' },
    ...translationColumns('kind', planKey),
    { name: 'description', type: 'string', nature: 'brut', origin: 'plan.md, clé description', description: 'Présentation courte.' },
    ...translationColumns('description', planKey),
    { name: 'period_start', type: 'year', nature: 'brut', origin: 'plan.md, clé period.start', description: 'Première année du plan.' },
    { name: 'period_end', type: 'year', nature: 'brut', origin: 'plan.md, clé period.end', description: 'Dernière année du plan.' },
    { name: 'adopted', type: 'date', nature: 'brut', origin: 'plan.md, clé adopted', description: "Date d'adoption." },
    { name: 'document_title', type: 'string', nature: 'brut', origin: 'plan.md, clé document.title', description: 'Document officiel dont le plan est tiré.' },
    ...translationColumns('document_title', (column) => `plan.md, clé document.${column.replace(/^document_/, '')}`),
    { name: 'document_url', type: 'string', nature: 'brut', origin: 'plan.md, clé document.url', description: 'Adresse du document officiel.', format: 'uri' },
    {
      name: 'languages',
      type: 'string',
      nature: 'brut',
      origin: 'plan.md, clé languages (sinon la langue par défaut du site)',
      description: 'Langues dans lesquelles le plan est publié : la première est celle de ses textes (colonnes sans suffixe de langue), les autres celles des colonnes <colonne>_<langue> qu’il remplit.',
      list: true,
      required: true,
      example: 'fr ; nl',
    },
    { name: 'licence', type: 'string', nature: 'ajoute', origin: 'plan.md, clé licence (Licence Ouverte 2.0 par défaut)', description: 'Licence des données du plan.', required: true, example: 'Licence Ouverte 2.0' },
    { name: 'licence_url', type: 'string', nature: 'ajoute', origin: 'plan.md, clé licence.url', description: 'Texte de la licence.', format: 'uri' },
    { name: 'last_updated', type: 'date', nature: 'ajoute', origin: "historique git des fichiers du plan, sinon dernier point d'étape daté ou date d'adoption", description: 'Date de la dernière modification des fichiers du plan (citée dans la ligne de citation).' },
    url('d’accueil du plan'),
  ],
};

/** One row per (action, parent): the link table of actions that sit under several hierarchy nodes. */
const actionParentsTable: ExportTable = {
  name: 'action_parents',
  title: 'Rattachements des actions',
  description:
    "Une ligne par action et par niveau de l'arborescence qui la porte : une action rattachée à deux parents (par exemple deux engagements) a deux lignes. Tirée de la colonne parent de actions.csv.",
  file: TABLES.actions.file,
  primaryKey: ['action', 'parent'],
  columns: [
    plan('action_parents'),
    fictif,
    { name: 'action', type: 'string', nature: 'brut', origin: 'actions.csv, colonne id', description: "Identifiant de l'action.", required: true, pattern: ID_PATTERN, references: 'actions' },
    { name: 'parent', type: 'string', nature: 'brut', origin: 'actions.csv, colonne parent (un élément de la liste)', description: "Identifiant du niveau de l'arborescence qui porte l'action.", required: true, pattern: ID_PATTERN, references: 'hierarchy' },
    { name: 'rank', type: 'integer', nature: 'ajoute', origin: 'position dans la colonne parent', description: 'Position du parent dans la liste de l’action (1 = premier, utilisé pour le fil d’Ariane).', required: true, example: '1' },
  ],
};

const levelLabel: Column = {
  name: 'level_label',
  type: 'string',
  nature: 'ajoute',
  origin: 'plan.md, clé levels',
  description: 'Nom que le plan donne à ce niveau (Axe, Engagement, Objectif stratégique…).',
  required: true,
  example: 'Engagement',
};

const fiche: Column = {
  name: 'fiche',
  type: 'string',
  nature: 'ajoute',
  origin: 'content/<plan>/actions/<id>.md|mdx',
  description: "Chemin, dans le dépôt, de la fiche Markdown qui complète l'action, quand elle existe (son texte est sur la page de l'action).",
  example: 'content/region-amiens/actions/strategie-immobiliere.md',
};

const statusDerived: Column = {
  name: 'status_derived',
  type: 'boolean',
  nature: 'ajoute',
  origin: 'lu depuis subactions.csv, colonne status',
  description:
    "true quand le plan ne donne pas d'état pour l'action (status_label vide) et que status est déduit des états de ses sous-actions : tous identiques, cet état ; sinon le moins avancé des états non clos (à discuter, à venir, bloqué, en pause, en retard, en cours) ; les sous-actions non renseignées ne comptent pas. false quand status vient du plan (ou reste non_renseigne).",
  required: true,
  example: 'false',
};

const valueNumber: Column = {
  name: 'value_number',
  type: 'number',
  nature: 'normalise',
  origin: 'lu depuis indicator_values.csv, colonne value',
  description: "La valeur quand c'est un nombre simple (« 12.5 ») ; vide quand elle est écrite en mots ou absente. L'unité est celle de l'indicateur.",
  example: '371',
};

/** Every exported table, in the order of the files and of the documentation. */
export const EXPORT_TABLES: ExportTable[] = [
  plansTable,
  sourceTable('hierarchy', { after: { level: [levelLabel, ...translationColumns('level_label', (column) => `plan.md, clé levels (${column.replace(/^level_/, '')})`)] }, end: [url('du niveau')] }),
  sourceTable('actions', { after: { status: [statusDerived] }, end: [fiche, url("de l'action")] }),
  actionParentsTable,
  sourceTable('subactions'),
  sourceTable('partners'),
  sourceTable('indicators', { end: [url("de l'indicateur")] }),
  sourceTable('indicator_values', {
    after: { value: [valueNumber] },
    note: "Seules les valeurs publiées sont exportées : une case vide du tableau d'objectifs ou de résultats du plan ne donne pas de ligne, si bien que compter les lignes d'un type donne le nombre de valeurs publiées de ce type.",
    change: {
      value: {
        required: true,
        description: `${TABLES.indicator_values.fields.find((f) => f.name === 'value')!.description} Dans les fichiers exportés, jamais vide : une case vide du plan ne donne pas de ligne.`,
      },
    },
  }),
  sourceTable('budget_lines'),
  sourceTable('updates'),
  sourceTable('extra_fields'),
];

export const EXPORT_TABLE_NAMES = EXPORT_TABLES.map((t) => t.name);

export function exportTable(name: ExportTableName): ExportTable {
  const table = EXPORT_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`table d'export inconnue : ${name}`);
  return table;
}
