/**
 * View model of an action page: everything the template lays out, read from the plan's index
 * (see model/queries) in time proportional to the action's own rows, never to the plan's.
 */
import { messages, type UiLanguage } from '../i18n';
import { localText, type LocalText } from '../i18n/localize';
import { ancestors, childrenOf, type PlanIndex } from '../model/queries';
import type { Action, BudgetLine, HierarchyNode, Indicator, Partner, SubAction, Update } from '../model/types';
import { actionWords, sourceLanguage, type Word } from './plan-words';

export interface ActionView {
  /** The nodes the action sits under, in the order its row gives them (unknown ids left out). */
  parents: HierarchyNode[];
  /** Breadcrumb trail through the first parent: its ancestors from the root, then itself. */
  firstChain: HierarchyNode[];
  subactions: SubAction[];
  partners: Partner[];
  /**
   * Names of the partners in one role, attached to the action itself (`subaction` undefined) or
   * to one of its sub-actions, in table order, each in the reader's language when the plan
   * translates it (`name_en`).
   */
  byRole: (role: Partner['role'], subaction?: string) => LocalText[];
  indicators: Indicator[];
  /** Budget lines by year (the table's order within a year). */
  budgetLines: BudgetLine[];
  updates: Update[];
  /** Linked actions of the same plan (unknown ids left out). */
  related: Action[];
  /** "Commune — Quartier — Site", the parts given. */
  place: string;
  /** "<code> <title>", or the title alone, the title in the reader's language when the plan gives it. */
  title: string;
  /** The action's title as the reader gets it (translated, or the original marked with its language). */
  heading: LocalText;
  summary?: LocalText;
  /** The action's free-text fields in the reader's language when the plan translates them (`pilot_en`…). */
  pilot?: LocalText;
  targets?: LocalText;
  carbonGain?: LocalText;
  concertation?: LocalText;
  /** The climate issues (atténuation, adaptation) and energy effects, named in the reader's language. */
  climateIssues: string[];
  energyEffects: string[];
  /** What the plan calls its actions and sub-actions (see plan-words). */
  words: { action: Word; subaction: Word };
}

/**
 * @param index the plan's index
 * @param action one of its actions
 * @param language the reader's language (default: the plan's own)
 */
export function actionView(index: PlanIndex, action: Action, language: UiLanguage = sourceLanguage(index.plan.meta)): ActionView {
  const source = sourceLanguage(index.plan.meta);
  const t = messages(language).action;
  const heading = localText(action.title, action.translations, 'title', language, source)!;
  // Values outside the vocabulary were reported by the content check; shown as written.
  const named = (names: Record<string, string>, values: string[]) => values.map((v) => names[v] ?? v);
  const children = childrenOf(index, action.id);
  const parents = action.parents.map((id) => index.nodes.get(id)).filter((n): n is HierarchyNode => !!n);
  const { partners } = children;
  const local = (original: string | undefined, field: string) => localText(original, action.translations, field, language, source);
  return {
    parents,
    firstChain: parents[0] ? [...ancestors(index, parents[0]), parents[0]] : [],
    subactions: children.subactions,
    partners,
    byRole: (role, subaction) =>
      partners.filter((p) => p.role === role && p.subaction === subaction).map((p) => localText(p.name, p.translations, 'name', language, source)!),
    indicators: children.indicators,
    budgetLines: [...children.budgetLines].sort((a, b) => a.year - b.year),
    updates: children.updates,
    related: action.related.map((id) => index.actions.get(id)).filter((a): a is Action => !!a),
    place: [action.place.commune, action.place.district, action.place.site].filter(Boolean).join(' — '),
    title: `${action.code ? `${action.code} ` : ''}${heading.text}`,
    heading,
    summary: local(action.summary, 'summary'),
    pilot: local(action.pilot, 'pilot'),
    targets: local(action.targets, 'targets'),
    carbonGain: local(action.carbonGain, 'carbon_gain'),
    concertation: local(action.concertation, 'concertation'),
    climateIssues: named(t.climateIssues, action.climateIssues),
    energyEffects: named(t.energyEffects, action.energyEffects),
    words: actionWords(index.plan.meta, language),
  };
}
