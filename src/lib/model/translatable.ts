/**
 * Which texts of a plan may be given in its other languages, and how they are named: one
 * convention everywhere, `<field>_<lang>` (`title_nl`, `summary_en`) — a CSV column beside the
 * original one, a key of plan.md beside the original key. A plan's first language (plan.md
 * `languages`) is the one its texts are written in; only its other languages take translations.
 *
 * Translatable: the free texts a reader reads as sentences or names. Not translatable: ids, codes,
 * references, enumerations (their wording comes from the interface's catalogue), numbers, dates
 * and amounts as written (« été 2019 », « 17 à 27 M€ »: parsed, shown with the raw text), the
 * plan's own status wording (kept as published), lists (tags and approaches are facets: one value
 * per item, shared between languages; related_text), place names (commune, district, site: proper
 * names) and `source` (provenance notes for reusers).
 */
import { UI_LANGUAGES, isUiLanguage, type UiLanguage } from '../i18n/languages';
import type { Translations } from '../i18n/localize';
import type { FieldSpec, TableName, TableSpec } from './tables';

/** The translatable columns of each CSV table (names as in tables.ts). */
export const TRANSLATABLE_FIELDS: Record<TableName, readonly string[]> = {
  hierarchy: ['title', 'summary'],
  actions: ['title', 'summary', 'pilot', 'targets', 'carbon_gain', 'concertation'],
  subactions: ['title', 'description', 'pilot'],
  partners: ['name'],
  indicators: ['label', 'unit', 'description', 'data_source'],
  indicator_values: ['note'],
  budget_lines: ['note'],
  updates: ['note'],
  // The spreadsheet's header is shown as the field's label, so it takes a translation too.
  extra_fields: ['field', 'value'],
};

/** plan.md's translatable top-level keys (`title_nl: …`). */
export const TRANSLATABLE_PLAN_KEYS = ['title', 'short_title', 'territory', 'kind', 'description'] as const;
/** Translatable keys inside plan.md's objects (`document: { title_nl }`, `levels: [{ label_nl }]`…). */
export const TRANSLATABLE_PLAN_SUBKEYS = {
  document: ['title'],
  levels: ['label', 'plural'],
  action_label: ['singular', 'plural'],
  subaction_label: ['singular', 'plural'],
} as const;

/** The name of a translation: `translatedName('title', 'nl')` is `title_nl`. */
export const translatedName = (field: string, language: UiLanguage) => `${field}_${language}`;

/** The languages a plan takes translations in: all its languages but the first (its texts' own). */
export const translationLanguages = (languages: readonly UiLanguage[]): UiLanguage[] => languages.slice(1);

/** `<field>_<xx>`: a name that looks like a translation of `field` into language `xx`. */
const TRANSLATED = /^(.+)_([A-Za-z]{2})$/;

/**
 * For a column (or key) name that is not an original one, whether it is meant as a translation:
 * `<field>_<lang>` with `field` among `originals`. Returns the parts, or undefined for a name that
 * does not look like one (reported as unknown by the caller).
 */
export function parseTranslatedName(name: string, originals: readonly string[]): { field: string; lang: string } | undefined {
  const m = TRANSLATED.exec(name);
  if (!m || !originals.includes(m[1])) return undefined;
  return { field: m[1], lang: m[2] };
}

/**
 * What is wrong with the language code `lang` of a translation in a plan of `languages`, in
 * French, or undefined when the plan takes translations in it. `original` says where the text of
 * the plan's own language goes (« dans « title » », « dans le fichier sans code de langue »);
 * `planFile` names plan.md, for the fix.
 */
