/**
 * "Mis à jour le …" and the change log of an action, from the git history of its source files,
 * plus the links that let readers act on a page: "proposer une modification" (the file on the
 * forge) and "signaler une erreur" (the plan's contact).
 *
 * Parsing and linking are pure; `git.ts` runs git. Without git, outside a repository or in a
 * shallow clone, the history is `unavailable` with a reason the page can show: the build never
 * fails for lack of history, and never shows a date it cannot vouch for.
 */
import { childrenOf, indexPlan } from '../model/queries';
import type { Plan } from '../model/types';
import { messages, type UiLanguage } from '../i18n';

export interface Commit {
  hash: string;
  /** Author date, ISO 8601 with the author's offset ("2025-03-31T10:12:00+02:00"). */
  date: string;
  subject: string;
  /** The source file the commit touched (for a merged log). */
  file?: string;
}

/**
 * Why a history is unavailable, as a key of the catalogue's `history.unavailable` (the pages say
 * it in the reader's language; the build log in French).
 */
export type HistoryGap = 'noRepository' | 'notCommitted' | 'fileNotCommitted' | 'unreadable' | 'shallow' | 'unknown';

export type FileHistory =
  | { status: 'ok'; commits: Commit[]; partial?: boolean }
  | { status: 'unavailable'; reason: HistoryGap };

/**
 * Parses `git log --format=%H%x09%aI%x09%s` output: one commit per line, tab-separated.
 * Lines that do not look like a commit (empty, truncated) are skipped; a subject may contain tabs.
 */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const line of output.split('\n')) {
    const [hash, date, ...rest] = line.split('\t');
    if (!/^[0-9a-f]{7,64}$/.test(hash ?? '') || !/^\d{4}-\d{2}-\d{2}T/.test(date ?? '')) continue;
    commits.push({ hash, date, subject: rest.join('\t').trim() });
  }
  return commits;
}

/**
 * In a shallow clone the oldest commit available (a "boundary" commit, listed in `.git/shallow`)
 * appears to create every file it holds: its date says nothing about when a file last changed.
 * Such commits are dropped; when nothing is left, the history is unavailable.
 */
export function withoutBoundary(commits: Commit[], boundary: ReadonlySet<string>): FileHistory {
  if (boundary.size === 0) return { status: 'ok', commits };
  const kept = commits.filter((c) => !boundary.has(c.hash));
  if (kept.length === 0) return { status: 'unavailable', reason: 'shallow' };
  return { status: 'ok', commits: kept, partial: kept.length < commits.length };
}

/**
 * Merges the histories of several files into one log, newest first, each commit once (with the
 * first file it was found for). Unavailable when every file's history is.
 *
 * @param limit how many commits to keep
 */
export function mergeHistories(histories: { file: string; history: FileHistory }[], limit = 5): FileHistory {
  const ok = histories.filter((h) => h.history.status === 'ok');
  if (ok.length === 0) {
    const reason = histories.find((h) => h.history.status === 'unavailable');
    return { status: 'unavailable', reason: reason?.history.status === 'unavailable' ? reason.history.reason : 'unknown' };
  }
  const byHash = new Map<string, Commit>();
  for (const { file, history } of ok) {
    if (history.status !== 'ok') continue;
    for (const c of history.commits) if (!byHash.has(c.hash)) byHash.set(c.hash, { ...c, file });
  }
  const commits = [...byHash.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date)).slice(0, limit);
  const partial = ok.some((h) => h.history.status === 'ok' && h.history.partial) || ok.length < histories.length;
  return { status: 'ok', commits, ...(partial ? { partial } : {}) };
}

/**
 * The files an action's page is made from: its CSV row and fiche, and the rows of other tables
 * that point at it (sub-actions, partners, indicators and their values, budget lines, updates).
 * Paths as the model gives them (relative to the project root), each once.
 */
export function actionSourceFiles(plan: Plan, actionId: string): string[] {
  const index = indexPlan(plan);
  const action = index.actions.get(actionId);
  if (!action) return [];
  const children = childrenOf(index, actionId);
  const located = [
    action,
    ...children.subactions,
    ...children.partners,
    ...children.indicators,
    ...children.indicatorValues,
    ...children.budgetLines,
    ...children.updates,
  ];
  const files = new Set<string>();
  for (const l of located) for (const o of l.origin) files.add(o.file);
  return [...files];
}

/**
 * Link to edit a file on the forge. `base` is the forge's edit URL of the repository's default
 * branch, ending with `/` (GitLab `https://gitlab.example/org/repo/-/edit/main/`, GitHub
 * `https://github.com/org/repo/edit/main/`); the path inside the repository is appended, each
 * segment URL-encoded. Undefined without a base (the link is then not shown).
 */
export function editUrl(base: string | undefined, repoPath: string): string | undefined {
  if (!base) return undefined;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + repoPath.split('/').map(encodeURIComponent).join('/');
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

/**
 * "Signaler une erreur" link: for an e-mail address, a `mailto:` with the subject and a body
 * prefilled in the reader's language (the page's address, then room to describe the error); for a
 * web address (a contact form), that address. Undefined when no contact is configured or it is
 * neither.
 */
export function reportUrl(
  contact: string | undefined,
  context: { plan: string; action: string; page: string },
  language: UiLanguage = 'fr',
): string | undefined {
  if (!contact) return undefined;
  if (EMAIL.test(contact)) {
    const t = messages(language).history.action;
    const subject = t.reportSubject(context.action, context.plan);
    const body = t.reportBody(context.page);
    return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return /^https?:\/\//i.test(contact) ? contact : undefined;
}
