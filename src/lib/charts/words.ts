/**
 * What the chart builders need to write in one interface language: its catalogue parts and its
 * `Intl` locale. Pure: the language comes from the page (`Astro.locals.language`) as an argument;
 * builders default to French, the language of the language-free data files (chart CSVs).
 */
import { LOCALES, messages, type Messages, type UiLanguage } from '../i18n';
import { localText, type Translations } from '../i18n/localize';

export interface ChartLanguage {
  language: UiLanguage;
  /** `Intl` locale of the numbers and dates ('fr-FR', 'nl-BE', 'en-GB'). */
  locale: string;
  t: Messages['charts'];
  /** Canonical state names. */
  statusNames: Messages['status']['names'];
}

const cache = new Map<UiLanguage, ChartLanguage>();

/** The chart texts of `language` (built once per language). */
export function chartLanguage(language: UiLanguage = 'fr'): ChartLanguage {
  let found = cache.get(language);
  if (!found) {
    const m = messages(language);
    cache.set(language, (found = { language, locale: LOCALES[language], t: m.charts, statusNames: m.status.names }));
  }
  return found;
}

/**
 * A plan's own text (a title, a level's name) for a chart in `language`: the entity's translation
 * of `field` when the plan gives one, else the original as published. `source` is the plan's
 * first language. Translations are read loosely: not every entity type declares them yet.
 */
export function planText(entity: object, field: string, original: string, language: UiLanguage, source: UiLanguage | undefined): string {
  return planLocal(entity, field, original, language, source).text;
}

/**
 * {@link planText}, with the language the text is in when it is not `language` (an untranslated
 * title on a Dutch page is French: the page marks it `lang="fr"`).
 */
export function planLocal(
  entity: object,
  field: string,
  original: string,
  language: UiLanguage,
  source: UiLanguage | undefined,
): { text: string; lang?: UiLanguage } {
  const translations = (entity as { translations?: Translations }).translations;
  const local = localText(original, translations, field, language, source ?? language);
  return local && local.lang !== language ? { text: local.text, lang: local.lang } : { text: local?.text ?? original };
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * What every chart carries about its language: the language it was written in, and, for charts
 * built through lib/charts/catalog, the way to write it again in another one (pages that built a
 * chart without the reader's language still show it in the reader's language).
 */
export interface InLanguage<T> {
  language: UiLanguage;
  inLanguage?: (language: UiLanguage) => T | undefined;
}

/** `chart` in `language`: itself when it is in it already, else rebuilt when it can be. */
export function chartIn<T extends InLanguage<T>>(chart: T, language: UiLanguage): T {
  return chart.language === language ? chart : (chart.inLanguage?.(language) ?? chart);
}
