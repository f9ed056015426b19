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

/** Calls `row` with each row of a canonical CSV (comma, header row), the header first, none kept. */
function eachCsvRow(csv: string, row: (cells: string[], index: number) => void): void {
  let index = 0;
  Papa.parse<string[]>(csv, { delimiter: ',', header: false, skipEmptyLines: true, dynamicTyping: false, step: (result) => row(result.data, index++) });
}

/** One foreign key of a resource as its rows are read. */
interface Reference {
  fk: ForeignKey;
  label: string;
  /** Columns of the key in the resource's header; undefined when one is absent. */
  localIndex?: number[];
  /** The referenced keys, when the referenced resource was read before this one. */
  targetKeys?: Set<string>;
  /** Otherwise, each filled reference (its key and line), checked once every resource is read. */
  deferred: { key: string; line: number }[];
  problems: TableProblem[];
}

/**
 * Validates resources against their Table Schemas, foreign keys included (resolved among the
 * resources given, by name). Returns every problem found; an empty list means valid.
 *
 * Resources are read one at a time and their rows one by one, none kept: a portal's all-plans
 * tables are hundreds of thousands of rows. What the foreign keys need is kept: the keys of the
 * tables referenced, and the references to a table not read yet.
 */
export function checkResources(resources: CheckedResource[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  // The keys each table is referenced by (the fields' keyOf), per resource name.
  const referenced = new Map<string, Set<string>>();
  for (const r of resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      if (!referenced.has(fk.reference.resource)) referenced.set(fk.reference.resource, new Set());
      referenced.get(fk.reference.resource)!.add(keyOf(fk.reference.fields));
    }
  }
  /** For each resource read, its header and, per referenced fields (keyOf), the keys its rows offer. */
  const read = new Map<string, { header: string[]; keys: Map<string, Set<string>> }>();
  const references = new Map<string, Reference[]>();

  for (const r of resources) {
    const add = (line: number, field: string, message: string) => problems.push({ resource: r.name, line, field, message });
    const names = r.schema.fields.map((f) => f.name);
    const missing = new Set(r.schema.missingValues);
    // A table without a primary key (the changes file) has no key to check.
    const primaryKey = r.schema.primaryKey ?? [];
    const pkIndex = primaryKey.map((f) => names.indexOf(f));
    const seen = new Map<string, number>();
    const offered = new Map<string, { index: number[]; keys: Set<string> }>();
    const refs: Reference[] = (r.schema.foreignKeys ?? []).map((fk) => ({
      fk,
      label: `${fk.fields.join('+')} → ${fk.reference.resource}.${fk.reference.fields.join('+')}`,
      deferred: [],
      problems: [],
    }));
    references.set(r.name, refs);
    let header: string[] = [];
    let headerOk = false;

    eachCsvRow(typeof r.csv === 'function' ? r.csv() : r.csv, (cells, i) => {
      if (i === 0) {
        header = cells;
        headerOk = keyOf(header) === keyOf(names);
        if (!headerOk) add(1, '-', `en-tête « ${header.join(',')} » au lieu de « ${names.join(',')} »`);
        for (const fieldsKey of referenced.get(r.name) ?? []) {
          const index = (JSON.parse(fieldsKey) as string[]).map((f) => header.indexOf(f));
          offered.set(fieldsKey, { index, keys: new Set() });
        }
        for (const ref of refs) {
          const localIndex = ref.fk.fields.map((f) => header.indexOf(f));
          if (!localIndex.includes(-1)) ref.localIndex = localIndex;
          const target = read.get(ref.fk.reference.resource);
          const targetFields = keyOf(ref.fk.reference.fields);
          if (target && ref.fk.reference.fields.every((f) => target.header.includes(f))) ref.targetKeys = target.keys.get(targetFields);
        }
        return;
      }
      const line = i + 1;
      for (const { index, keys } of offered.values()) if (!index.includes(-1)) keys.add(keyOf(index.map((j) => cells[j])));
      for (const ref of refs) {
        if (!ref.localIndex) continue;
        const values = ref.localIndex.map((j) => cells[j]);
        if (values.every((v) => missing.has(v))) continue;
        const key = keyOf(values);
        if (!ref.targetKeys) ref.deferred.push({ key, line });
        else if (!ref.targetKeys.has(key)) ref.problems.push(referenceProblem(r.name, ref, values, line));
      }
      if (!headerOk) return;
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
    read.set(r.name, { header, keys: new Map([...offered].map(([fields, { keys }]) => [fields, keys])) });
  }

  // Foreign-key problems come after every other, resource by resource, key by key.
  for (const r of resources) {
    for (const ref of references.get(r.name)!) {
      const field = ref.fk.fields.join('+');
      const target = read.get(ref.fk.reference.resource);
      if (!byName.has(ref.fk.reference.resource) || !target) {
        problems.push({ resource: r.name, line: 0, field, message: `ressource référencée absente : ${ref.label}` });
        continue;
      }
      if (!ref.localIndex || ref.fk.reference.fields.some((f) => !target.header.includes(f))) {
        problems.push({ resource: r.name, line: 0, field, message: `colonne inconnue dans la clé ${ref.label}` });
        continue;
      }
      const keys = target.keys.get(keyOf(ref.fk.reference.fields))!;
      // Checked as the rows were read (the referenced table came first), else now; in line order.
      for (const { key, line } of ref.deferred) if (!keys.has(key)) ref.problems.push(referenceProblem(r.name, ref, JSON.parse(key) as string[], line));
      // A loop, not push(...): a broken key may yield a problem per row, 100 000 of them.
      for (const p of ref.problems) problems.push(p);
    }
  }
  return problems;
}

function referenceProblem(resource: string, ref: Reference, values: string[], line: number): TableProblem {
  return { resource, line, field: ref.fk.fields.join('+'), message: `clé étrangère ${values.join(' | ')} introuvable (${ref.label})` };
}

export function formatTableProblem(p: TableProblem): string {
  return `${p.resource}:${p.line}: ${p.field}: ${p.message}`;
}
