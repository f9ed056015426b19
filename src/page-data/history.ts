/**
 * One git history reader for the whole build: a single `git log` over the content and data
 * folders feeds every action page's « Mis à jour le » and each plan's last-update day (see
 * lib/history/git).
 */
import { relative } from 'node:path';
import { gitHistory, type GitHistory } from '../lib/history/git';
import { roots } from '../site-config';
import { groupChanges, type PlanChange } from '../lib/history/changes';
import { readFieldHistory } from '../lib/history/field-history';
import { getCatalog } from './catalog';
import { messages } from '../lib/i18n';
import type { HistoryGap } from '../lib/history';

let shared: GitHistory | undefined;

/** A folder or file of the project as git is asked about it: relative to the project root. */
export const projectPath = (path: string) => relative(process.cwd(), path) || '.';

export function getHistory(): GitHistory {
  shared ??= gitHistory(process.cwd(), undefined, [projectPath(roots.content), projectPath(roots.data)]);
  return shared;
}

let fieldHistory: Promise<PlanHistories> | undefined;

/** One plan's field-level history: every change oldest first, and by action id. */
export interface PlanHistory {
  all: PlanChange[];
  byAction: Map<string, PlanChange[]>;
}
export type PlanHistories =
  | { status: 'ok'; partial: boolean; plans: Map<string, PlanHistory> }
  | { status: 'unavailable'; reason: HistoryGap };

/**
 * The field-level history of every plan (see lib/history/field-history), read once per build.
 * Without it the build warns once; the pages say why.
 */
export function getFieldHistory(): Promise<PlanHistories> {
  fieldHistory ??= getCatalog().then(({ plans, planIndex }) => {
    const indicatorActions = new Map(
      plans.map(({ meta }) => [meta.slug, new Map(planIndex(meta.slug).plan.indicators.flatMap((i) => (i.action ? [[i.id, i.action] as [string, string]] : [])))]),
    );
    const read = readFieldHistory(process.cwd(), { data: projectPath(roots.data), content: projectPath(roots.content) }, { indicatorActions });
    if (read.status !== 'ok') {
      // The build log is in French, as every build message.
      console.warn(`[historique] ${messages('fr').history.unavailable[read.reason]} : les pages « changements » et l'historique des actions le signalent.`);
      return read;
    }
    if (read.partial) console.warn('[historique] copie partielle du dépôt : les premières publications ne sont pas datées.');
    return { status: 'ok', partial: read.partial, plans: groupChanges(read.changes) };
  });
  return fieldHistory;
}

