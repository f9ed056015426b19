import { z } from 'astro/zod';
import { STATUSES } from '../normalise/status';
import { isIsoDate } from '../normalise/calendar';
import { TABLES, type TableSpec } from './tables';
import { TRANSLATABLE_FIELDS, TRANSLATABLE_PLAN_KEYS, TRANSLATABLE_PLAN_SUBKEYS, withTranslatedColumns } from './translatable';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { bilanIdProblem, levelIdProblem } from './ids';
import { languageList } from './language-list';
import { MAX_SIGNIFICANT_DIGITS, controlCharacterMessage, formulaMessage, impossibleDateMessage, isFormulaLike, significantDigits } from './validate';

/**
 * Text of plan.md: it reaches exported cells (plans.csv, the level labels of hierarchy.csv, every
 * per-action file), so it follows the rules of a CSV cell: no control character, nothing a
 * spreadsheet would run as a formula.
 */
const text = z.string().superRefine((value, ctx) => {
  const control = controlCharacterMessage(value);
  if (control) ctx.addIssue({ code: 'custom', message: control });
  if (isFormulaLike(value)) ctx.addIssue({ code: 'custom', message: formulaMessage(value) });
});
const year = z.number().int().min(1900).max(2100);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
      // Only a date of the right shape can be impossible: « 17/12/2024 » gets the message above alone.
      .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), { error: (issue) => impossibleDateMessage(String(issue.input), 'AAAA-MM-JJ') }),
  );
