/**
 * `npm run bilan` with a staff member's typos: a French message and the usage, exit code 1, never
 * Node's English stack trace (the options are checked before any file is read or written).
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

async function bilan(args: string[]) {
  try {
    await exec(process.execPath, [TSX, 'scripts/bilan.ts', ...args], { cwd: ROOT });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('npm run bilan, options', () => {
  it.each([
    [['--plan', 'exemple', '--id', '2099', '--title', 'Bilan 2099'], /^option inconnue --title \(vouliez-vous dire --titre \?\)/],
    [['--plan', 'exemple', '--id'], /^option --id sans valeur/],
    [['exemple', '--id', '2099'], /^argument inattendu exemple/],
  ])('%j: a French message and the usage', async (args, message) => {
    const { code, stderr } = await bilan(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage : npm run bilan -- --plan');
    expect(stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|\n\s+at /);
  });
});
