/** Raw plan values (statuses, budgets, dates) to canonical forms; the raw text is always kept. */
export { STATUSES, STATUS_LABELS, labelKey, normaliseStatus } from './status';
export type { Status, StatusResult } from './status';
export { normaliseBudget } from './budget';
export type { Budget } from './budget';
export { normaliseDate, compareDates } from './date';
export type { PartialDate, Precision } from './date';
