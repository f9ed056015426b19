/**
 * One git history reader for the whole build: a single `git log` over the content and data
 * folders feeds every action page's « Mis à jour le » and each plan's last-update day (see
 * lib/history/git).
 */
import { relative } from 'node:path';
import { gitHistory, type GitHistory } from '../lib/history/git';
import { roots } from '../site-config';

let shared: GitHistory | undefined;

/** A folder or file of the project as git is asked about it: relative to the project root. */
export const projectPath = (path: string) => relative(process.cwd(), path) || '.';

export function getHistory(): GitHistory {
  shared ??= gitHistory(process.cwd(), undefined, [projectPath(roots.content), projectPath(roots.data)]);
  return shared;
}
