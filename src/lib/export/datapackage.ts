/**
 * Frictionless descriptors of the exports: a Table Schema per table and a Data Package per set of
 * files (all public plans at `/donnees/datapackage.json`, each plan at
 * `/donnees/<plan>/datapackage.json`).
 *
 * The descriptors follow Data Package v2 and use only what v1 tools also read: field types
 * string/integer/number/boolean/date/year, `constraints` (required, enum, pattern),
 * `missingValues: [""]`, `primaryKey` and `foreignKeys` as arrays, every foreign key naming its
 * resource (even a table pointing to itself), `profile` next to `$schema`, contributors with
 * both `role` (v1) and `roles` (v2).
 *
 * Keys: within one plan, an entity is identified by its `id`; files holding several plans prefix
 * every key with `plan`. A foreign key is declared only where every row either fills all its
 * fields or leaves them all empty, which is when Table Schema tools skip it: so in all-plans files
 * the optional references (a node's parent, a partner's sub-action, an indicator's action…) are
 * documented but not declared, since `[plan, subaction]` would be half-filled.
 *
 * Languages: `title` and `description` (of the package, of each resource, of each field) are in
 * the site's default language, the first of the package's `languages` array (Frictionless's
 * « Language support » recipe), so every tool reads plain strings. Their translations sit beside
 * them under `x-translations`, keyed by language: `{"nl": {"title": "…", "description": "…"}}`.
 * (The « Translation support » recipe's objects in place of strings would break v1 and v2
 * validators, which require strings there.)
 */
import type { PlanMeta } from '../model/types';
import { messages, type UiLanguage } from '../i18n';
import type { Column, ExportTable } from './schema';

export type Scope = 'plan' | 'all';

/** The translations of a descriptor's texts, by language (see the module comment). */
export type DescriptorTranslations = Partial<Record<UiLanguage, { title?: string; description?: string }>>;

