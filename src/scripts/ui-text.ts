/**
 * The interface words of the browser scripts, in the page's language (`<html lang>`, set by the
 * server for the page's URL). Only the catalogue parts the scripts use are bundled (explorer,
 * search, status): not the whole catalogue.
 */
import { explorer as frExplorer } from '../lib/i18n/fr/explorer';
import { explorer as nlExplorer } from '../lib/i18n/nl/explorer';
import { explorer as enExplorer } from '../lib/i18n/en/explorer';
import { search as frSearch } from '../lib/i18n/fr/search';
import { search as nlSearch } from '../lib/i18n/nl/search';
import { search as enSearch } from '../lib/i18n/en/search';
import { status as frStatus } from '../lib/i18n/fr/status';
import { status as nlStatus } from '../lib/i18n/nl/status';
import { status as enStatus } from '../lib/i18n/en/status';
import { isUiLanguage, LOCALES, UI_LANGUAGES, type UiLanguage } from '../lib/i18n/languages';
import type { Messages } from '../lib/i18n';

export type ScriptMessages = Pick<Messages, 'explorer' | 'search' | 'status'>;

const PARTS: Record<UiLanguage, ScriptMessages> = {
  fr: { explorer: frExplorer, search: frSearch, status: frStatus },
  nl: { explorer: nlExplorer, search: nlSearch, status: nlStatus },
  en: { explorer: enExplorer, search: enSearch, status: enStatus },
};

/** The page's language, from `<html lang>` (the first interface language if it is not one). */
export function pageLanguage(): UiLanguage {
  const lang = document.documentElement.lang;
  return isUiLanguage(lang) ? lang : UI_LANGUAGES[0];
}

/** The page's words, its `Intl` locale, and a number formatter in it. */
export function uiText(): { t: ScriptMessages; locale: string; fmt: (n: number) => string } {
  const language = pageLanguage();
  const nf = new Intl.NumberFormat(LOCALES[language]);
  return { t: PARTS[language], locale: LOCALES[language], fmt: (n) => nf.format(n) };
}
