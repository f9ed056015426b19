import { z } from 'astro/zod';
import type { CsvTable } from '../csv/parse';
import { idProblem } from './ids';
import type { IssueLog } from './issues';
import type { FieldSpec, TableSpec } from './tables';

const LIST_SEPARATOR = ';';

/** Splits a `list`/`refs`/`enums` cell on `;`, trimming and dropping empty items. */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Case-, accent- and spacing-insensitive key, so "Atténuation" matches the value `attenuation`. */
export function looseKey(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Spreadsheet programs run a cell that starts with one of these characters as a formula
 * (CSV injection: `=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`). A plain number such as `-5`, and the
 * dash placeholders plans use for "nothing" (`-`, `--`, `- €`), are not a risk and are never reported.
 */
export function isFormulaLike(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?$/.test(cell.trim()) && !/^-+\s*€?$/.test(cell.trim());
}

/** The content check's message for a formula-like cell (an error: see content/README.md). */
export function formulaMessage(cell: string): string {
  const first = cell[0] === '\t' ? 'une tabulation' : cell[0] === '\r' ? 'un retour chariot' : `« ${cell[0]} »`;
  return `la valeur commence par ${first} : un tableur l'exécuterait comme une formule (attendu : un texte qui commence par une lettre ou un chiffre ; pour une liste Markdown, « * » au lieu de « - »)`;
}

function checkCell(field: FieldSpec, value: string, ctx: z.RefinementCtx, partial: boolean): void {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (value === '') {
    if (field.required && !partial) fail('valeur obligatoire manquante');
    return;
  }
  if (isFormulaLike(value)) fail(formulaMessage(value));
  switch (field.type) {
    case 'id':
    case 'ref':
    case 'refs':
      // Each item of a `;` list alone: the message quotes the one that is wrong.
      for (const item of field.type === 'refs' ? splitList(value) : [value]) {
        const problem = idProblem(item);
        if (problem) fail(problem);
      }
      break;
    case 'enum':
    case 'enums': {
      const items = field.type === 'enum' ? [value] : splitList(value);
      const allowed = (field.values ?? []).map(looseKey);
      for (const item of items) {
        if (!allowed.includes(looseKey(item))) fail(`valeur inconnue « ${item} » (attendu : ${field.values?.join(', ')})`);
      }
      break;
    }
    case 'integer':
      if (!/^-?\d+$/.test(value)) fail(`nombre entier attendu, pas « ${value} »`);
      break;
    case 'year':
      if (!/^\d{4}$/.test(value)) fail(`année attendue (AAAA), pas « ${value} »`);
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(value)) fail(`nombre attendu (chiffres, « . » décimal, sans espace ni unité), pas « ${value} »`);
      break;
    case 'iso-date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail(`date attendue au format AAAA-MM-JJ, pas « ${value} »`);
      break;
    default:
      break;
  }
}

/**
 * Builds the zod schema of one table row from its spec: every declared column is a string, checked
 * according to its type; enum values come out in their canonical spelling. `partial` skips the
 * required-field check (an action fiche may complete a CSV row that has the title).
 */
export function rowSchema(spec: TableSpec, { partial = false } = {}) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of spec.fields) {
    shape[field.name] = z
      .string()
      .default('')
      .superRefine((value, ctx) => checkCell(field, value, ctx, partial))
      .transform((value) => canonicalEnum(field, value));
  }
  return z.object(shape);
}

function canonicalEnum(field: FieldSpec, value: string): string {
  if (field.type !== 'enum' && field.type !== 'enums') return value;
  const byKey = new Map((field.values ?? []).map((v) => [looseKey(v), v]));
  const items = field.type === 'enum' ? [value] : splitList(value);
  return items.map((i) => byKey.get(looseKey(i)) ?? i).join(' ; ');
}

export interface ValidRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Validates a parsed CSV table against its spec: unknown or missing columns, then each row.
 * Invalid rows are reported and left out of the result, so the build fails rather than publishing them.
 */
export function validateTable(spec: TableSpec, table: CsvTable, log: IssueLog): ValidRow[] {
  const known = new Set(spec.fields.map((f) => f.name));
  for (const column of table.header) {
    if (!known.has(column)) log.error(table.file, 1, column, `colonne inconnue (colonnes possibles : ${[...known].join(', ')})`);
  }
  for (const field of spec.fields) {
    if (field.required && !table.header.includes(field.name)) {
      log.error(table.file, 1, field.name, 'colonne obligatoire absente');
    }
  }
  const schema = rowSchema(spec);
  const rows: ValidRow[] = [];
  for (const row of table.rows) {
    const parsed = schema.safeParse(row.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        log.error(table.file, row.line, String(issue.path[0] ?? '-'), issue.message);
      }
      continue;
    }
    rows.push({ line: row.line, values: parsed.data });
  }
  return rows;
}