export function languageProblem(lang: string, languages: readonly UiLanguage[], planFile: string, original: string): string | undefined {
  if (lang !== lang.toLowerCase()) return `code de langue en majuscules « ${lang} » : écrivez « ${lang.toLowerCase()} »`;
  if (!isUiLanguage(lang)) return `langue « ${lang} » inconnue du site (langues possibles : ${UI_LANGUAGES.join(', ')})`;
  if (lang === languages[0]) return `« ${lang} » est la langue d'origine du plan (la première de « languages » dans ${planFile}) : son texte va ${original}`;
  if (!languages.includes(lang)) {
    return `langue « ${lang} » non déclarée par le plan (langues du plan : ${languages.join(', ')}) : ajoutez-la à « languages » dans ${planFile}, par exemple languages: [${[...languages, lang].join(', ')}]`;
  }
  return undefined;
}

/**
 * What is wrong with a translated name `<field>_<lang>` in a plan of `languages`, in French, or
 * undefined when it is a valid translation. `translatable` lists the fields that take one.
 */
export function translatedNameProblem(
  parts: { field: string; lang: string },
  translatable: readonly string[],
  languages: readonly UiLanguage[],
  planFile: string,
): string | undefined {
  const { field, lang } = parts;
  if (lang !== lang.toLowerCase()) return `code de langue en majuscules : écrivez « ${field}_${lang.toLowerCase()} »`;
  if (!translatable.includes(field)) {
    return `le champ « ${field} » ne se traduit pas (champs traduisibles : ${translatable.join(', ') || 'aucun'})`;
  }
  return languageProblem(lang, languages, planFile, `dans « ${field} »`);
}

/**
 * The spec of a table with its translated columns: after each translatable field, one optional
 * column per translation language, checked like the original (control characters, formulas,
 * Markdown links…) but never required.
 */
export function withTranslatedColumns(spec: TableSpec, languages: readonly UiLanguage[]): TableSpec {
  return withColumnsIn(spec, translationLanguages(languages));
}

/**
 * The spec with translated columns for every interface language: the order of columns a tool
 * writes (the importer), whatever the plan's languages.
 */
export const withEveryTranslation = (spec: TableSpec): TableSpec => withColumnsIn(spec, UI_LANGUAGES);

function withColumnsIn(spec: TableSpec, targets: readonly UiLanguage[]): TableSpec {
  if (targets.length === 0) return spec;
  const translatable = TRANSLATABLE_FIELDS[spec.name];
  const fields: FieldSpec[] = [];
  for (const field of spec.fields) {
    fields.push(field);
    if (!translatable.includes(field.name)) continue;
    for (const lang of targets) {
      fields.push({ ...field, name: translatedName(field.name, lang), required: false, example: undefined });
    }
  }
  return { ...spec, fields };
}

/**
 * The translations held in one row's values (`{ title_nl: '…' }` → `{ nl: { title: '…' } }`),
 * empty cells left out; undefined when there is none.
 */
export function translationsOf(values: Record<string, string | undefined>, fields: readonly string[], languages: readonly UiLanguage[]): Translations | undefined {
  let out: Translations | undefined;
  for (const lang of translationLanguages(languages)) {
    for (const field of fields) {
      const value = values[translatedName(field, lang)];
      if (!value) continue;
      out ??= {};
      (out[lang] ??= {})[field] = value;
    }
  }
  return out;
}

/**
 * Translated cells whose original is empty: `[{ column: 'title_nl', field: 'title' }]`. A
 * translation translates a text of the plan; alone it would show a text the plan does not have.
 */
export function orphanTranslations(values: Record<string, string | undefined>, fields: readonly string[], languages: readonly UiLanguage[]): { column: string; field: string }[] {
  const out: { column: string; field: string }[] = [];
  for (const lang of translationLanguages(languages)) {
    for (const field of fields) {
      const column = translatedName(field, lang);
      if (values[column] && !values[field]) out.push({ column, field });
    }
  }
  return out;
}

/** The message for a translation whose original is empty. */
export const orphanMessage = (field: string) =>
  `traduction sans texte d'origine : « ${field} » est vide (une traduction traduit un texte du plan ; remplissez « ${field} » ou videz cette cellule)`;
