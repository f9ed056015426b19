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
  /** The CSV text of the resource. */
  csv: string;
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

/**
 * Validates resources against their Table Schemas, foreign keys included (resolved among the
 * resources given, by name). Returns every problem found; an empty list means valid.
 */
export function checkResources(resources: CheckedResource[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const parsed = new Map(resources.map((r) => [r.name, { ...r, ...readCsv(r.csv) }]));

  for (const r of parsed.values()) {
    const add = (line: number, field: string, message: string) => problems.push({ resource: r.name, line, field, message });
    const names = r.schema.fields.map((f) => f.name);
    if (keyOf(r.header) !== keyOf(names)) {
      add(1, '-', `en-tête « ${r.header.join(',')} » au lieu de « ${names.join(',')} »`);
      continue;
    }
    const missing = new Set(r.schema.missingValues);
    // A table without a primary key (the changes file) has no key to check.
    const primaryKey = r.schema.primaryKey ?? [];
    const pkIndex = primaryKey.map((f) => names.indexOf(f));
    const seen = new Map<string, number>();
    r.rows.forEach((cells, i) => {
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

  for (const r of parsed.values()) {
    // A loop, not push(...): a broken key may yield a problem per row, 100 000 of them.
    for (const fk of r.schema.foreignKeys ?? []) for (const p of checkForeignKey(r.name, r, fk, parsed)) problems.push(p);
  }
  return problems;
}

function checkForeignKey(
  name: string,
  r: { header: string[]; rows: string[][]; schema: TableSchema },
  fk: ForeignKey,
  all: Map<string, { header: string[]; rows: string[][]; schema: TableSchema }>,
): TableProblem[] {
  const target = all.get(fk.reference.resource);
  const label = `${fk.fields.join('+')} → ${fk.reference.resource}.${fk.reference.fields.join('+')}`;
  if (!target) return [{ resource: name, line: 0, field: fk.fields.join('+'), message: `ressource référencée absente : ${label}` }];
  const targetIndex = fk.reference.fields.map((f) => target.header.indexOf(f));
  const localIndex = fk.fields.map((f) => r.header.indexOf(f));
  if (targetIndex.includes(-1) || localIndex.includes(-1)) {
    return [{ resource: name, line: 0, field: fk.fields.join('+'), message: `colonne inconnue dans la clé ${label}` }];
  }
  const keys = new Set(target.rows.map((cells) => keyOf(targetIndex.map((j) => cells[j]))));
  const missing = new Set(r.schema.missingValues);
  const problems: TableProblem[] = [];
  r.rows.forEach((cells, i) => {
    const values = localIndex.map((j) => cells[j]);
    if (values.every((v) => missing.has(v))) return;
    if (!keys.has(keyOf(values))) {
      problems.push({ resource: name, line: i + 2, field: fk.fields.join('+'), message: `clé étrangère ${values.join(' | ')} introuvable (${label})` });
    }
  });
  return problems;
}

export function formatTableProblem(p: TableProblem): string {
  return `${p.resource}:${p.line}: ${p.field}: ${p.message}`;
}
