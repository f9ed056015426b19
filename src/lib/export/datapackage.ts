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
 */
import { createHash } from 'node:crypto';
import type { PlanMeta } from '../model/types';
import { NATURE_LABELS, type Column, type ExportTable } from './schema';

export type Scope = 'plan' | 'all';

export interface TableSchemaField {
  name: string;
  type: string;
  format?: string;
  description: string;
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

/** Description of a column for a Table Schema: its meaning, nature, origin and unit. */
export function fieldDescription(c: Column): string {
  const parts = [c.description, `Nature : ${NATURE_LABELS[c.nature]}. Origine : ${c.origin}.`];
  if (c.unit) parts.push(`Unité : ${c.unit}.`);
  if (c.list) parts.push('Plusieurs valeurs séparées par « ; ».');
  if (c.references) parts.push(`Référence : ${c.references}.`);
  return parts.join(' ');
}

function field(c: Column): TableSchemaField {
  const constraints: TableSchemaField['constraints'] = {};
  if (c.required) constraints.required = true;
  if (c.values) constraints.enum = [...c.values];
  if (c.pattern) constraints.pattern = c.pattern;
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: fieldDescription(c),
    ...(c.example !== undefined ? { example: c.example } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** Primary key of a table in files of one plan (`plan`) or of several (`all`). */
export function primaryKeyOf(table: ResourceTable, scope: Scope): string[] {
  return scope === 'all' && table.name !== 'plans' ? ['plan', ...table.primaryKey] : table.primaryKey;
}

/** The Table Schema of one exported table. */
export function tableSchema(table: ResourceTable, scope: Scope): TableSchema {
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
    fields: table.columns.map(field),
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

export const sha256 = (data: string | Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A table described in a data package: one of the exported tables, or another file (the changes). */
export type ResourceTable = Omit<ExportTable, 'name'> & { name: string };

export interface ResourceFile {
  table: ResourceTable;
  /** Path relative to the descriptor's folder. */
  path: string;
  body: string;
}

export interface PackageOptions {
  scope: Scope;
  name: string;
  id: string;
  title: string;
  description: string;
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
    title: o.title,
    description: o.description,
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
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(r.body, 'utf8'),
      hash: sha256(r.body),
      dialect: CSV_DIALECT,
      schema: tableSchema(r.table, o.scope),
    })),
  };
}
