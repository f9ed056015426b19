/**
 * Status charts: how many actions are in each state (for a plan or one node), and the same per
 * axis as 100 % stacked bars.
 */
import { countByStatus, actionsUnder, type PlanIndex } from '../../model/queries';
import type { Action, HierarchyNode } from '../../model/types';
import { STATUSES, type Status } from '../../normalise/status';
import { formatNumber } from '../../format';
import type { UiLanguage } from '../../i18n';
import { capitalise, chartLanguage, planLocal, type ChartLanguage, type InLanguage } from '../words';
import { sharePct, type ChartTable } from './table';

/**
 * A symbol per status, as the status badges of the stylesheet show them, so that chart labels
 * carry the status without relying on colour.
 */
export const STATUS_SYMBOLS: Record<Status, string> = {
  a_venir: '○',
  en_cours: '◐',
  realise: '✓',
  en_pause: '‖',
  abandonne: '✕',
  bloque: '■',
  en_retard: '!',
  a_discuter: '?',
  non_renseigne: '–',
};

/** "12 des 27 actions sont en cours" / "1 des 27 actions est réalisée" / "La seule action est réalisée". */
function countSentence(count: number, total: number, status: Status, words: { singular: string; plural: string }, l: ChartLanguage): string {
  const phrase = (count === 1 ? l.t.status.one : l.t.status.many)[status];
  return l.t.status.count(count, formatNumber(count, {}, l.locale), total, formatNumber(total, {}, l.locale), words.singular, words.plural, phrase);
}

export interface StatusChart extends InLanguage<StatusChart> {
  kind: 'status';
  id: string;
  title: string;
  /** First sentence of the caption: the main message. */
  message: string;
  total: number;
  /** Statuses with at least one action, in canonical order. */
  bars: { status: Status; label: string; count: number; share: number }[];
  table: ChartTable;
}

/**
 * Actions by status: count and share of each status present, in canonical order.
 * @param id chart id, unique in the plan
 * @param words the words for actions, lower case ("action"/"actions", "fiche"/"fiches"): see {@link actionWords}
 * @param language the page's language (labels, message and table headers)
 * @returns undefined when there is no action or no action has a known status (nothing to draw:
 *   see {@link unknownStatusSentence})
 */
