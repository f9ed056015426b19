/**
 * One git history reader for the whole build, so each source file's log is read once however many
 * action pages it feeds (see lib/history/git).
 */
import { gitHistory, type GitHistory } from '../lib/history/git';

let shared: GitHistory | undefined;

export function getHistory(): GitHistory {
  shared ??= gitHistory(process.cwd());
  return shared;
}
