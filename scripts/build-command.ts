/**
 * How a script or test runs `npm run build` as a child process without npm: the same Node as the
 * caller, tsx's loader, scripts/build.ts (`astro build`, then the search index). Extra arguments go
 * to `astro build`.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `[executable, args]` for spawn/execFile, to be run with `cwd: PROJECT_ROOT`. */
export function buildCommand(...astroArgs: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/build.ts'), ...astroArgs]];
}
