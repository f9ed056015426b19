/**
 * Status charts: how many actions are in each state (for a plan or one node), and the same per
 * axis as 100 % stacked bars.
 */
import { countByStatus, actionsUnder, type PlanIndex } from '../../model/queries';
import type { Action, HierarchyNode } from '../../model/types';
import { STATUSES, STATUS_LABELS, type Status } from '../../normalise/status';
import { formatNumber } from '../../format';
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

/** How a status reads in a sentence about several (feminine) actions: "sont réalisées". */
const STATUS_PHRASE: Record<Status, [singular: string, plural: string]> = {
  a_venir: ['à venir', 'à venir'],
  en_cours: ['en cours', 'en cours'],
  realise: ['réalisée', 'réalisées'],
  en_pause: ['en pause', 'en pause'],
  abandonne: ['abandonnée', 'abandonnées'],
  bloque: ['bloquée', 'bloquées'],
  en_retard: ['en retard', 'en retard'],
  a_discuter: ['à discuter', 'à discuter'],
  non_renseigne: ['sans état renseigné', 'sans état renseigné'],
};

/** "12 des 27 actions sont en cours" / "1 des 27 actions est réalisée". */
function countSentence(count: number, total: number, status: Status, plural: string): string {
  const [one, many] = STATUS_PHRASE[status];
  return count === 1
    ? `1 des ${formatNumber(total)} ${plural} est ${one}`
    : `${formatNumber(count)} des ${formatNumber(total)} ${plural} sont ${many}`;
}

export interface StatusChart {
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
 * @param words the plan's words for actions, lower case ("action"/"actions", "fiche"/"fiches")
 * @returns undefined when there is no action or no action has a known status (nothing to draw:
 *   see {@link unknownStatusSentence})
 */
export function statusChart(actions: Action[], id: string, title: string, words: ActionWords): StatusChart | undefined {
  const { plural } = words;
  const total = actions.length;
  if (total === 0) return undefined;
  const bars = countByStatus(actions)
    .filter((c) => c.count > 0)
    .map((c) => ({ status: c.status, label: STATUS_LABELS[c.status], count: c.count, share: sharePct(c.count, total)! }));
  const known = bars.filter((b) => b.status !== 'non_renseigne');
  // A single grey bar would say nothing a sentence does not: pages write unknownStatusSentence.
  if (known.length === 0) return undefined;
  const [top, next] = [...known].sort((a, b) => b.count - a.count || STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
  const [one, many] = next ? STATUS_PHRASE[next.status] : ['', ''];
  const then = next ? ` ; ${formatNumber(next.count)} ${next.count === 1 ? `est ${one}` : `sont ${many}`}` : '';
  const message = `${countSentence(top.count, total, top.status, plural)}${then}.`;
  return {
    kind: 'status',
    id,
    title,
    message,
    total,
    bars,
    table: {
      columns: [
        { key: 'etat', label: 'État', kind: 'text' },
        { key: 'actions', label: capitalise(plural), kind: 'count' },
        { key: 'part_pct', label: 'Part', kind: 'percent' },
      ],
      rows: bars.map((b) => ({ etat: b.label, actions: b.count, part_pct: b.share })),
    },
  };
}

export interface ProgressChart {
  kind: 'progress';
  id: string;
  title: string;
  message: string;
  /** Statuses used by at least one row, in canonical order (the legend). */
  statuses: Status[];
  rows: { node: HierarchyNode; label: string; total: number; counts: Record<Status, number> }[];
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
): ProgressChart | undefined {
  const { singular, plural } = actionWords(index);
  const rows = nodes.map((node) => {
    const under = actionsUnder(index, node);
    const counts = Object.fromEntries(countByStatus(under).map((c) => [c.status, c.count])) as Record<Status, number>;
    return { node, label: nodeLabel(node), total: under.length, counts };
  });
  if (rows.every((r) => r.total === 0)) return undefined;
  const statuses = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));

  if (statuses.every((st) => st === 'non_renseigne')) return undefined;
  const engaged = (r: (typeof rows)[number]) => r.counts.realise + r.counts.en_cours;
  const withActions = rows.filter((r) => r.total > 0);
  const best = [...withActions].sort((a, b) => engaged(b) / b.total - engaged(a) / a.total || b.total - a.total)[0];
  let message: string;
  if (engaged(best) === 0) {
    message = `Aucune ${singular} n'est encore en cours ou réalisée.`;
  } else {
    message = `« ${best.label} » est le plus avancé : ${formatNumber(engaged(best))} de ses ${formatNumber(best.total)} ${plural} sont en cours ou réalisées.`;
    if (engaged(best) === 1) message = message.replace(/sont en cours ou réalisées\.$/u, 'est en cours ou réalisée.');
  }
  return {
    kind: 'progress',
    id,
    title,
    message,
    statuses,
    rows,
    table: {
      columns: [
        { key: 'id', label: 'Identifiant', kind: 'text' },
        { key: 'intitule', label: 'Intitulé', kind: 'text' },
        { key: 'actions', label: capitalise(plural), kind: 'count' },
        ...statuses.map((s) => ({ key: s, label: STATUS_LABELS[s], kind: 'count' as const })),
      ],
      rows: rows.map((r) => ({
        id: r.node.id,
        intitule: r.label,
        actions: r.total,
        ...Object.fromEntries(statuses.map((s) => [s, r.counts[s]])),
      })),
    },
  };
}

/** "TA1 Durabiliser les achats publics" — the node's code, when it has one, then its title. */
export const nodeLabel = (n: HierarchyNode) => (n.code && !n.title.startsWith(n.code) ? `${n.code} ${n.title}` : n.title);

/**
 * What pages say instead of a status chart when no action has a known status:
 * "Aucune des 27 actions n'a d'état d'avancement renseigné."
 */
export function unknownStatusSentence(total: number, words: ActionWords): string {
  return total === 1
    ? `L'état d'avancement de la seule ${words.singular} n'est pas renseigné.`
    : `Aucune des ${formatNumber(total)} ${words.plural} n'a d'état d'avancement renseigné.`;
}

/** The plan's words for its actions, lower case, for sentences. */
export interface ActionWords {
  singular: string;
  plural: string;
}
export const actionWords = (index: PlanIndex): ActionWords => ({
  singular: index.plan.meta.actionLabel.singular.toLowerCase(),
  plural: index.plan.meta.actionLabel.plural.toLowerCase(),
});

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
