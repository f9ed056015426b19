import { z } from 'astro/zod';
import type { CsvTable } from '../csv/parse';
import { normaliseBudget } from '../normalise/budget';
import { isIsoDate, looksLikeCalendarDate } from '../normalise/calendar';
import { normaliseDate } from '../normalise/date';
import { idProblem } from './ids';
import type { IssueLog } from './issues';
import { MAX_AMOUNT, type FieldSpec, type TableSpec } from './tables';
import { TRANSLATABLE_FIELDS, parseTranslatedName, translatedNameProblem, withTranslatedColumns } from './translatable';
import type { UiLanguage } from '../i18n/languages';

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

/**
 * Control characters a cell may not hold: C0 except tab and line feed (a line break only exists
 * inside quoted text), DEL and C1. They are invisible on the page, garble exports and usually come
 * from a broken copy-paste or encoding.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** The message for a cell holding a control character, or undefined when it holds none. */
export function controlCharacterMessage(value: string): string | undefined {
  const m = CONTROL.exec(value);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `caractère de contrôle invisible U+${code} dans la valeur (position ${m.index + 1}) : supprimez-le (attendu : du texte imprimable)`;
}

/** A plain number as the content guide asks for it: digits, an optional sign, "." for decimals. */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/** Beyond 15 significant digits a number is not stored exactly (IEEE 754 doubles): it would be published rounded. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Significant digits of a plain number ("0.050" → 1, "12000" → 2, "-1.25" → 3). */
export function significantDigits(plain: string): number {
  const digits = plain.replace(/^[-+]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** Checks a plain number: exactly representable, within the column's unit range. */
function numberProblems(field: FieldSpec, value: string): string[] {
  const problems: string[] = [];
  if (significantDigits(value) > MAX_SIGNIFICANT_DIGITS) {
    problems.push(`nombre de plus de ${MAX_SIGNIFICANT_DIGITS} chiffres significatifs « ${value} » : il serait publié arrondi (${Number(value)}) (attendu : au plus ${MAX_SIGNIFICANT_DIGITS} chiffres)`);
  }
  const n = Number(value);
  if (field.unit === 'percent' && (n < 0 || n > 100)) problems.push(`pourcentage hors limites (${value}) (attendu : un nombre entre 0 et 100)`);
  if (field.unit === 'euro' && Math.abs(n) >= MAX_AMOUNT) problems.push(amountMessage(value));
  return problems;
}

const amountMessage = (value: string) =>
  `montant démesuré (${value}) : mille milliards d'euros ou plus, faute de frappe ? (attendu : un montant en euros inférieur à 10¹² €)`;

const decimalCommaMessage = (value: string) =>
  `virgule décimale dans « ${value} » : écrivez « ${value.replace(',', '.')} » (attendu : chiffres et « . » décimal, sans espace ni unité)`;

/**
 * Every problem of one cell (a CSV cell, or a fiche value turned into one), in French; an empty
 * list when the cell is valid. Checked in every column: control characters, and text a spreadsheet
 * would run as a formula (each item of a list column too; numbers such as `-5` are not formulas).
 * Then by type: identifiers, enum values, numbers (plain, "." decimal, at most 15 significant
 * digits, 0–100 for a percentage, below 10¹² for euros; a decimal comma gets its fix suggested,
 * also in a `mayBeNumber` text column), ISO dates that exist in the calendar, schedule cells
 * written as a day that does not exist ("31/04/2021"), and budget texts read as 10¹² € or more.
 *
 * @param partial an action fiche completing a CSV row: required columns may be empty
 */
export function cellProblems(field: FieldSpec, value: string, { partial = false } = {}): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  if (value === '') {
    if (field.required && !partial) fail('valeur obligatoire manquante');
    return problems;
  }
  const control = controlCharacterMessage(value);
  if (control) fail(control);
  if (isFormulaLike(value)) fail(formulaMessage(value));
  else if (field.type === 'list' || field.type === 'refs' || field.type === 'enums') {
    // Each item may end up in a cell of its own (a facet, a YAML list item of a fiche).
    const item = splitList(value).find(isFormulaLike);
    if (item) fail(formulaMessage(item));
  }
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
      else problems.push(...numberProblems(field, value));
      break;
    case 'year':
      if (!/^\d{4}$/.test(value)) fail(`année attendue (AAAA), pas « ${value} »`);
      break;
    case 'number':
      if (DECIMAL_COMMA.test(value)) fail(decimalCommaMessage(value));
      else if (!PLAIN_NUMBER.test(value)) fail(`nombre attendu (chiffres, « . » décimal, sans espace ni unité), pas « ${value} »`);
      else problems.push(...numberProblems(field, value));
      break;
    case 'text':
      if (field.mayBeNumber && DECIMAL_COMMA.test(value)) fail(decimalCommaMessage(value));
      else if (field.mayBeNumber && PLAIN_NUMBER.test(value)) problems.push(...numberProblems(field, value));
      break;
    case 'iso-date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`date attendue au format AAAA-MM-JJ, pas « ${value} »`);
      else if (!isIsoDate(value)) fail(impossibleDateMessage(value, 'AAAA-MM-JJ'));
      break;
    case 'date-text':
      if (looksLikeCalendarDate(value) && normaliseDate(value).kind === 'text') fail(impossibleDateMessage(value));
      break;
    case 'budget-text': {
      if (!mayReachMaxAmount(value)) break;
      const b = normaliseBudget(value);
      const amounts = [b.min, b.max, ...(b.parts ?? []).map((p) => p.amount)].filter((n): n is number => n !== undefined);
      if (amounts.some((n) => Math.abs(n) >= MAX_AMOUNT)) fail(amountMessage(value));
      break;
    }
    default:
      break;
  }
  return problems;
}