export function statusChart(actions: Action[], id: string, title: string, words: ActionWords, language: UiLanguage = 'fr'): StatusChart | undefined {
  const { plural } = words;
  const l = chartLanguage(language);
  const total = actions.length;
  if (total === 0) return undefined;
  const bars = countByStatus(actions)
    .filter((c) => c.count > 0)
    .map((c) => ({ status: c.status, label: l.statusNames[c.status], count: c.count, share: sharePct(c.count, total)! }));
  const known = bars.filter((b) => b.status !== 'non_renseigne');
  // A single grey bar would say nothing a sentence does not: pages write unknownStatusSentence.
  if (known.length === 0) return undefined;
  const [top, next] = [...known].sort((a, b) => b.count - a.count || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
  const then = next
    ? l.t.status.then(next.count, formatNumber(next.count, {}, l.locale), (next.count === 1 ? l.t.status.one : l.t.status.many)[next.status])
    : '';
  const message = `${countSentence(top.count, total, top.status, words, l)}${then}.`;
  return {
    kind: 'status',
    language,
    id,
    title,
    message,
    total,
    bars,
    table: {
      columns: [
        { key: 'etat', label: l.t.columns.status, kind: 'text' },
        { key: 'actions', label: capitalise(plural), kind: 'count' },
        { key: 'part_pct', label: l.t.columns.share, kind: 'percent' },
      ],
      rows: bars.map((b) => ({ etat: b.label, actions: b.count, part_pct: b.share })),
    },
  };
}

export interface ProgressChart extends InLanguage<ProgressChart> {
  kind: 'progress';
  id: string;
  title: string;
  message: string;
  /** Statuses used by at least one row, in canonical order (the legend). */
  statuses: Status[];
  /** The words for actions in the chart's language (bar labels: « 18 actions »). */
  words: ActionWords;
  /** `lang`: the language of `label` when it is not the chart's (an untranslated title). */
  rows: { node: HierarchyNode; label: string; lang?: UiLanguage; total: number; counts: Record<Status, number> }[];
  table: ChartTable;
}

/**
 * Progress per node: for each node, its actions (at any depth, each once) by status.
 * An action under two nodes counts in both.
 * @returns undefined when no node has an action, or no action has a known status
 */
export function progressChart(
  index: PlanIndex,
  nodes: HierarchyNode[],
  id: string,
  title: string,
  language: UiLanguage = 'fr',
): ProgressChart | undefined {
  const l = chartLanguage(language);
  const { singular, plural } = actionWords(index, language);
  const rows = nodes.map((node) => {
    const under = actionsUnder(index, node);
    const counts = Object.fromEntries(countByStatus(under).map((c) => [c.status, c.count])) as Record<Status, number>;
    const { text, lang } = nodeLocal(node, language, index.plan.meta.languages[0]);
    return { node, label: text, lang, total: under.length, counts };
  });
  if (rows.every((r) => r.total === 0)) return undefined;
  const statuses = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));

  if (statuses.every((st) => st === 'non_renseigne')) return undefined;
  const engaged = (r: (typeof rows)[number]) => r.counts.realise + r.counts.en_cours;
  const withActions = rows.filter((r) => r.total > 0);
  const best = [...withActions].sort((a, b) => engaged(b) / b.total - engaged(a) / a.total || b.total - a.total)[0];
  const message =
    engaged(best) === 0
      ? l.t.progress.noneEngaged(singular)
      : l.t.progress.best(best.label, engaged(best), formatNumber(engaged(best), {}, l.locale), best.total, formatNumber(best.total, {}, l.locale), singular, plural);
  return {
    kind: 'progress',
    language,
    id,
    title,
    message,
    statuses,
    words: { singular, plural },
    rows,
    table: {
      columns: [
        { key: 'id', label: l.t.columns.id, kind: 'text' },
        { key: 'intitule', label: l.t.columns.title, kind: 'text', own: true },
        { key: 'actions', label: capitalise(plural), kind: 'count' },
        ...statuses.map((s) => ({ key: s, label: l.statusNames[s], kind: 'count' as const })),
      ],
      rows: rows.map((r) => ({
        id: r.node.id,
        intitule: r.label,
        actions: r.total,
        ...Object.fromEntries(statuses.map((s) => [s, r.counts[s]])),
      })),
      ...(rows.some((r) => r.lang) ? { rowLang: rows.map((r) => r.lang) } : {}),
    },
  };
}

/**
 * "TA1 Durabiliser les achats publics" — the node's code, when it has one, then its title (its
 * translation in `language` when the plan gives one; `source` is the plan's first language).
 */
export const nodeLabel = (n: HierarchyNode, language: UiLanguage = 'fr', source?: UiLanguage) => nodeLocal(n, language, source).text;

/** {@link nodeLabel}, with the language of the title when it is not `language` (untranslated). */
export const nodeLocal = (n: HierarchyNode, language: UiLanguage = 'fr', source?: UiLanguage): { text: string; lang?: UiLanguage } => {
  const title = planLocal(n, 'title', n.title, language, source);
  return { ...title, text: n.code && !title.text.startsWith(n.code) ? `${n.code} ${title.text}` : title.text };
};

/**
 * What pages say instead of a status chart when no action has a known status:
 * "Aucune des 27 actions n'a d'état d'avancement renseigné."
 */
export function unknownStatusSentence(total: number, words: ActionWords, language: UiLanguage = 'fr'): string {
  const l = chartLanguage(language);
  return l.t.status.unknown(total, formatNumber(total, {}, l.locale), words.singular, words.plural);
}

/** Words for a plan's actions, lower case, for sentences. */
export interface ActionWords {
  singular: string;
  plural: string;
}

/**
 * The words chart sentences use for a plan's actions: the plan's own (« fiche », « action ») in
 * the language it is written in; in another language the interface's word, since a French noun
 * cannot agree with a Dutch or English sentence.
 */
export const actionWords = (index: PlanIndex, language: UiLanguage = 'fr'): ActionWords => {
  const { meta } = index.plan;
  if (language !== (meta.languages[0] ?? language)) return chartLanguage(language).t.actionWords;
  return { singular: meta.actionLabel.singular.toLowerCase(), plural: meta.actionLabel.plural.toLowerCase() };
};

export { capitalise };
