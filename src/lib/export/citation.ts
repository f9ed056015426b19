import { formatDate } from '../format';

/**
 * The citation line of a dataset: « <Territoire> — <plan>, données téléchargées sur <URL>, mise à
 * jour du <date> ». The date is the content's last change (see `plans.last_updated`), never the
 * build's; without one the line says so rather than invent it.
 * @param who territory (or the site's name, for all plans)
 * @param what plan title (or "tous les plans publics")
 * @param url absolute URL of the page the data was downloaded from
 * @param day YYYY-MM-DD
 */
export function citationLine(who: string, what: string, url: string, day?: string): string {
  const when = day ? `mise à jour du ${formatDate(day)}` : 'date de mise à jour non renseignée';
  return `${who} — ${what}, données téléchargées sur ${url}, ${when}`;
}
