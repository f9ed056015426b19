/**
 * The field-level history of every plan in one pass over git: one `git log --raw`, blobs read in
 * batches by `git cat-file --batch`, diffed by changes.ts. Any git failure gives `unavailable`
 * with a reason the pages show; never an error, never a date git did not give.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { GitRunner } from './git';
import type { HistoryGap } from './index';
import { collectChanges, type CollectOptions, type PlanChange } from './changes';
import { gitBlobReader, parseRawLog, rawLogArgs, type BlobReader } from './raw-log';

export type FieldHistory =
  | {
      status: 'ok';
      /** Every change, oldest first. */
      changes: PlanChange[];
      /** A shallow clone: the oldest commits are missing, so first appearances may be unknown. */
      partial: boolean;
    }
  | { status: 'unavailable'; reason: HistoryGap };

const runIn =
  (cwd: string): GitRunner =>
  (args) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 300_000, maxBuffer: 1024 * 1024 * 1024 });

export interface FieldHistoryOptions extends Pick<CollectOptions, 'indicatorActions'> {
  run?: GitRunner;
  read?: BlobReader;
}

/**
 * @param cwd the project root
 * @param roots the data and content folders, relative to `cwd` ("data", "content")
 */
export function readFieldHistory(cwd: string, roots: { data: string; content: string }, options: FieldHistoryOptions = {}): FieldHistory {
  const run = options.run ?? runIn(cwd);
  let prefix: string;
  let boundary = new Set<string>();
  try {
    prefix = run(['rev-parse', '--show-prefix']).trim();
    if (run(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      const file = run(['rev-parse', '--git-path', 'shallow']).trim();
      boundary = new Set(readFileSync(file.startsWith('/') ? file : `${cwd}/${file}`, 'utf8').split(/\s+/).filter(Boolean));
    }
  } catch {
    return { status: 'unavailable', reason: 'noRepository' };
  }
  try {
    const commits = parseRawLog(run(rawLogArgs([roots.data, roots.content])));
    if (commits.length === 0) return { status: 'unavailable', reason: 'notCommitted' };
    const folder = (p: string) => `${prefix}${p.replace(/^\.\/?/, '').replace(/\/?$/, '/')}`;
    const changes = collectChanges(commits, options.read ?? gitBlobReader(cwd), { data: folder(roots.data), content: folder(roots.content) }, {
      boundary,
      indicatorActions: options.indicatorActions,
    });
    return { status: 'ok', changes, partial: boundary.size > 0 };
  } catch {
    return { status: 'unavailable', reason: 'unreadable' };
  }
}
