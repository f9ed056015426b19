/**
 * A real build (`npm run build`: `astro build`, then the search index) in a child process, into a folder of its own, for the build tests that
 * build other content than the shared dist/ (broken content, fixtures). Each build's folder is
 * remembered so the test file can remove them all afterwards (removeIsolatedBuilds).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildCommand } from '../../scripts/build-command';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];

/**
 * The environment of a build run as a pipeline runs it: Vitest exposes Vite's variables
 * (BASE_URL=/, MODE=test…) in process.env, and Astro would take BASE_URL for the site's base.
 */
export function pipelineEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return { ...env, ...extra };
}

/**
 * Builds with `env` (CONTENT_DIR, DATA_DIR…) into a fresh `node_modules/.cache/<prefix>-build-…` folder;
 * never throws on a failed build: `code` is its exit code, `out` its stdout and stderr.
 */
export async function isolatedBuild(prefix: string, env: Record<string, string>): Promise<{ code: number; out: string; dir: string }> {
  // Inside the project: Astro writes its prerender chunks next to OUT_DIR only when OUT_DIR is
  // under the working directory (else into ./.astro/, shared by every build running there).
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, `node_modules/.cache/${prefix}-build-`));
  made.push(dir);
  try {
    const { stdout, stderr } = await exec(...buildCommand(), {
      cwd: ROOT,
      env: pipelineEnv({ OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache'), ...env }),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr, dir: join(dir, 'dist') };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}`, dir: join(dir, 'dist') };
  }
}

/** Removes the folders of every isolated build made so far (for an afterAll). */
export function removeIsolatedBuilds(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
