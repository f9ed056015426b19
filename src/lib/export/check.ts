/**
 * A small Table Schema validator for the exported CSV files: header, types, constraints, primary
 * keys and foreign keys, with the semantics of Frictionless tools (a missing value is one of
 * `missingValues`; a foreign key whose fields are all missing is not checked).
 *
 * The build runs it on every package it writes (a broken key fails the build instead of being
 * published), and the tests run it on the files of dist/.
 */
import Papa from 'papaparse';
import type { ForeignKey, TableSchema, TableSchemaField } from './datapackage';

export interface CheckedResource {
  name: string;
  /**
   * The CSV text of the resource, or a function that reads it: resources are parsed one at a
   * time, so a portal's all-plans tables are never all held parsed at once.
   */
  csv: string | (() => string);
  schema: TableSchema;
}

export interface TableProblem {
  resource: string;
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  field: string;
  message: string;
}

/** Parses a canonical CSV (comma, header row) into its header and rows of strings. */
export function readCsv(csv: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', header: false, skipEmptyLines: true, dynamicTyping: false });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a (non-missing) cell does not fit its field, or undefined when it does. */
export function cellProblem(field: TableSchemaField, value: string): string | undefined {
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) return `entier attendu, pas « ${value} »`;
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(value)) return `nombre attendu, pas « ${value} »`;
      break;
    case 'year':
      if (!/^-?\d{4}$/.test(value)) return `année attendue, pas « ${value} »`;
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') return `true ou false attendu, pas « ${value} »`;
      break;
    case 'date': {
      const m = DAY.exec(value);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
      if (!m || !d || d.getUTCDate() !== Number(m[3])) return `date AAAA-MM-JJ attendue, pas « ${value} »`;
      break;
    }
    case 'string':
      if (field.format === 'uri' && !URL.canParse(value)) return `adresse (URI) attendue, pas « ${value} »`;
      break;
    default:
      return `type inconnu ${field.type}`;
  }
  const c = field.constraints;
  if (c?.enum && !c.enum.includes(value)) return `valeur « ${value} » hors de la liste (${c.enum.join(', ')})`;
  if (c?.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) return `« ${value} » ne suit pas le motif ${c.pattern}`;
  return undefined;
}

const keyOf = (cells: string[]) => JSON.stringify(cells);

/** The rows of a resource that name a key of another, kept for the foreign-key pass. */
interface References {
  fk: ForeignKey;
  /** Columns of the key in the resource's own header; undefined when one is absent. */
  found: boolean;
  /** Each filled reference: its key and its line. */
  keys: string[];
  lines: number[];
}

/**
 * Validates resources against their Table Schemas, foreign keys included (resolved among the
 * resources given, by name). Returns every problem found; an empty list means valid.
 *
 * One resource is parsed at a time: what the foreign keys need (the referenced keys of each
 * table, the references of each row) is kept, the parsed rows are not.
 */
export function checkResources(resources: CheckedResource[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  // The keys each table is referenced by: `<fields>` joined, per resource name.
  const referenced = new Map<string, Set<string>>();
  for (const r of resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      if (!referenced.has(fk.reference.resource)) referenced.set(fk.reference.resource, new Set());
      referenced.get(fk.reference.resource)!.add(keyOf(fk.reference.fields));
    }
  }
  const headers = new Map<string, string[]>();
  /** For each resource name and referenced fields (keyOf), the keys its rows offer. */
  const offered = new Map<string, Map<string, Set<string>>>();
  const references = new Map<string, References[]>();

  for (const r of resources) {
    const { header, rows } = readCsv(typeof r.csv === 'function' ? r.csv() : r.csv);
    headers.set(r.name, header);
    const add = (line: number, field: string, message: string) => problems.push({ resource: r.name, line, field, message });

    const keys = new Map<string, Set<string>>();
    for (const fieldsKey of referenced.get(r.name) ?? []) {
      const index = (JSON.parse(fieldsKey) as string[]).map((f) => header.indexOf(f));
      keys.set(fieldsKey, index.includes(-1) ? new Set() : new Set(rows.map((cells) => keyOf(index.map((j) => cells[j])))));
    }
    offered.set(r.name, keys);

    const missing = new Set(r.schema.missingValues);
    references.set(
      r.name,
      (r.schema.foreignKeys ?? []).map((fk) => {
        const localIndex = fk.fields.map((f) => header.indexOf(f));
        const refs: References = { fk, found: !localIndex.includes(-1), keys: [], lines: [] };
        if (!refs.found) return refs;
        rows.forEach((cells, i) => {
          const values = localIndex.map((j) => cells[j]);
          if (values.every((v) => missing.has(v))) return;
          refs.keys.push(keyOf(values));
          refs.lines.push(i + 2);
        });
        return refs;
      }),
    );

    const names = r.schema.fields.map((f) => f.name);
    if (keyOf(header) !== keyOf(names)) {
      add(1, '-', `en-tête « ${header.join(',')} » au lieu de « ${names.join(',')} »`);
      continue;
    }
    // A table without a primary key (the changes file) has no key to check.
    const primaryKey = r.schema.primaryKey ?? [];
    const pkIndex = primaryKey.map((f) => names.indexOf(f));
    const seen = new Map<string, number>();
    rows.forEach((cells, i) => {
      const line = i + 2;
      if (cells.length !== names.length) {
        add(line, '-', `${cells.length} cellule(s) au lieu de ${names.length}`);
        return;
      }
      r.schema.fields.forEach((f, j) => {
        const v = cells[j];
        if (missing.has(v)) {
          if (f.constraints?.required) add(line, f.name, 'valeur obligatoire manquante');
          return;
        }
        const p = cellProblem(f, v);
        if (p) add(line, f.name, p);
      });
      if (primaryKey.length === 0) return;
      const pk = pkIndex.map((j) => cells[j]);
      if (pk.some((v) => missing.has(v))) add(line, primaryKey.join('+'), 'clé primaire incomplète');
      const key = keyOf(pk);
      if (seen.has(key)) add(line, primaryKey.join('+'), `clé primaire ${pk.join(' | ')} en double (déjà ligne ${seen.get(key)})`);
      else seen.set(key, line);
    });
  }

  for (const r of resources) {
    for (const refs of references.get(r.name)!) {
      const { fk } = refs;
      const label = `${fk.fields.join('+')} → ${fk.reference.resource}.${fk.reference.fields.join('+')}`;
      const add = (line: number, message: string) => problems.push({ resource: r.name, line, field: fk.fields.join('+'), message });
      const targetHeader = headers.get(fk.reference.resource);
      if (!byName.has(fk.reference.resource) || !targetHeader) {
        add(0, `ressource référencée absente : ${label}`);
        continue;
      }
      if (!refs.found || fk.reference.fields.some((f) => !targetHeader.includes(f))) {
        add(0, `colonne inconnue dans la clé ${label}`);
        continue;
      }
      const keys = offered.get(fk.reference.resource)!.get(keyOf(fk.reference.fields))!;
      // A loop, not push(...): a broken key may yield a problem per row, 100 000 of them.
      refs.keys.forEach((key, i) => {
        if (!keys.has(key)) add(refs.lines[i], `clé étrangère ${(JSON.parse(key) as string[]).join(' | ')} introuvable (${label})`);
      });
    }
  }
  return problems;
}

export function formatTableProblem(p: TableProblem): string {
  return `${p.resource}:${p.line}: ${p.field}: ${p.message}`;
}
