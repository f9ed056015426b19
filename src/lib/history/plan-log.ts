/**
 * What changed in a whole plan, for `/<plan>/changements/`: blocks of one day and one action,
 * newest day first, actions in the plan's order within a day. Pure; linear in the plan's changes.
 */
import type { UiLanguage } from '../i18n';
import type { PlanChange } from './changes';
import { describeChanges, kindsOf, preferPlanReporting, type ChangeKindSlug, type IndicatorNames } from './describe';

export interface ChangeBlock {
  date: string;
  /** '' for changes outside any action (hierarchy, plan-level indicators). */
  actionId: string;
  lines: string[];
  /** Public notes of the commits behind the block, each once. */
  notes: string[];
  commits: string[];
}

/** A filter of the changes page: everything, one kind, or one year. */
export type ChangeFilter = { kind: ChangeKindSlug } | { year: string } | undefined;

export function matches(c: PlanChange, filter: ChangeFilter): boolean {
  if (!filter) return true;
  if ('kind' in filter) return kindsOf(c).includes(filter.kind);
  return c.date.startsWith(filter.year);
}

/**
 * @param changes the plan's changes, oldest first
 * @param actionOrder position of each current action in the plan (removed actions sort after)
 * @param language of the sentences (default French)
 */
export function planBlocks(
  changes: PlanChange[],
  filter: ChangeFilter,
  actionOrder: ReadonlyMap<string, number>,
  indicator?: IndicatorNames,
  language: UiLanguage = 'fr',
): ChangeBlock[] {
  const blocks = new Map<string, ChangeBlock>();
  const kept = preferPlanReporting(changes).filter((c) => matches(c, filter));
  for (const { change: c, line } of describeChanges(kept, indicator, language)) {
    const key = `${c.date}\t${c.actionId}`;
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { date: c.date, actionId: c.actionId, lines: [], notes: [], commits: [] }));
    b.lines.push(line);
    if (c.note && !b.notes.includes(c.note)) b.notes.push(c.note);
    if (!b.commits.includes(c.commit)) b.commits.push(c.commit);
  }
  const rank = (id: string) => (id === '' ? Number.MAX_SAFE_INTEGER : (actionOrder.get(id) ?? Number.MAX_SAFE_INTEGER - 1));
  return [...blocks.values()].sort((a, b) => b.date.localeCompare(a.date) || rank(a.actionId) - rank(b.actionId) || a.actionId.localeCompare(b.actionId));
}

/** Years with at least one change, newest first. */
export function changeYears(changes: PlanChange[]): string[] {
  return [...new Set(changes.map((c) => c.date.slice(0, 4)))].sort().reverse();
}