/**
 * Cheap test before parsing a budget cell (which costs ~6 µs, a lot at 100 000 actions): 10¹² €
 * needs 13 digits, or fewer with a scale word, and every scale (k€, M€, Md€, mille, million,
 * milliard) holds a « k » or an « m ».
 */
function mayReachMaxAmount(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return digits >= 13 || (digits >= 1 && /[km]/i.test(value));
}

/**
 * The message for a date that names a day (or month) that does not exist, with the formats the
 * field accepts (a column of ISO dates takes only AAAA-MM-JJ: naming JJ/MM/AAAA there would
 * contradict its other message).
 */
export const impossibleDateMessage = (value: string, formats = 'AAAA-MM-JJ ou JJ/MM/AAAA') =>
  `date impossible « ${value} » : ce jour n'existe pas dans le calendrier (attendu : une date réelle, ${formats})`;

function checkCell(field: FieldSpec, value: string, ctx: z.RefinementCtx, partial: boolean): void {
  for (const message of cellProblems(field, value, { partial })) ctx.addIssue({ code: 'custom', message });
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
 * `plan` gives the plan's languages: its translated columns (`title_nl`, see translatable.ts) are
 * then accepted and checked like the original ones; a misnamed one says why.
 * Invalid rows are reported and left out of the result, so the build fails rather than publishing them.
 */
export function validateTable(spec: TableSpec, table: CsvTable, log: IssueLog, plan?: { languages: readonly UiLanguage[]; file: string }): ValidRow[] {
  const originals = spec.fields.map((f) => f.name);
  const known = new Set(originals);
  if (plan) spec = withTranslatedColumns(spec, plan.languages);
  const accepted = new Set(spec.fields.map((f) => f.name));
  for (const column of table.header) {
    if (accepted.has(column)) continue;
    const translated = plan && parseTranslatedName(column, originals);
    const problem = translated && translatedNameProblem(translated, TRANSLATABLE_FIELDS[spec.name], plan.languages, plan.file);
    log.error(table.file, 1, column, problem || `colonne inconnue (colonnes possibles : ${[...known].join(', ')} ; traductions : <colonne>_<langue>, voir content/README.md)`);
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
