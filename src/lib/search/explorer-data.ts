/**
 * Builds the explorer JSON (format documented in lib/search/explorer) from the model, at build
 * time. Pure: the endpoints pass the plan indexes in.
 */
import { localText } from '../i18n/localize';
import { STATUSES } from '../normalise/status';
import { formatBudget, formatPartialDate } from '../format';
import { LOCALES, messages, type UiLanguage } from '../i18n';
import type { PlanIndex } from '../model/queries';
import type { Action } from '../model/types';
import type { Budget } from '../normalise/budget';
import { actionFacets, planValue, statusValue, HAS_INDICATORS } from './facets';
import { EXPLORER_COLUMNS, type ExplorerData, type ExplorerRow } from './explorer';

/** A budget field holds a figure (not words, not "?", not empty). */
const hasFigure = (b: Budget) => b.kind === 'amount' || b.kind === 'range' || b.kind === 'sum';

/**
 * True when the plan gives any budget figure for the action: its global budget, its operating or
 * investment cost, or a planned/actual budget line.
 */
export function budgetKnown(action: Action, withLines: ReadonlySet<string>): boolean {
  return hasFigure(action.budget) || hasFigure(action.budgetOperating) || hasFigure(action.budgetInvestment) || withLines.has(action.id);
}

/** The budget as the list shows it: the global figure, else the operating/investment costs, else the plan's words. */
function budgetText(action: Action, language: UiLanguage): string {
  const locale = LOCALES[language];
  if (action.budget.kind !== 'none') return formatBudget(action.budget, locale);
  const words = messages(language).explorer;
  const parts = [
    action.budgetOperating.kind !== 'none' ? words.budgetOperating(formatBudget(action.budgetOperating, locale)) : '',
    action.budgetInvestment.kind !== 'none' ? words.budgetInvestment(formatBudget(action.budgetInvestment, locale)) : '',
  ].filter(Boolean);
  return parts.join(' ; ');
}

/** Interns strings into a dictionary, returning their indices. */
function interner() {
  const values: string[] = [];
  const index = new Map<string, number>();
  const of = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      index.set(v, i);
    }
    return i;
  };
  return { values, of };
}

/**
 * The explorer data of some plans (one plan, or every public plan), rows in list order. One file
 * is written once per language: its titles (when the plan translates them) and its few formatted
 * texts (dates, budgets) are in `language`.
 * @param indexes plan indexes, in site order: each is read once, in turn, and not kept (a portal's
 *   caller makes them one at a time)
 */
export function explorerData(indexes: Iterable<PlanIndex>, language: UiLanguage): ExplorerData {
  const locale = LOCALES[language];
  const axis = interner();
  const pilot = interner();
  const partner = interner();
  const issue = interner();
  const rows: ExplorerRow[] = [];
  const plans: ExplorerData['plans'] = [];
  for (const index of indexes) {
    const p = plans.length;
    plans.push({ slug: index.plan.meta.slug, title: planValue(index.plan.meta), fictional: index.plan.meta.fictional });
    const withLines = new Set(index.plan.budgetLines.map((b) => b.action));
    for (const action of index.plan.actions) {
      const f = actionFacets(index, action);
      const start = action.start.kind === 'date' ? action.start.start ?? '' : '';
      const end = action.end.kind === 'date' ? action.end.end ?? '' : '';
      // The action's title in this file's language when the plan translates it, else its own.
      const title = localText(action.title, action.translations, 'title', language, index.plan.meta.languages[0] ?? language) ?? { text: action.title, lang: language };
      rows.push([
        p,
        action.id,
        action.code ?? '',
        title.text,
        STATUSES.indexOf(action.status.status),
        f.axis.map(axis.of),
        f.pilot.map(pilot.of),
        f.partner.map(partner.of),
        f.issue.map(issue.of),
        f.indicators[0] === HAS_INDICATORS.yes ? 1 : 0,
        start,
        end,
        action.start.kind === 'none' ? '' : formatPartialDate(action.start, locale),
        action.end.kind === 'none' ? '' : formatPartialDate(action.end, locale),
        budgetKnown(action, withLines) ? 1 : 0,
        budgetText(action, language),
        action.status.derived ? 1 : 0,
        title.lang === language ? '' : title.lang,
      ]);
    }
  }
  return {
    version: 1,
    columns: EXPLORER_COLUMNS,
    plans,
    statuses: STATUSES.map(statusValue),
    values: { axis: axis.values, pilot: pilot.values, partner: partner.values, issue: issue.values },
    rows,
  };
}
