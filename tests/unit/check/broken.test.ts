/**
 * `npm run check` on the corpus of broken content (tests/fixtures/broken/<case>/): each case holds
 * one defect and an expected.json saying which file, line and field the message must name. The
 * check runs as staff run it: the CLI in a child process, CONTENT_DIR and DATA_DIR pointing at
 * the case.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = 'tests/fixtures/broken';
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

interface Expected {
  about: string;
  expect: { file: string; line: number; field: string; message: string }[];
}

/** Runs `npm run check`'s script with the given roots; never throws on a non-zero exit. */
export async function check(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, 'scripts/check-content.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const STACK_TRACE = /^\s+at .+[(:]\d+:\d+\)?$/m;

// The kinds of defect issue 7 lists; each must have at least one case in the corpus.
const REQUIRED = [
  'unclosed-quote',
  'wrong-column-count',
  'duplicate-id',
  'missing-required',
  'unknown-status',
  'unknown-parent',
  'unknown-related',
  'end-before-start',
  'unparseable-required-date',
  'text-in-number',
  'negative-budget',
  'unknown-indicator',
  'year-out-of-period',
  'formula-cell',
  'bad-yaml',
  'unknown-key',
  'mdx-import-export',
  'raw-script',
  'event-handler',
  'javascript-link',
  'non-utf8',
  'bom-semicolon',
];

const cases = readdirSync(join(ROOT, CORPUS)).filter((name) => existsSync(join(ROOT, CORPUS, name, 'expected.json')));

describe('the broken-content corpus', () => {
  it('has a case for every kind of defect the content check must catch', () => {
    expect(REQUIRED.filter((name) => !cases.includes(name))).toEqual([]);
  });
});

describe.concurrent('npm run check on broken content', { timeout: 60_000 }, () => {
  it.each(cases)('%s: exit 1, a message naming file, line and field, no stack trace', async (name) => {
    const dir = `${CORPUS}/${name}`;
    const expected: Expected = JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8'));
    const { code, out } = await check({ CONTENT_DIR: `${dir}/content`, DATA_DIR: `${dir}/data` });
    expect(code, out).toBe(1);
    expect(out).not.toMatch(STACK_TRACE);
    const lines = out.split('\n');
    for (const e of expected.expect) {
      const prefix = `${dir}/${e.file}:${e.line}: ${e.field}: `;
      const hit = lines.find((l) => l.startsWith(prefix) && l.includes(e.message));
      expect(hit, `« ${prefix}… ${e.message} » attendu dans :\n${out}`).toBeDefined();
      // Errors, not warnings: the build must refuse them too.
      expect(hit).not.toContain('avertissement:');
    }
  });
});

describe('npm run check on the bundled content', { timeout: 60_000 }, () => {
  it('passes: exit 0, no error', async () => {
    const { code, out } = await check({ CONTENT_DIR: 'content', DATA_DIR: 'data' });
    expect(out).toMatch(/ 0 erreur\(s\)/);
    expect(code, out).toBe(0);
  });

  it('reports an unexpected failure as one line, without a stack trace', async () => {
    // A file where a folder is expected: reading the plans fails outside any content rule.
    const { code, out } = await check({ CONTENT_DIR: 'package.json', DATA_DIR: 'data' });
    expect(code).toBe(1);
    expect(out).not.toMatch(STACK_TRACE);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/package\.json: -: /);
  });
});
