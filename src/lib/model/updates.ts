/** What changed recently: the dated updates (suivi) that change an action's status. */
import type { Action, Plan, StatusValue, Update } from './types';

export interface StatusChange {
  update: Update;
  action: Action;
  /** The status given by the action's previous dated update, when there is one. */
  previous?: StatusValue;
}

/**
 * The latest `limit` updates that set a status, newest first (same day: the file's later row
 * first), each with the status the action had at its previous update.
 * Updates of unknown actions are ignored (the content check reports them).
 */
export function recentStatusChanges(plan: Plan, limit = 5): StatusChange[] {
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const withStatus = plan.updates
    .map((update, i) => ({ update, i }))
    .filter(({ update }) => update.status && actions.has(update.action) && /^\d{4}-\d{2}-\d{2}/u.test(update.date));
  const chronological = [...withStatus].sort((a, b) => a.update.date.localeCompare(b.update.date) || a.i - b.i);
  const previous = new Map<Update, StatusValue | undefined>();
  const last = new Map<string, StatusValue>();
  for (const { update } of chronological) {
    previous.set(update, last.get(update.action));
    last.set(update.action, update.status!);
  }
  return chronological
    .reverse()
    .slice(0, limit)
    .map(({ update }) => {
      const change: StatusChange = { update, action: actions.get(update.action)! };
      const before = previous.get(update);
      if (before) change.previous = before;
      return change;
    });
}
