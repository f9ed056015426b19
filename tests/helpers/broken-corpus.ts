/**
 * The corpus of broken content (tests/fixtures/broken/<case>/): each case holds one defect and an
 * expected.json naming the file, line and field of the message it must produce. Shared by the
 * check-only unit harness and the check-and-build harness, so that both read cases the same way;
 * every folder with an expected.json is a case, whoever added it.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = 'tests/fixtures/broken';
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const run = promisify(execFile);

/** A line of a Node.js stack trace: `    at fn (file.js:12:5)` or `    at file.js:12:5`. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

export interface ExpectedIssue {
  /** Path relative to the case folder, e.g. `data/t/actions.csv`. */
  file: string;
  /** 0 when the message is about the whole file or folder (printed without a line). */
  line: number;
  field: string;
  /** Part of the message: the test looks for it in the line that names file, line and field. */
  message: string;
}

export interface BrokenCase {
  name: string;
  about: string;
  /**
   * Folders to rename, in a copy of the case, before running it: names git cannot check out on
   * every system (`<`, `>` on Windows) are made at test time. Paths relative to the case folder.
   */
  rename?: Record<string, string>;
  expect: ExpectedIssue[];
}

/** Every case of the corpus, in name order. */
export function brokenCases(): BrokenCase[] {
  const root = join(ROOT, CORPUS);
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'expected.json')))
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) }));
}

const copies: string[] = [];

/**
 * The folder to run a case from, relative to the project root (messages show paths relative to
 * it): the case itself, or a copy under node_modules/.cache with its renames applied.
 */
export function caseFolder(c: BrokenCase): string {
  if (!c.rename) return `${CORPUS}/${c.name}`;
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const copy = join(mkdtempSync(join(ROOT, 'node_modules/.cache/broken-')), c.name);
  cpSync(join(ROOT, CORPUS, c.name), copy, { recursive: true });
  copies.push(dirname(copy));
  for (const [from, to] of Object.entries(c.rename)) renameSync(join(copy, from), join(copy, to));
  return relative(ROOT, copy);
}

/** Removes the copies `caseFolder` made (call it in afterAll). */
export function removeCaseCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The start of the line an expected issue must appear on: `<folder>/<file>[:<line>]: <field>: `. */
export function issuePrefix(folder: string, e: ExpectedIssue): string {
  return `${folder}/${e.file}${e.line > 0 ? `:${e.line}` : ''}: ${e.field}: `;
}

/**
 * Runs `npm run check`'s script (as staff run it: a child process, CONTENT_DIR and DATA_DIR at the
 * case); never throws on a non-zero exit.
 */
export async function runCheck(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, 'scripts/check-content.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
