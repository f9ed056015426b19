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
 *
 * Column names and values are data, the same in every language; titles, descriptions, origins
 * and value labels are interface text, from the message catalogue (`data.tables`, `data.columns`),
 * so the same tables exist documented in each language (`exportTablesIn`).
 * A translatable text column (model/translatable.ts) is followed by its translations,
 * `<name>_<lang>` for every language the site can show (the same columns in every file), empty
 * where the plan gives none; the plans table's `languages` says which one the originals are in.
 */
import { ID_PATTERN_SOURCE } from '../model/ids';
import { TABLES, type FieldSpec, type TableName } from '../model/tables';
import { STATUSES } from '../normalise/status';
import { messages, type Messages, type UiLanguage } from '../i18n';
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
  /** Wording of each allowed value, for the documentation. */
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
export const BUDGET_KINDS: Record<Budget['kind'], string> = {
  none: 'aucun',
  unknown: 'inconnu',
  amount: 'montant',
  range: 'fourchette',
  sum: 'somme',
  text: 'texte',
};

/** The closed-list values of `<date>_precision`, finest first (their explanations: the catalogue's `columns.precisions`). */
const PRECISION_VALUES = ['jour', 'tiers_mois', 'mois', 'saison', 'trimestre', 'tiers_annee', 'semestre', 'annee'] as const;

/** The words a set of export tables is documented with: one language's `data` catalogue and canonical state names. */
export interface SchemaWords {
  data: Messages['data'];
  statusNames: Messages['status']['names'];
}

/**
 * The exported tables, documented in one language. Names, types, keys and constraints are the
 * same in every language (tests/unit/export/schema.test.ts); only titles, descriptions, origins
 * and value labels change.
 */