export interface TableSchemaField {
  name: string;
  type: string;
  format?: string;
  description: string;
  'x-translations'?: DescriptorTranslations;
  example?: string;
  unit?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  /** Absent for a table whose rows have no key (the changes file: one row per field change). */
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/**
 * Description of a column for a Table Schema, in `language` (the column documented in it): its
 * meaning, nature, origin and unit.
 */
export function fieldDescription(c: Column, language: UiLanguage = 'fr'): string {
  const w = messages(language).data.columns;
  const parts = [c.description, w.schemaNature(w.natures[c.nature], c.origin)];
  if (c.unit) parts.push(w.schemaUnit(c.unit));
  if (c.list) parts.push(w.schemaList);
  if (c.references) parts.push(w.schemaReference(c.references));
  return parts.join(' ');
}

/** The same table documented in other languages, for the `x-translations` of a schema. */
export type TableTranslations = { language: UiLanguage; table: ResourceTable }[];

function field(c: Column, language: UiLanguage, others: TableTranslations): TableSchemaField {
  const constraints: TableSchemaField['constraints'] = {};
  if (c.required) constraints.required = true;
  if (c.values) constraints.enum = [...c.values];
  if (c.pattern) constraints.pattern = c.pattern;
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: fieldDescription(c, language),
    ...translationsOf(others, (t) => {
      const other = t.table.columns.find((o) => o.name === c.name);
      return other ? { description: fieldDescription(other, t.language) } : undefined;
    }),
    ...(c.example !== undefined ? { example: c.example } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** Primary key of a table in files of one plan (`plan`) or of several (`all`). */
export function primaryKeyOf(table: ResourceTable, scope: Scope): string[] {
  return scope === 'all' && table.name !== 'plans' ? ['plan', ...table.primaryKey] : table.primaryKey;
}

function translationsOf(
  others: TableTranslations,
  text: (other: TableTranslations[number]) => { title?: string; description?: string } | undefined,
): { 'x-translations'?: DescriptorTranslations } {
  const out: DescriptorTranslations = {};
  for (const other of others) {
    const t = text(other);
    if (t) out[other.language] = t;
  }
  return Object.keys(out).length > 0 ? { 'x-translations': out } : {};
}

/**
 * The Table Schema of one exported table, its descriptions in `language` (the language `table` is
 * documented in) and, under `x-translations`, in the languages of `others`.
 */
export function tableSchema(table: ResourceTable, scope: Scope, language: UiLanguage = 'fr', others: TableTranslations = []): TableSchema {
  const foreignKeys: ForeignKey[] = [];
  for (const c of table.columns) {
    if (!c.references || c.list) continue;
    if (c.name === 'plan') {
      foreignKeys.push({ fields: ['plan'], reference: { resource: 'plans', fields: ['plan'] } });
    } else if (scope === 'plan') {
      foreignKeys.push({ fields: [c.name], reference: { resource: c.references, fields: ['id'] } });
    } else if (c.required) {
      foreignKeys.push({ fields: ['plan', c.name], reference: { resource: c.references, fields: ['plan', 'id'] } });
    }
  }
  return {
    fields: table.columns.map((c) => field(c, language, others)),
    missingValues: [''],
    ...(table.primaryKey.length > 0 ? { primaryKey: primaryKeyOf(table, scope) } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

export interface License {
  name?: string;
  path?: string;
  title: string;
}

/** A plan's licence as a Data Package licence: Licence Ouverte 2.0 gets its SPDX id `etalab-2.0`. */
export function licenseOf(meta: PlanMeta): License {
  const { name, url } = meta.licence;
  const etalab = /licence[- ]ouverte|etalab/i.test(`${name} ${url ?? ''}`) && /2\.0|v2|ouverte-open-licence/i.test(`${name} ${url ?? ''}`);
  return { ...(etalab ? { name: 'etalab-2.0' } : {}), ...(url ? { path: url } : {}), title: name };
}

/** Distinct licences, in first-seen order. */
export function distinctLicenses(metas: PlanMeta[]): License[] {
  const out = new Map<string, License>();
  for (const m of metas) {
    const l = licenseOf(m);
    out.set(`${l.name}|${l.path}|${l.title}`, l);
  }
  return [...out.values()];
}


/** A table described in a data package: one of the exported tables, or another file (the changes). */
export type ResourceTable = Omit<ExportTable, 'name'> & { name: string };

export interface ResourceFile {
  /** The table, documented in the package's first language. */
  table: ResourceTable;
  /** The same table documented in the package's other languages. */
  translations?: TableTranslations;
  /** Path relative to the descriptor's folder. */
  path: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** `sha256:<hex>` of the file. */
  hash: string;
}

export interface PackageOptions {
  scope: Scope;
  name: string;
  id: string;
  /** The languages of the descriptor's texts: the first is that of `title` and `description`. */
  languages: UiLanguage[];
  title: string;
  description: string;
  /** `title` and `description` in the other languages. */
  translations?: DescriptorTranslations;
  homepage: string;
  keywords: string[];
  plans: PlanMeta[];
  publisher: { title: string; path?: string };
  resources: ResourceFile[];
  /** Set on the package of a fictional plan. */
  fictional?: boolean;
}

/** A Data Package descriptor (v2, readable by v1 tools) for a set of CSV files. */
export function dataPackage(o: PackageOptions): Record<string, unknown> {
  const contributors = [
    ...o.plans.map((m) => ({ title: m.territory, role: 'author', roles: ['creator'] })),
    { title: o.publisher.title, ...(o.publisher.path ? { path: o.publisher.path } : {}), role: 'publisher', roles: ['publisher'] },
  ];
  const sources = o.plans.flatMap((m) => [
    ...(m.document ? [{ title: m.document.title, ...(m.document.url ? { path: m.document.url } : {}) }] : []),
    ...m.sources.map((s) => ({ title: s.note ? `${s.title} — ${s.note}` : s.title, ...(s.url ? { path: s.url } : {}) })),
  ]);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    profile: 'tabular-data-package',
    name: o.name,
    id: o.id,
    languages: o.languages,
    title: o.title,
    description: o.description,
    ...(o.translations && Object.keys(o.translations).length > 0 ? { 'x-translations': o.translations } : {}),
    homepage: o.homepage,
    ...(o.fictional ? { fictif: true } : {}),
    keywords: o.keywords,
    licenses: distinctLicenses(o.plans),
    contributors,
    ...(sources.length > 0 ? { sources } : {}),
    resources: o.resources.map((r) => ({
      name: r.table.name,
      type: 'table',
      profile: 'tabular-data-resource',
      path: r.path,
      title: r.table.title,
      description: r.table.description,
      ...translationsOf(r.translations ?? [], (t) => ({ title: t.table.title, description: t.table.description })),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: r.bytes,
      hash: r.hash,
      dialect: CSV_DIALECT,
      schema: tableSchema(r.table, o.scope, o.languages[0], r.translations),
    })),
  };
}
