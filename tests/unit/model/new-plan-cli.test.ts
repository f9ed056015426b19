/**
 * `npm run new-plan` refuses a name the site keeps for itself before writing anything (the content
 * check would refuse the plan afterwards).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

describe('npm run new-plan, reserved names', () => {
  it.each(['donnees', 'nl'])('refuses « %s » and writes nothing', async (slug) => {
    const dir = mkdtempSync(join(tmpdir(), 'new-plan-'));
    const env = { ...process.env, CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') };
    const run = await exec(process.execPath, [TSX, 'scripts/new-plan.ts', slug], { cwd: ROOT, env }).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^Identifiant refusé : « ${slug} » est réservé`));
    expect(existsSync(join(dir, 'content', slug))).toBe(false);
    expect(existsSync(join(dir, 'data', slug))).toBe(false);
  });
});