function buildTables(words: SchemaWords): ExportTable[] {
  const d = words.data;
  const w = d.columns;
  const valueLabels = (labels: Readonly<Record<string, string>>) => ({ ...labels });

  const plan = (table: string): Column => ({
    name: 'plan',
    type: 'string',
    nature: 'ajoute',
    origin: w.plan.origin,
    description: w.plan.description,
    required: true,
    pattern: ID_PATTERN,
    references: table === 'plans' ? undefined : 'plans',
    example: 'grand-besancon',
  });

  const fictif: Column = {
    name: 'fictif',
    type: 'boolean',
    nature: 'ajoute',
    origin: w.planKey('fictional'),
    description: w.fictif,
    required: true,
    example: 'false',
  };

  const url = (page: keyof typeof w.url & ExportTableName): Column => ({
    name: 'url',
    type: 'string',
    nature: 'ajoute',
    origin: w.url.origin,
    description: w.url[page],
    format: 'uri',
    required: true,
  });

  const describe = (table: TableName, field: FieldSpec): string => {
    if (field.name === 'source') return d.tables.source;
    const fields: Record<string, string> = d.tables[table].fields;
    return fields[field.name];
  };

  /** The export columns of one source column (see the module comment for the rules). */
  function columnsOf(table: TableName, field: FieldSpec): Column[] {
    const spec = TABLES[table];
    const origin = w.column(spec.file, field.name);
    const description = describe(table, field);
    const base = { origin, description, example: field.example };
    switch (field.type) {
      case 'id':
        return [{ ...base, name: field.name, type: 'string', nature: 'brut', required: true, pattern: ID_PATTERN }];
      case 'ref':
        return [{ ...base, name: field.name, type: 'string', nature: 'brut', required: field.required, pattern: ID_PATTERN, references: field.references }];
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
            description: field.type === 'enums' ? w.enums(description, field.values?.join(', ') ?? '') : description,
          },
        ];
      case 'integer':
        if (field.name === 'order') {
          return [{ ...base, name: field.name, type: 'integer', nature: 'normalise', required: true, description: w.order }];
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
          { ...base, name: `${field.name}_label`, type: 'string', nature: 'brut', description: w.statusLabel(description, field.name) },
          {
            name: field.name,
            type: 'string',
            nature: 'normalise',
            origin: w.readFrom(origin),
            description: !always ? w.statusOfUpdate : table === 'actions' ? w.statusOfAction : w.statusOfSubaction,
            values: STATUSES,
            valueLabels: valueLabels(words.statusNames),
            required: always,
            example: 'en_cours',
          },
        ];
      }
      case 'date-text': {
        const n = field.name;
        const read = w.readFrom(origin);
        return [
          { ...base, name: `${n}_raw`, type: 'string', nature: 'brut', description: w.raw(description, n) },
          { name: `${n}_date_min`, type: 'date', nature: 'normalise', origin: read, description: w.dateMin(`${n}_raw`), example: '2019-06-21' },
          { name: `${n}_date_max`, type: 'date', nature: 'normalise', origin: read, description: w.dateMax(`${n}_raw`), example: '2019-09-22' },
          {
            name: `${n}_precision`,
            type: 'string',
            nature: 'normalise',
            origin: read,
            description: w.precision,
            values: PRECISION_VALUES,
            valueLabels: valueLabels(w.precisions),
            example: 'saison',
          },
        ];
      }
      case 'budget-text': {
        const n = field.name;
        const read = w.readFrom(origin);
        return [
          { ...base, name: `${n}_raw`, type: 'string', nature: 'brut', description: w.raw(description, n) },
          {
            name: `${n}_kind`,
            type: 'string',
            nature: 'normalise',
            origin: read,
            description: w.budgetKind(`${n}_raw`),
            values: Object.values(BUDGET_KINDS),
            valueLabels: valueLabels(w.budgetKinds),
            required: true,
            example: 'fourchette',
          },
          { name: `${n}_min`, type: 'number', nature: 'normalise', origin: read, unit: 'EUR', description: w.budgetMin, example: '17000000' },
          { name: `${n}_max`, type: 'number', nature: 'normalise', origin: read, unit: 'EUR', description: w.budgetMax, example: '27000000' },
          { name: `${n}_tax`, type: 'string', nature: 'normalise', origin: read, values: ['HT', 'TTC'], description: w.budgetTax },
          { name: `${n}_uncertain`, type: 'boolean', nature: 'normalise', origin: read, description: w.budgetUncertain },
        ];
      }
      case 'text':
      case 'markdown':
      default:
        return [{ ...base, name: field.name, type: 'string', nature: 'brut', required: field.required }];
    }
  }

  /** The translation columns of a text column: `<name>_<lang>` per interface language. */
  const translationColumns = (name: string, origin: (column: string) => string): Column[] =>
    UI_LANGUAGES.map((lang) => ({ name: `${name}_${lang}`, type: 'string', nature: 'brut', origin: origin(`${name}_${lang}`), description: w.translation(name, lang) }));

  function sourceTable(
    name: TableName,
    extra: {
      after?: Record<string, Column[]>;
      end?: Column[];
      /** Appended to the table's description. */
      note?: string;
      /** Export columns whose export differs from the source column (by name). */
      change?: Record<string, Partial<Column>>;
    } = {},
  ): ExportTable {
    const spec = TABLES[name];
    const columns: Column[] = [plan(name), fictif];
    for (const field of spec.fields) {
      if (field.name === 'source') continue;
      columns.push(...columnsOf(name, field).map((c) => ({ ...c, ...extra.change?.[c.name] })));
      if (TRANSLATABLE_FIELDS[name].includes(field.name)) columns.push(...translationColumns(field.name, (column) => w.column(spec.file, column)));
      columns.push(...(extra.after?.[field.name] ?? []));
    }
    columns.push(...(extra.end ?? []));
    columns.push(...columnsOf(name, spec.fields.find((f) => f.name === 'source')!));
    const doc = d.tables[name];
    const description = extra.note ? `${doc.description} ${extra.note}` : doc.description;
    return { name, title: doc.title, description, file: spec.file, primaryKey: spec.primaryKey, columns };
  }

  const p = w.plans.fields;
  const key = w.planKey;
  const plansTable: ExportTable = {
    name: 'plans',
    title: w.plans.title,
    description: w.plans.description,
    primaryKey: ['plan'],
    columns: [
      plan('plans'),
      fictif,
      { name: 'title', type: 'string', nature: 'brut', origin: key('title'), description: p.title, required: true },
      ...translationColumns('title', key),
      { name: 'short_title', type: 'string', nature: 'brut', origin: key('short_title'), description: p.short_title },
      ...translationColumns('short_title', key),
      { name: 'territory', type: 'string', nature: 'brut', origin: key('territory'), description: p.territory, required: true, example: 'Grand Besançon' },
      ...translationColumns('territory', key),
      { name: 'territory_code_scheme', type: 'string', nature: 'brut', origin: key('territory_code.scheme'), description: p.territory_code_scheme, values: ['SIREN', 'INSEE', 'NIS', 'autre'] },
      { name: 'territory_code', type: 'string', nature: 'brut', origin: key('territory_code.value'), description: p.territory_code, example: '242500361' },
      { name: 'kind', type: 'string', nature: 'brut', origin: key('kind'), description: p.kind },
      ...translationColumns('kind', key),
      { name: 'description', type: 'string', nature: 'brut', origin: key('description'), description: p.description },
      ...translationColumns('description', key),
      { name: 'period_start', type: 'year', nature: 'brut', origin: key('period.start'), description: p.period_start },
      { name: 'period_end', type: 'year', nature: 'brut', origin: key('period.end'), description: p.period_end },
      { name: 'adopted', type: 'date', nature: 'brut', origin: key('adopted'), description: p.adopted },
      { name: 'document_title', type: 'string', nature: 'brut', origin: key('document.title'), description: p.document_title },
      ...translationColumns('document_title', (column) => key(`document.${column.replace(/^document_/, '')}`)),
      { name: 'document_url', type: 'string', nature: 'brut', origin: key('document.url'), description: p.document_url, format: 'uri' },
      { name: 'languages', type: 'string', nature: 'brut', origin: w.languages.origin, description: w.languages.description, list: true, required: true, example: 'fr ; nl' },
      { name: 'licence', type: 'string', nature: 'ajoute', origin: w.plans.licenceOrigin, description: p.licence, required: true, example: 'Licence Ouverte 2.0' },
      { name: 'licence_url', type: 'string', nature: 'ajoute', origin: key('licence.url'), description: p.licence_url, format: 'uri' },
      { name: 'last_updated', type: 'date', nature: 'ajoute', origin: w.plans.lastUpdatedOrigin, description: p.last_updated },
      url('plans'),
    ],
  };

  /** One row per (action, parent): the link table of actions that sit under several hierarchy nodes. */
  const ap = w.action_parents;
  const actionParentsTable: ExportTable = {
    name: 'action_parents',
    title: ap.title,
    description: ap.description,
    file: TABLES.actions.file,
    primaryKey: ['action', 'parent'],
    columns: [
      plan('action_parents'),
      fictif,
      { name: 'action', type: 'string', nature: 'brut', origin: w.column(TABLES.actions.file, 'id'), description: ap.action, required: true, pattern: ID_PATTERN, references: 'actions' },
      { name: 'parent', type: 'string', nature: 'brut', origin: ap.parentOrigin, description: ap.parent, required: true, pattern: ID_PATTERN, references: 'hierarchy' },
      { name: 'rank', type: 'integer', nature: 'ajoute', origin: ap.rankOrigin, description: ap.rank, required: true, example: '1' },
    ],
  };

  const levelLabel: Column = {
    name: 'level_label',
    type: 'string',
    nature: 'ajoute',
    origin: w.planKey('levels'),
    description: w.level_label,
    required: true,
    example: 'Engagement',
  };

  const fiche: Column = {
    name: 'fiche',
    type: 'string',
    nature: 'ajoute',
    origin: 'content/<plan>/actions/<id>.md|mdx',
    description: w.fiche,
    example: 'content/region-amiens/actions/strategie-immobiliere.md',
  };

  const statusDerived: Column = {
    name: 'status_derived',
    type: 'boolean',
    nature: 'ajoute',
    origin: w.readFrom(w.column(TABLES.subactions.file, 'status')),
    description: w.status_derived,
    required: true,
    example: 'false',
  };

  const valueNumber: Column = {
    name: 'value_number',
    type: 'number',
    nature: 'normalise',
    origin: w.readFrom(w.column(TABLES.indicator_values.file, 'value')),
    description: w.value_number,
    example: '371',
  };

  return [
    plansTable,
    sourceTable('hierarchy', { after: { level: [levelLabel, ...translationColumns('level_label', (column) => key(`levels (${column.replace(/^level_/, '')})`))] }, end: [url('hierarchy')] }),
    sourceTable('actions', { after: { status: [statusDerived] }, end: [fiche, url('actions')] }),
    actionParentsTable,
    sourceTable('subactions'),
    sourceTable('partners'),
    sourceTable('indicators', { end: [url('indicators')] }),
    sourceTable('indicator_values', {
      after: { value: [valueNumber] },
      note: w.valuesNote,
      change: { value: { required: true, description: `${d.tables.indicator_values.fields.value} ${w.valueNeverEmpty}` } },
    }),
    sourceTable('budget_lines'),
    sourceTable('updates'),
    sourceTable('extra_fields'),
  ];
}

