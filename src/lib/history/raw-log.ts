/**
 * Thin git access for the field-level history: one `git log --raw` (blob ids of every version of
 * every source file, oldest commit first) and `git cat-file --batch` to read those blobs. The log
 * asks for no commit subject or body: only the `Note-publique:` trailer, which staff write for the
 * public (subjects are written for developers and never reach the site).
 */
import { execFileSync } from 'node:child_process';

const RECORD = '\x1e';
const NOTES = '\x1f';
/** Blob id git writes for "no file" (the before of an addition, the after of a deletion). */
const NULL_BLOB = /^0+$/;

/** One file change of a commit, from a `--raw` line. `before`/`after` are blob ids or undefined. */
export interface RawChange {
  status: string;
  path: string;
  /** For a rename or copy, the path before. */
  from?: string;
  before?: string;
  after?: string;
}

export interface RawCommit {
  hash: string;
  /** Committer date, ISO 8601: when the change reached the repository (and so the site). */
  committed: string;
  /** Values of the commit's `Note-publique:` trailers. */
  notes: string[];
  changes: RawChange[];
}

/** Arguments of the one log: oldest first, renames detected, full blob ids, no subject. */
export const rawLogArgs = (roots: string[]): string[] => [
  '-c',
  'core.quotePath=false',
  'log',
  '--reverse',
  '--root',
  '-M',
  '--raw',
  '--no-abbrev',
  `--format=${RECORD}%H%x09%cI%x09%(trailers:key=Note-publique,valueonly,separator=%x1f)`,
  '--',
  ...roots,
];

/** Parses the output of {@link rawLogArgs}; records that do not start with a commit header are skipped. */
export function parseRawLog(output: string): RawCommit[] {
  const commits: RawCommit[] = [];
  for (const record of output.split(RECORD)) {
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', committed = '', trailers = ''] = header.split('\t');
    if (!/^[0-9a-f]{7,64}$/.test(hash) || !/^\d{4}-\d{2}-\d{2}T/.test(committed)) continue;
    const changes: RawChange[] = [];
    for (const line of lines) {
      if (!line.startsWith(':')) continue;
      const [meta, ...paths] = line.split('\t');
      const [, , before = '', after = '', status = ''] = meta.slice(1).split(' ');
      if (!status || paths.length === 0) continue;
      const rename = paths.length === 2;
      changes.push({
        status,
        path: paths[paths.length - 1],
        ...(rename ? { from: paths[0] } : {}),
        ...(NULL_BLOB.test(before) ? {} : { before }),
        ...(NULL_BLOB.test(after) ? {} : { after }),
      });
    }
    const notes = trailers
      .split(NOTES)
      .map((n) => n.trim())
      .filter(Boolean);
    commits.push({ hash, committed, notes, changes });
  }
  return commits;
}

/** Reads blobs by id: id → text (UTF-8). Missing blobs are absent from the result. */
export type BlobReader = (ids: string[]) => Map<string, string>;

/**
 * Parses `git cat-file --batch` output: for each object `<id> <type> <size>\n<bytes>\n`, or
 * `<id> missing\n`. Sizes are in bytes, so the output is read as bytes.
 */
export function parseCatFileBatch(out: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [id, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    if (type === 'blob') blobs.set(id, out.subarray(at, at + n).toString('utf8'));
    at += n + 1;
  }
  return blobs;
}

/** A {@link BlobReader} running `git cat-file --batch` in `cwd`, one process per call. */
export const gitBlobReader =
  (cwd: string): BlobReader =>
  (ids) =>
    ids.length === 0
      ? new Map()
      : parseCatFileBatch(
          execFileSync('git', ['cat-file', '--batch'], {
            cwd,
            input: ids.join('\n') + '\n',
            stdio: ['pipe', 'pipe', 'ignore'],
            maxBuffer: 2 * 1024 * 1024 * 1024,
            timeout: 300_000,
          }),
        );
