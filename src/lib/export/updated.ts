import type { Plan } from '../model/types';

/**
 * The latest day the content itself gives for a plan: its newest dated update, else its adoption
 * date; undefined when it gives none. Used as "last updated" when git history is unavailable.
 */
export function contentDay(plan: Plan): string | undefined {
  const days = [...plan.updates.map((u) => u.date), plan.meta.adopted].filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return days.sort().at(-1);
}
