/**
 * The languages the interface speaks. A site declares a subset in `site.yml` (`languages`, the
 * first is the default and keeps the unprefixed URLs); a plan declares the languages it is
 * published in (`plan.md` `languages`, the first is the language its texts were written in).
 */
export const UI_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The `Intl` locale of each interface language (numbers, money, dates). */
export const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' };

/** Open Graph's `og:locale` form of each interface language. */
export const OG_LOCALES: Record<UiLanguage, string> = { fr: 'fr_FR', nl: 'nl_BE', en: 'en_GB' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * A language's own name, in the language given (`languageName('fr', 'nl')` is « Frans »),
 * from `Intl.DisplayNames`, first letter as the language writes a name standing alone.
 */
export function languageName(language: string, inLanguage: UiLanguage): string {
  const name = new Intl.DisplayNames([LOCALES[inLanguage]], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(LOCALES[inLanguage]) + name.slice(1);
}
