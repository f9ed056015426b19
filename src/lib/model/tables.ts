/**
 * The CSV tables of a plan (`data/<plan>/<table>.csv`), described once. The same descriptions drive
 * row validation (see `validate.ts`), the content guide, the field documentation and the data
 * package: a column exists here or nowhere. What each table and column means, for staff and
 * reusers, is interface text: it lives in the message catalogue, in every language
 * (`lib/i18n/<lang>/data.ts`, `tables.<table>.fields.<column>`).
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
  example: 'seeds/003_90985226b51309a9.txt l. 38',
};

export const TABLES: Record<TableName, TableSpec> = {
  hierarchy: {
    name: 'hierarchy',
    file: 'hierarchy.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, example: 'ta1' },
      { name: 'level', type: 'ref', required: true, example: 'axe' },
      { name: 'parent', type: 'ref', references: 'hierarchy', example: 'ta1' },
      { name: 'code', type: 'text', example: 'TA1' },
      { name: 'title', type: 'text', required: true },
      { name: 'summary', type: 'markdown' },
      { name: 'order', type: 'integer' },
      source,
    ],
  },
  actions: {
    name: 'actions',
    file: 'actions.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, example: 'ta1-a03' },
      { name: 'parent', type: 'refs', references: 'hierarchy', example: 'ta1-o1' },
      { name: 'code', type: 'text', example: '41' },
      { name: 'title', type: 'text', required: true },
      { name: 'summary', type: 'markdown' },
      { name: 'status', type: 'status-label', example: 'En cours' },
      { name: 'progress', type: 'number', unit: 'percent' },
      { name: 'pilot', type: 'text', example: 'Service Environnement' },
      { name: 'targets', type: 'text' },
      { name: 'start', type: 'date-text', example: '2019' },
      { name: 'end', type: 'date-text', example: '2022' },
      { name: 'budget', type: 'budget-text', example: '24 000 €' },
      { name: 'budget_operating', type: 'budget-text' },
      { name: 'budget_investment', type: 'budget-text' },
      { name: 'climate_issue', type: 'enums', values: CLIMATE_ISSUES, example: 'attenuation' },
      { name: 'energy_effect', type: 'enums', values: ENERGY_EFFECTS },
      { name: 'citizen_dimension', type: 'enum', values: YES_NO },
      { name: 'carbon_gain', type: 'text' },
      { name: 'approaches', type: 'list' },
      { name: 'tags', type: 'list' },
      { name: 'concertation', type: 'text' },
      { name: 'commune', type: 'text' },
      { name: 'district', type: 'text' },
      { name: 'site', type: 'text' },
      { name: 'related', type: 'refs', references: 'actions' },
      { name: 'related_text', type: 'list' },
      { name: 'order', type: 'integer' },
      source,
    ],
  },
  subactions: {
    name: 'subactions',
    file: 'subactions.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, example: '41-1' },
      { name: 'action', type: 'ref', references: 'actions', required: true },
      { name: 'code', type: 'text' },
      { name: 'title', type: 'text', required: true },
      { name: 'description', type: 'markdown' },
      { name: 'pilot', type: 'text' },
      { name: 'status', type: 'status-label' },
      { name: 'start', type: 'date-text' },
      { name: 'end', type: 'date-text' },
      source,
    ],
  },
  partners: {
    name: 'partners',
    file: 'partners.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, example: '41-p1' },
      { name: 'action', type: 'ref', references: 'actions', required: true },
      { name: 'subaction', type: 'ref', references: 'subactions' },
      { name: 'name', type: 'text', required: true },
      { name: 'role', type: 'enum', values: PARTNER_ROLES, required: true },
      source,
    ],
  },
  indicators: {
    name: 'indicators',
    file: 'indicators.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true, example: 'ges-territoire' },
      { name: 'action', type: 'ref', references: 'actions' },
      { name: 'node', type: 'ref', references: 'hierarchy' },
      { name: 'subaction', type: 'ref', references: 'subactions' },
      { name: 'label', type: 'text', required: true },
      { name: 'unit', type: 'text' },
      { name: 'kind', type: 'enum', values: INDICATOR_KINDS },
      { name: 'direction', type: 'enum', values: DIRECTIONS },
      { name: 'description', type: 'markdown' },
      { name: 'data_source', type: 'text' },
      source,
    ],
  },
  indicator_values: {
    name: 'indicator_values',
    file: 'indicator_values.csv',
    primaryKey: ['indicator', 'year', 'type'],
    fields: [
      { name: 'indicator', type: 'ref', references: 'indicators', required: true },
      { name: 'year', type: 'year', required: true, example: '2018' },
      { name: 'type', type: 'enum', values: VALUE_TYPES, required: true },
      { name: 'value', type: 'text', mayBeNumber: true },
      { name: 'note', type: 'text' },
      source,
    ],
  },
  budget_lines: {
    name: 'budget_lines',
    file: 'budget_lines.csv',
    primaryKey: ['action', 'year', 'section', 'kind'],
    fields: [
      { name: 'action', type: 'ref', references: 'actions', required: true },
      { name: 'year', type: 'year', required: true },
      { name: 'section', type: 'enum', values: BUDGET_SECTIONS, required: true },
      { name: 'kind', type: 'enum', values: BUDGET_KINDS, required: true },
      { name: 'amount', type: 'number', unit: 'euro', required: true },
      { name: 'tax', type: 'enum', values: TAX_BASES },
      { name: 'note', type: 'text' },
      source,
    ],
  },
  updates: {
    name: 'updates',
    file: 'updates.csv',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'id', required: true },
      { name: 'action', type: 'ref', references: 'actions', required: true },
      { name: 'date', type: 'iso-date', required: true, example: '2025-03-31' },
      { name: 'status', type: 'status-label' },
      { name: 'progress', type: 'number', unit: 'percent' },
      { name: 'note', type: 'markdown' },
      source,
    ],
  },
  extra_fields: {
    name: 'extra_fields',
    file: 'extra_fields.csv',
    primaryKey: ['entity', 'id', 'field'],
    fields: [
      { name: 'entity', type: 'enum', values: EXTRA_ENTITIES, required: true, example: 'action' },
      { name: 'id', type: 'text', required: true, example: 'axe-1-a01' },
      { name: 'field', type: 'text', required: true, example: 'Commentaire' },
      { name: 'value', type: 'text', required: true },
      source,
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
