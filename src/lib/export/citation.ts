import { formatDate } from '../format';
import { LOCALES, messages, type UiLanguage } from '../i18n';

/**
 * The citation line of a dataset, in `language`: « <Territoire> — <plan>, données téléchargées sur
 * <URL>, mise à jour du <date> ». The date is the content's last change (see `plans.last_updated`),
 * never the build's; without one the line says so rather than invent it.
 * @param who territory (or the site's name, for all plans)
 * @param what plan title (or "tous les plans publics")
 * @param url absolute URL of the page the data was downloaded from
 * @param day YYYY-MM-DD
 */
export function citationLine(who: string, what: string, url: string, day?: string, language: UiLanguage = 'fr'): string {
  const w = messages(language).data.files;
  const when = day ? w.citationUpdated(formatDate(day, LOCALES[language])) : w.citationNoDate;
  return w.citation(who, what, url, when);
}

/**
 * The citation line of one bilan (lib/bilans), in `language`: « <Territoire> — <plan>, bilan 2025
 * publié le 31 janvier 2026, données téléchargées sur <URL> ». The date is the bilan's own.
 * @param release the bilan's id, as its folder and URL name it
 * @param day YYYY-MM-DD, the day the bilan was cut
 */
export function releaseCitationLine(who: string, what: string, release: string, day: string, url: string, language: UiLanguage = 'fr'): string {
  return messages(language).data.files.releaseCitation(who, what, release, formatDate(day, LOCALES[language]), url);
}
