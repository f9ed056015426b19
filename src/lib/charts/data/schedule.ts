/**
 * The schedule of a group of actions: those with a start or an end that can be placed in time,
 * ordered by start.
 */
import { extent } from 'd3-array';
import type { Action } from '../../model/types';
import { compareDates } from '../../normalise/date';
import { CLOSED_STATUSES } from '../../normalise/status';
import { formatNumber, formatYear } from '../../format';
import { isDrawable } from '../gantt';
import type { ChartTable } from './table';
import type { UiLanguage } from '../../i18n';
import { capitalise, chartLanguage, planLocal, type InLanguage } from '../words';
import type { ActionWords } from './status';

export interface ScheduleChart extends InLanguage<ScheduleChart> {
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

/**
 * "41 Titre" — the action's code, when it has one, then its title (its translation in `language`
 * when the plan gives one; `source` is the plan's first language).
 */
export const actionLabel = (a: Action, language: UiLanguage = 'fr', source?: UiLanguage) => actionLocal(a, language, source).text;

/** {@link actionLabel}, with the language of the title when it is not `language` (untranslated). */
export const actionLocal = (a: Action, language: UiLanguage = 'fr', source?: UiLanguage): { text: string; lang?: UiLanguage } => {
  const title = planLocal(a, 'title', a.title, language, source);
  return { ...title, text: a.code ? `${a.code} ${title.text}` : title.text };
};

/**
 * @param actions the group's actions (each once)
 * @param words the words for actions, lower case (see `actionWords`)
 * @param language the page's language; `source` the plan's first language (action titles)
 * @returns undefined when no action of the group has a date that can be drawn
 */
export function scheduleChart(
  actions: Action[],
  id: string,
  title: string,
  words: ActionWords,
  language: UiLanguage = 'fr',
  source?: UiLanguage,
): ScheduleChart | undefined {
  const { t, locale } = chartLanguage(language);
  const n = (x: number) => formatNumber(x, {}, locale);
  const dated = actions.filter((a) => isDrawable(a.start) || isDrawable(a.end));
  if (dated.length === 0) return undefined;
  const sorted = [...dated].sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end, b.end));
  const labels = sorted.map((a) => actionLocal(a, language, source));
  const years = sorted.flatMap((a) => [a.start, a.end].filter(isDrawable).flatMap((d) => [Number(d.start!.slice(0, 4)), Number(d.end!.slice(0, 4))]));
  // extent loops: Math.min(...years) overflows the call stack at 100 000 actions.
  const [first, last] = extent(years) as [number, number];
  const withoutEnd = sorted.filter((a) => !isDrawable(a.end));
  // A closed action without an end is drawn from its start only (see ganttLayout).
  const closed = withoutEnd.filter((a) => CLOSED_STATUSES.has(a.status.status)).length;
  const open = withoutEnd.length - closed;
  const undated = actions.length - dated.length;
  const { singular, plural } = words;
  const count =
    dated.length === actions.length
      ? t.schedule.countAll(dated.length, n(dated.length), singular, plural)
      : t.schedule.countSome(dated.length, n(dated.length), n(actions.length), plural);
  const message = first === last ? t.schedule.spanOne(count, formatYear(first)) : t.schedule.spanMany(count, formatYear(first), formatYear(last));
  const notes = [
    t.schedule.fuzzyNote(singular),
    open > 0 ? t.schedule.openNote(open, n(open), singular, plural) : '',
    closed > 0 ? t.schedule.closedNote(closed, n(closed), singular, plural) : '',
    undated > 0 ? t.schedule.undatedNote(undated, n(undated), singular, plural) : '',
  ].filter(Boolean);
  return {
    kind: 'schedule',
    language,
    id,
    title,
    message,
    notes,
    actions: sorted,
    undated,
    span: [first, last],
    table: {
      columns: [
        { key: 'id', label: t.columns.id, kind: 'text' },
        { key: 'action', label: capitalise(singular), kind: 'text', own: true },
        { key: 'debut', label: t.schedule.columns.start, kind: 'text' },
        { key: 'debut_du', label: t.schedule.columns.startFrom, kind: 'date' },
        { key: 'debut_au', label: t.schedule.columns.startTo, kind: 'date' },
        { key: 'fin', label: t.schedule.columns.end, kind: 'text' },
        { key: 'fin_du', label: t.schedule.columns.endFrom, kind: 'date' },
        { key: 'fin_au', label: t.schedule.columns.endTo, kind: 'date' },
      ],
      rows: sorted.map((a, i) => ({
        id: a.id,
        action: labels[i].text,
        debut: a.start.raw.trim() || undefined,
        debut_du: isDrawable(a.start) ? a.start.start : undefined,
        debut_au: isDrawable(a.start) ? a.start.end : undefined,
        fin: a.end.raw.trim() || undefined,
        fin_du: isDrawable(a.end) ? a.end.start : undefined,
        fin_au: isDrawable(a.end) ? a.end.end : undefined,
      })),
      ...(labels.some((l) => l.lang) ? { rowLang: labels.map((l) => l.lang) } : {}),
    },
  };
}
