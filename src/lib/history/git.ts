import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { withoutBoundary, type Commit, type FileHistory, type HistoryGap } from './index';

/** Runs git and returns its standard output; throws when git is missing or fails. */
export type GitRunner = (args: string[]) => string;

const defaultRunner =
  (cwd: string): GitRunner =>
  (args) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });

export interface GitHistory {
  /** History of one file (path relative to the project root): its 20 latest commits, renames followed. */
  of(file: string): FileHistory;
  /** Path of a project file inside the repository (the project may sit in a sub-folder). */
  repoPath(file: string): string;
  /**
   * Day (YYYY-MM-DD, committer date) of the last commit that touched a file under one of `dirs`
   * (paths relative to the project root), or undefined when none did or git is unavailable.
   */
  lastChange(dirs: string[]): string | undefined;
}

/** Commits kept per file, as `git log --max-count` did when git ran once per file. */
const PER_FILE = 20;
const RECORD = '\x1e';

/** One commit of the log with the paths it touched (repository paths; a rename gives both). */
export interface LoggedCommit extends Commit {
  committed: string;
  changes: { status: string; paths: string[] }[];
}

/**
 * Parses `git log --name-status --format=%x1e%H%x09%aI%x09%cI%x09%s`: one record per commit, its
 * header line then one line per changed path (`M\tpath`, `R087\told\tnew`). Records that do not
 * start with a commit header are skipped.
 */
export function parseNameStatusLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const record of output.split(RECORD)) {
    const [header = '', ...lines] = record.split('\n');
    const [hash, date, committed, ...subject] = header.split('\t');
    if (!/^[0-9a-f]{7,64}$/.test(hash ?? '') || !/^\d{4}-\d{2}-\d{2}T/.test(date ?? '') || !/^\d{4}-\d{2}-\d{2}T/.test(committed ?? '')) continue;
    const changes = lines
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [status, ...paths] = l.split('\t');
        return { status, paths };
      })
      .filter((c) => /^[A-Z]/.test(c.status) && c.paths.length > 0);
    commits.push({ hash, date, committed, subject: subject.join('\t').trim(), changes });
  }
  return commits;
}

/**
 * Every file's commits from one log, newest first, at most `limit` each. A rename (`R…`) is
 * followed as `git log --follow` would: older commits of the old path count for the new one.
 *
 * @returns repository path (at the newest commit) → its commits
 */
export function commitsByFile(log: LoggedCommit[], limit = PER_FILE): Map<string, Commit[]> {
  const byFile = new Map<string, Commit[]>();
  // Path at some point in history → the path it has in the newest commit.
  const renamedTo = new Map<string, string>();
  const owner = (path: string) => renamedTo.get(path) ?? path;
  for (const c of log) {
    const touched = new Set<string>();
    for (const { status, paths } of c.changes) {
      const current = owner(paths[paths.length - 1]);
      touched.add(current);
      if (status.startsWith('R') && paths.length === 2) renamedTo.set(paths[0], current);
    }
    for (const file of touched) {
      const list = byFile.get(file) ?? [];
      if (list.length < limit) list.push({ hash: c.hash, date: c.date, subject: c.subject });
      byFile.set(file, list);
    }
  }
  return byFile;
}

/**
 * The thin runner: one `git log --name-status` over `roots` for the whole build (never one process
 * per file), plus two questions asked once (is this a repository, and a shallow one?). Any failure
 * — no git binary, not a repository, a file git does not track — gives an `unavailable` history,
 * never an error.
 *
 * @param cwd the project root
 * @param run how to run git (tests pass a fake)
 * @param roots folders (relative to `cwd`) whose files' histories are asked for; the content and
 *   data folders in a build
 */
export function gitHistory(cwd: string, run: GitRunner = defaultRunner(cwd), roots: string[] = ['.']): GitHistory {
  type Repo =
    | { ok: true; prefix: string; boundary: Set<string>; files?: Map<string, Commit[]>; log?: LoggedCommit[]; newest?: Map<string, number> }
    | { ok: false; reason: HistoryGap };
  let repo: Repo | undefined;
  const cache = new Map<string, FileHistory>();

  const inspect = (): Repo => {
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
      try {
        const log = parseNameStatusLog(
          run(['-c', 'core.quotePath=false', 'log', '-M', '--name-status', `--format=${RECORD}%H%x09%aI%x09%cI%x09%s`, '--', ...roots]),
        );
        repo.log = log;
        repo.files = commitsByFile(log);
      } catch {
        // Left undefined: every file reads as « git n'a pas pu le lire ».
      }
    } catch {
      repo = { ok: false, reason: 'noRepository' };
    }
    return repo;
  };

  /** Position in the log of the newest commit touching each folder (and file), computed once. */
  const newestByPath = (r: Extract<Repo, { ok: true }>): Map<string, number> => {
    if (r.newest) return r.newest;
    const map = new Map<string, number>();
    (r.log ?? []).forEach((c, i) => {
      for (const { paths } of c.changes) {
        for (const path of paths) {
          const parts = path.split('/');
          for (let n = parts.length; n > 0; n--) {
            const key = parts.slice(0, n).join('/');
            if (!map.has(key)) map.set(key, i);
          }
        }
      }
    });
    r.newest = map;
    return map;
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
      else if (!r.files) history = { status: 'unavailable', reason: 'unreadable' };
      else {
        const commits = r.files.get(`${r.prefix}${normalise(file)}`) ?? [];
        history =
          commits.length === 0
            ? { status: 'unavailable', reason: 'fileNotCommitted' }
            : withoutBoundary(commits, r.boundary);
      }
      cache.set(file, history);
      return history;
    },
    lastChange(dirs) {
      const r = inspect();
      if (!r.ok || !r.log) return undefined;
      const newest = newestByPath(r);
      // As `git log -1 -- <dirs>`: the first commit of the log that touches any of them.
      const positions = dirs.map((d) => {
        const key = `${r.prefix}${normalise(d)}`.replace(/\/$/, '');
        return key === '' ? (r.log!.length > 0 ? 0 : undefined) : newest.get(key);
      });
      const first = Math.min(...positions.filter((p): p is number => p !== undefined));
      const day = Number.isFinite(first) ? r.log[first].committed : undefined;
      return day && /^\d{4}-\d{2}-\d{2}/.test(day) ? day.slice(0, 10) : undefined;
    },
  };
}

/** "./data/x.csv" and "data//x/" as git writes them: "data/x.csv", "data/x". */
const normalise = (path: string) =>
  path
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/');
