/**
 * The site's languages as pages use them: which languages a page exists in, and the `lang` route
 * parameter of each (`src/pages/[...lang]/…`: none for the default language, whose URLs are
 * unprefixed, `nl`, `en`… for the others).
 */
import type { UiLanguage } from '../lib/i18n';
import type { PlanMeta } from '../lib/model/types';
import { site } from '../site-config';

/** The site's languages (site.yml `languages`), the default first. */
export const siteLanguages: readonly UiLanguage[] = site.languages;
export const defaultLanguage: UiLanguage = siteLanguages[0];

/** The route parameter of a language: undefined for the default one (unprefixed URLs). */
export function langParam(language: UiLanguage): string | undefined {
  return language === defaultLanguage ? undefined : language;
}

/** The language of a page from its path below the base (`nl/bruxelles/` → nl, `bruxelles/` → default). */
export function languageOfPath(path: string): UiLanguage {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return siteLanguages.find((language) => language === first && language !== defaultLanguage) ?? defaultLanguage;
}

/** The languages a plan's pages exist in: its own, as declared (the site's are checked on load). */
export function planLanguages(meta: PlanMeta): readonly UiLanguage[] {
  return meta.languages.length > 0 ? meta.languages : [defaultLanguage];
}

/**
 * The language a link to one of a plan's pages should use, read in `language`: that one when the
 * plan is published in it, else the plan's first language (the reader lands on its source text).
 */
export function planLanguageFor(meta: PlanMeta, language: UiLanguage): UiLanguage {
  const own = planLanguages(meta);
  return own.includes(language) ? language : own[0];
}

/** What a page of the site, in every site language, needs from getStaticPaths. */
export function eachSiteLanguage<P extends Record<string, string | undefined>, T>(
  make: (language: UiLanguage) => { params: P; props?: T }[],
) {
  return siteLanguages.flatMap((language) => make(language).map((entry) => ({ ...entry, params: { ...entry.params, lang: langParam(language) } })));
}

/** The same for a plan's pages, in each of the plan's languages. */
export function eachPlanLanguage<P extends Record<string, string | undefined>, T>(
  meta: PlanMeta,
  make: (language: UiLanguage) => { params: P; props?: T }[],
) {
  return planLanguages(meta).flatMap((language) => make(language).map((entry) => ({ ...entry, params: { ...entry.params, lang: langParam(language) } })));
}

/** The site's other languages as a pattern alternative (`nl|en`; never matching without any). */
const OTHER_LANGUAGES = siteLanguages.filter((l) => l !== defaultLanguage).join('|') || '(?!)';

/**
 * The prefix group of a data file's path written per language (`nl/<plan>/flux.atom`), for
 * fileRoutes patterns: the site's other languages only, so a plan folder never passes for one.
 */
export const LANGUAGE_PREFIX = `(?:(?<lang>${OTHER_LANGUAGES})/)?`;

/** A pattern start that refuses `<language>/<name>` itself (`nl/flux.atom` is no plan's `<plan>/flux.atom`). */
export const notLanguageFile = (name: string) => `(?!(?:${OTHER_LANGUAGES})/${name}$)`;