const BY_LANGUAGE = new Map<UiLanguage, ExportTable[]>();

/** The exported tables documented in `language` (built once per language). */
export function exportTablesIn(language: UiLanguage): ExportTable[] {
  let tables = BY_LANGUAGE.get(language);
  if (!tables) {
    const m = messages(language);
    tables = buildTables({ data: m.data, statusNames: m.status.names });
    BY_LANGUAGE.set(language, tables);
  }
  return tables;
}

/**
 * Every exported table, in the order of the files and of the documentation, documented in the
 * catalogue's source language (French): the writers read only names and types from it, and the
 * importer recognises a published workbook's columns by these origins (lib/import/workbook).
 */
export const EXPORT_TABLES: ExportTable[] = exportTablesIn('fr');

export const EXPORT_TABLE_NAMES = EXPORT_TABLES.map((t) => t.name);

/** One exported table, documented in `language` (default: the catalogue's source language). */
export function exportTable(name: ExportTableName, language: UiLanguage = 'fr'): ExportTable {
  const table = exportTablesIn(language).find((t) => t.name === name);
  if (!table) throw new Error(`table d'export inconnue : ${name}`);
  return table;
}

/** The label of a column's nature (`brut`, `normalise`, `ajoute`) in `language`. */
export function natureLabel(nature: Nature, language: UiLanguage): string {
  return messages(language).data.columns.natures[nature];
}
