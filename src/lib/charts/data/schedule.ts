/**
 * The schedule of a group of actions: those with a start or an end that can be placed in time,
 * ordered by start.
 */
import { extent } from 'd3-array';
import type { Action } from '../../model/types';
import { compareDates } from '../../normalise/date';
import { formatNumber, formatYear } from '../../format';
import { isDrawable } from '../gantt';
import type { ChartTable } from './table';
import type { ActionWords } from './status';

export interface ScheduleChart {
  kind: 'schedule';
  id: string;
  title: string;
  message: string;
  notes: string[];
  /** Actions drawn, ordered by start then end (actions without a start last). */
  actions: Action[];
  /** Actions of the group left out because neither date can be placed in time. */
  undated: number;
  /** First and last years of the dates drawn. */
  span: [number, number];
  table: ChartTable;
}

/** "41 Titre" — the action's code, when it has one, then its title. */
export const actionLabel = (a: Action) => (a.code ? `${a.code} ${a.title}` : a.title);

/**
 * @param actions the group's actions (each once)
 * @param words the plan's words for actions, lower case
 * @returns undefined when no action of the group has a date that can be drawn
 */
export function scheduleChart(actions: Action[], id: string, title: string, words: ActionWords): ScheduleChart | undefined {
  const dated = actions.filter((a) => isDrawable(a.start) || isDrawable(a.end));
  if (dated.length === 0) return undefined;
  const sorted = [...dated].sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end, b.end));
  const years = sorted.flatMap((a) => [a.start, a.end].filter(isDrawable).flatMap((d) => [Number(d.start!.slice(0, 4)), Number(d.end!.slice(0, 4))]));
  // extent loops: Math.min(...years) overflows the call stack at 100 000 actions.
  const [first, last] = extent(years) as [number, number];
  const open = sorted.filter((a) => !isDrawable(a.end)).length;
  const undated = actions.length - dated.length;
  const { singular, plural } = words;
  const count =
    dated.length === actions.length
      ? `${dated.length === 1 ? `La seule ${singular}` : `Les ${formatNumber(dated.length)} ${plural}`}`
      : `${formatNumber(dated.length)} des ${formatNumber(actions.length)} ${plural}`;
  const verb = dated.length === 1 ? 'a' : 'ont';
  const span = first === last ? `en ${formatYear(first)}` : `de ${formatYear(first)} à ${formatYear(last)}`;
  const message = `${count} ${verb} des dates, qui s'étendent ${span}.`;
  const notes = [
    `Une date donnée à l’année, à la saison ou au mois est hachurée sur toute la période qu’elle couvre ; la partie pleine est celle où l’${singular} est certainement en cours.`,
    open > 0 ? `${formatNumber(open)} ${open === 1 ? singular : plural} sans date de fin : barre ouverte jusqu’au bord droit.` : '',
    undated > 0 ? `${formatNumber(undated)} ${undated === 1 ? `${singular} n’a` : `${plural} n’ont`} ni début ni fin datés et ne ${undated === 1 ? 'figure' : 'figurent'} pas ici.` : '',
  ].filter(Boolean);
  return {
    kind: 'schedule',
    id,
    title,
    message,
    notes,
    actions: sorted,
    undated,
    span: [first, last],
    table: {
      columns: [
        { key: 'id', label: 'Identifiant', kind: 'text' },
        { key: 'action', label: capital(singular), kind: 'text' },
        { key: 'debut', label: 'Début (tel que publié)', kind: 'text' },
        { key: 'debut_du', label: 'Début, au plus tôt', kind: 'date' },
        { key: 'debut_au', label: 'Début, au plus tard', kind: 'date' },
        { key: 'fin', label: 'Fin (telle que publiée)', kind: 'text' },
        { key: 'fin_du', label: 'Fin, au plus tôt', kind: 'date' },
        { key: 'fin_au', label: 'Fin, au plus tard', kind: 'date' },
      ],
      rows: sorted.map((a) => ({
        id: a.id,
        action: actionLabel(a),
        debut: a.start.raw.trim() || undefined,
        debut_du: isDrawable(a.start) ? a.start.start : undefined,
        debut_au: isDrawable(a.start) ? a.start.end : undefined,
        fin: a.end.raw.trim() || undefined,
        fin_du: isDrawable(a.end) ? a.end.start : undefined,
        fin_au: isDrawable(a.end) ? a.end.end : undefined,
      })),
    },
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
