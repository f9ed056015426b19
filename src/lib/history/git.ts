import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseGitLog, withoutBoundary, type FileHistory } from './index';

/** Runs git and returns its standard output; throws when git is missing or fails. */
export type GitRunner = (args: string[]) => string;

const defaultRunner =
  (cwd: string): GitRunner =>
  (args) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000, maxBuffer: 4 * 1024 * 1024 });

export interface GitHistory {
  /** History of one file (path relative to the project root), cached: git runs once per file. */
  of(file: string): FileHistory;
  /** Path of a project file inside the repository (the project may sit in a sub-folder). */
  repoPath(file: string): string;
}

/**
 * The thin runner: `git log --follow --format=%H%x09%aI%x09%s -- <file>` once per file, plus two
 * questions asked once (is this a repository, and a shallow one?). Any failure — no git binary,
 * not a repository, a file git does not track — gives an `unavailable` history, never an error.
 *
 * @param cwd the project root
 * @param run how to run git (tests pass a fake)
 */
export function gitHistory(cwd: string, run: GitRunner = defaultRunner(cwd)): GitHistory {
  const cache = new Map<string, FileHistory>();
  let repo: { ok: true; prefix: string; boundary: Set<string> } | { ok: false; reason: string } | undefined;

  const inspect = () => {
    if (repo) return repo;
    try {
      const prefix = run(['rev-parse', '--show-prefix']).trim();
      let boundary = new Set<string>();
      if (run(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
        const shallowFile = run(['rev-parse', '--git-path', 'shallow']).trim();
        const path = shallowFile.startsWith('/') ? shallowFile : `${cwd}/${shallowFile}`;
        try {
          boundary = new Set(readFileSync(path, 'utf8').split(/\s+/).filter(Boolean));
        } catch {
          boundary = new Set(['(inconnu)']);
        }
      }
      repo = { ok: true, prefix, boundary };
    } catch {
      repo = { ok: false, reason: 'historique indisponible (pas de dépôt git)' };
    }
    return repo;
  };

  return {
    repoPath(file) {
      const r = inspect();
      return r.ok ? `${r.prefix}${file}` : file;
    },
    of(file) {
      const cached = cache.get(file);
      if (cached) return cached;
      const r = inspect();
      let history: FileHistory;
      if (!r.ok) history = { status: 'unavailable', reason: r.reason };
      else {
        try {
          const commits = parseGitLog(run(['log', '--follow', '--max-count=20', '--format=%H%x09%aI%x09%s', '--', file]));
          history =
            commits.length === 0
              ? { status: 'unavailable', reason: 'historique indisponible (fichier pas encore enregistré dans git)' }
              : withoutBoundary(commits, r.boundary);
        } catch {
          history = { status: 'unavailable', reason: 'historique indisponible (git n’a pas pu le lire)' };
        }
      }
      cache.set(file, history);
      return history;
    },
  };
}