/** A level id is a URL segment of the plan's pages: the id rule, minus the plan's own segments. */
const levelId = z.string().superRefine((id, ctx) => {
  const problem = levelIdProblem(id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
// Content trust: a link in plan.md is a web address, never `javascript:` or `data:`.
const webUrl = z.url({ protocol: /^https?$/, error: 'adresse web attendue (https://…)' });
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;
/**
 * Where citizens report an error in the plan: an e-mail address (a service's, never a person's)
 * or a web page (a contact form). Shown as "signaler une erreur" on every action page.
 */
const contact = z.string().refine((v) => EMAIL.test(v) || webUrl.safeParse(v).success, {
  message: 'adresse électronique (climat@exemple.fr) ou adresse web (https://…) attendue',
});

/**
 * Optional translated keys `<key>_<lang>` for every interface language: whether the plan declares
 * that language is checked once the plan's languages are known (assemble.ts), with a message
 * that says how to declare it.
 */
function translatedKeys<K extends string>(keys: readonly K[]) {
  const shape: Record<string, z.ZodOptional<typeof text>> = {};
  for (const key of keys) for (const lang of UI_LANGUAGES) shape[`${key}_${lang}`] = text.optional();
  return shape as Record<`${K}_${UiLanguage}`, z.ZodOptional<typeof text>>;
}

/**
 * A bilan's id: the name of its folder (data/<plan>/bilans/<id>/) and a URL segment
 * (/<plan>/bilans/<id>/, /donnees/<plan>/bilans/<id>.zip): the id rule (ids.ts), no dot, so that
 * `<id>.zip` can never be mistaken for a file of another release.
 */
// `id: 2025` without quotes is read by YAML as a number: the same id.
const bilanId = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((v) => String(v))
  .pipe(
    z.string().superRefine((id, ctx) => {
      const problem = bilanIdProblem(id);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

/** Licence Ouverte 2.0 (Etalab) is the default licence of French public data. */
export const DEFAULT_LICENCE = {
  name: 'Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** Frontmatter of `content/<plan>/plan.md`. Unknown keys are errors (a typo must not vanish). */
export const PlanFrontmatterSchema = z.strictObject({
  title: text.min(1),
  short_title: text.optional(),
  territory: text.min(1),
  territory_code: z.strictObject({ scheme: z.enum(['SIREN', 'INSEE', 'NIS', 'autre']), value: text }).optional(),
  kind: text.optional(),
  description: text.optional(),
  period: z
    .strictObject({ start: year, end: year })
    .refine((p) => p.end >= p.start, {
      path: ['end'],
      error: (issue) => {
        const p = issue.input as { start: number; end: number };
        return `la fin de la période (${p.end}) précède son début (${p.start}) (attendu : end au plus tôt l'année de start)`;
      },
    })
    .optional(),
  adopted: isoDate.optional(),
  document: z.strictObject({ title: text, url: webUrl.optional(), ...translatedKeys(TRANSLATABLE_PLAN_SUBKEYS.document) }).optional(),
  licence: z.strictObject({ name: text, url: webUrl.optional() }).optional(),
  contact: contact.optional(),
  levels: z
    .array(
      z.strictObject({
        id: levelId,
        label: text,
        plural: text,
        ...translatedKeys(TRANSLATABLE_PLAN_SUBKEYS.levels),
      }),
    )
    .default([]),
  action_label: z.strictObject({ singular: text, plural: text, ...translatedKeys(TRANSLATABLE_PLAN_SUBKEYS.action_label) }).optional(),
  subaction_label: z.strictObject({ singular: text, plural: text, ...translatedKeys(TRANSLATABLE_PLAN_SUBKEYS.subaction_label) }).optional(),
  statuses: z.record(z.string(), z.enum(STATUSES)).optional(),
  /**
   * The languages the plan is published in, the first being the one its texts were written in
   * (never assumed: absent, the site's default language). Each must be a language of the site.
   */
  languages: languageList('du plan').optional(),
  fictional: z.boolean().default(false),
  /** A plan being written: shown by `npm run dev`, never published (see lib/model/publish.ts). */
  draft: z.boolean().default(false),
  order: z.number().int().default(100),
  sources: z.array(z.strictObject({ title: text, url: webUrl.optional(), note: text.optional() })).default([]),
  /**
   * The plan's bilans: frozen releases of its data, each in data/<plan>/bilans/<id>/ (written by
   * `npm run bilan`, which adds the entry here). `date`: the day it was cut.
   */
  bilans: z
    .array(z.strictObject({ id: bilanId, title: text.min(1), date: isoDate }))
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((b, i) => {
        if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `bilan « ${b.id} » déclaré deux fois (attendu : un id par bilan)` });
        seen.add(b.id);
      });
    })
    .default([]),
  // `title_nl`, `description_en`…: the plan's texts in its other languages (see translatable.ts).
  ...translatedKeys(TRANSLATABLE_PLAN_KEYS),
});
export type PlanFrontmatter = z.infer<typeof PlanFrontmatterSchema>;

/**
 * Frontmatter of an action fiche (`content/<plan>/actions/<id>.md|mdx`): the columns of
 * `actions.csv`, where list columns may be YAML lists. A fiche may define an action on its own or
 * complete the CSV row with the same id (never redefine a filled field).
 */
// YAML reads `budget: 12345678901234567890` as a double: past 15 digits the text we would keep is
// already rounded, so such a number must be written in quotes (or with fewer digits).
const yamlNumber = z.number().refine((n) => significantDigits(String(n).replace(/e.*$/i, '')) <= MAX_SIGNIFICANT_DIGITS, {
  message: `nombre de plus de ${MAX_SIGNIFICANT_DIGITS} chiffres significatifs : YAML l'a déjà arrondi (attendu : au plus ${MAX_SIGNIFICANT_DIGITS} chiffres, ou le texte entre guillemets)`,
});
const cell = z.union([z.string(), yamlNumber, z.boolean()]).transform((v) => String(v));
const listCell = z.union([cell, z.array(cell)]).transform((v) => (Array.isArray(v) ? v.join(' ; ') : v));
const actionShape = (spec: TableSpec) =>
  Object.fromEntries(
    spec.fields.map((f) => {
      const isList = f.type === 'refs' || f.type === 'list' || f.type === 'enums';
      const base = isList ? listCell : cell;
      return [f.name, f.name === 'id' ? cell : base.optional()];
    }),
  );
export const FicheFrontmatterSchema = z.strictObject(actionShape(TABLES.actions));
export type FicheFrontmatter = Record<string, string | undefined>;

/** A fiche's keys in a plan of `languages`: the columns of actions.csv, translated ones included. */
export const ficheFrontmatterSchema = (languages: readonly UiLanguage[]) => z.strictObject(actionShape(withTranslatedColumns(TABLES.actions, languages)));

/**
 * Front matter of a translated fiche (`actions/<id>.<lang>.md|mdx`): optional, `id` (else the
 * file name's) and the action's translatable texts in that language, under their original names.
 */
export const TranslatedFicheFrontmatterSchema = z.strictObject(
  Object.fromEntries([['id', cell.optional()], ...TRANSLATABLE_FIELDS.actions.map((name) => [name, cell.optional()])]),
);

/** What a YAML value is, in French, for « type attendu : …, reçu : … ». */
function yamlKind(value: unknown): string {
  if (value === null) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (value instanceof Date) return 'une date';
  const kinds: Record<string, string> = { string: 'un texte', number: 'un nombre', boolean: 'true ou false', object: 'des sous-clés' };
  return kinds[typeof value] ?? typeof value;
}

/** The value at `path` in parsed YAML data, undefined when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/**
 * A zod issue on front matter, in French, saying what was expected: a key that is there with the
 * wrong YAML type (`title: [a, b]`, `period: 2020`) says « type attendu : … », never that it is
 * missing. zod does not keep the input in its issues, so `data` (what was parsed) is looked up.
 */
export function frontmatterMessage(
  issue: { code: string; message: string; path: readonly PropertyKey[]; expected?: unknown; origin?: string; minimum?: unknown; maximum?: unknown },
  data: unknown,
): string {
  if (issue.code === 'invalid_type') {
    const value = valueAt(data, issue.path);
    if (value === undefined) return 'clé obligatoire absente';
    const expected: Record<string, string> = { string: 'un texte', number: 'un nombre', int: 'un nombre entier', boolean: 'true ou false', array: 'une liste', object: 'des sous-clés', date: 'une date' };
    return `type attendu : ${expected[String(issue.expected)] ?? String(issue.expected)} (reçu : ${yamlKind(value)})`;
  }
  if (issue.code === 'invalid_union') {
    return `type attendu : un texte, un nombre ou une liste (reçu : ${yamlKind(valueAt(data, issue.path))})`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    if (issue.origin === 'string' && issue.code === 'too_small') return 'texte vide (attendu : un texte)';
    if (issue.origin === 'array') return `liste ${issue.code === 'too_small' ? 'trop courte' : 'trop longue'} (attendu : ${issue.code === 'too_small' ? 'au moins' : 'au plus'} ${String(bound)} éléments)`;
    return `valeur hors des bornes (attendu : ${issue.code === 'too_small' ? 'au moins' : 'au plus'} ${String(bound)})`;
  }
  if (issue.code === 'invalid_value') return `valeur inconnue (${issue.message.replace(/^Invalid option: expected one of /, 'attendu : ')})`;
  return issue.message;
}
