import type { UiLanguage } from '../lib/i18n';
import type { PlanMeta } from '../lib/model/types';
import { defaultLanguage, planLanguageFor } from './languages';

/**
 * Prefixes a site path (see lib/urls) with the configured base path, and with the language when
 * it is given and is not the site's default (`nl/…`). Data files have no language: no `language`.
 */
export function href(path: string, language?: UiLanguage): string {
  const prefix = language && language !== defaultLanguage ? `${language}/` : '';
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${prefix}${path}`;
}

/** Absolute URL of a site path, from the configured SITE_URL (canonical links, Open Graph, sitemap). */
export function absoluteUrl(path: string, site: URL | undefined, language?: UiLanguage): string {
  return new URL(href(path, language), site ?? 'http://localhost:4321').href;
}

/**
 * A link to one of a plan's pages from a page in `language`: in that language when the plan is
 * published in it, else in the plan's own first language.
 */
export function planHref(plan: PlanMeta, path: string, language: UiLanguage): string {
  return href(path, planLanguageFor(plan, language));
}
