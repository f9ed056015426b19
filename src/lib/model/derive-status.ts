/**
 * The status of an action whose own status cell is empty, read from its sub-actions' statuses.
 *
 * Grouped fiches (Dijon's « Budgéter, financer et évaluer… ») give a status per sub-action line
 * and none for the action itself. Counting such an action as « non renseigné » hides what the
 * plan says; giving it a status of its own would pretend the plan said it. So the site derives
 * one by a fixed, documented rule (content/README.md, « Les états d'avancement ») and marks it as
 * derived everywhere it is shown or exported.
 */
import type { Status } from '../normalise/status';

/** Said next to a derived status wherever it is shown (« À venir (d'après ses sous-actions) »). */
export const DERIVED_STATUS_NOTE = "d'après ses sous-actions";

/** Statuses that close an action: nothing more is expected of it. */
export const FINAL_STATUSES: readonly Status[] = ['realise', 'abandonne'];

/**
 * Every other real status, from the least to the most advanced: not yet decided, decided but not
 * started, started but stuck, stopped on purpose, moving but late, moving as planned. An action is
 * only as advanced as its least advanced open part.
 */
export const OPEN_STATUSES_BY_ADVANCEMENT: readonly Status[] = ['a_discuter', 'a_venir', 'bloque', 'en_pause', 'en_retard', 'en_cours'];

/**
 * Derives an action's status from its sub-actions' canonical statuses.
 *
 * Sub-actions « non renseigné » (empty cell, « ? ») say nothing and are left out. Then:
 * - none left: undefined (nothing to derive from);
 * - all alike: that status;
 * - otherwise, when at least one is open (not réalisé nor abandonné): the least advanced open
 *   status in {@link OPEN_STATUSES_BY_ADVANCEMENT} (« À venir » and « En cours » give « À venir »);
 * - otherwise (only réalisé and abandonné, mixed): undefined, since no status sums that mix up.
 *
 * @param statuses the sub-actions' canonical statuses, in any order
 * @returns the derived status, or undefined when the rule gives none
 */
export function deriveStatus(statuses: readonly Status[]): Status | undefined {
  const known: Status[] = statuses.filter((s) => s !== 'non_renseigne');
  if (known.length === 0) return undefined;
  if (known.every((s) => s === known[0])) return known[0];
  return OPEN_STATUSES_BY_ADVANCEMENT.find((s) => known.includes(s));
}
